package pl.lsw.core.partnership.governance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.governance.rules.GovernanceFixture.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;

/**
 * {@code GOV-SECTORS} and {@code GOV-OUTSIDE-SECTORS} count partners alike: a partner one of them
 * counts for a kind is counted by the other, and their findings never contradict each other.
 */
class GovernanceSectorsConsistencyTest {

  private static final String SECTORS = "GOV-SECTORS.";
  private static final String OUTSIDE = "GOV-OUTSIDE-SECTORS.";

  /** The findings of both rules for the partnership whose members are the given organisations. */
  private static List<String> keys(List<Organisation> members) {
    Partnership p = compliant();
    Set<OrganisationId> ids = new java.util.HashSet<>();
    members.forEach(o -> ids.add(o.id()));
    Partnership q = p.withMemberships(p.memberships().stream()
        .filter(m -> ids.contains(m.organisation())).toList());
    RuleReport r = RuleEngine.evaluate(GovernanceSubject.of(q, members, YEAR_2026), "test",
        List.of(GovernanceRules.SECTORS, GovernanceRules.OUTSIDE_SECTORS), AS_OF,
        GovernanceParameters.defaults());
    assertTrue(r.isComplete(), () -> r.failures().toString());
    return r.findings().stream().map(Finding::messageKey).toList();
  }

  @Test
  void partners_of_family_support_and_foster_care_only_are_social_assistance_partners_for_both_rules() {
    // These partners used to get "no social-assistance partner" from GOV-SECTORS and "all partners
    // work only within the social-assistance system" from GOV-OUTSIDE-SECTORS in one report.
    List<Organisation> members = List.of(
        organisation(DISTRICT, "Powiatowe Centrum Pomocy Rodzinie", Sector.PUBLIC, SocialServiceField.FOSTER_CARE),
        organisation(PARENTS, "RR-PRAGA-1", Sector.FAMILY_REPRESENTATIVE, SocialServiceField.FAMILY_SUPPORT));
    List<String> keys = keys(members);
    assertFalse(keys.contains(SECTORS + "missing.SOCIAL_ASSISTANCE"), keys.toString());
    assertTrue(keys.contains(OUTSIDE + "none"), keys.toString());
    assertEquals(List.of("GOV-SECTORS.missing.NGO", "GOV-SECTORS.missing.LABOUR_MARKET",
        "GOV-SECTORS.missing.CULTURE", "GOV-SECTORS.missing.EDUCATION", "GOV-OUTSIDE-SECTORS.none",
        "GOV-OUTSIDE-SECTORS.missing.EDUCATION", "GOV-OUTSIDE-SECTORS.missing.LABOUR_MARKET",
        "GOV-OUTSIDE-SECTORS.missing.HEALTH"), keys);
  }

  @Test
  void partners_without_any_field_are_in_no_field_and_the_two_rules_say_so_without_contradiction() {
    List<Organisation> members = List.of(organisation(DISTRICT, "Urząd Dzielnicy", Sector.PUBLIC),
        organisation(PARENTS, "RR-PRAGA-1", Sector.FAMILY_REPRESENTATIVE));
    List<String> keys = keys(members);
    assertTrue(keys.contains(SECTORS + "missing.SOCIAL_ASSISTANCE"), keys.toString());
    assertTrue(keys.contains(OUTSIDE + "none"), keys.toString());
    // "none works outside social assistance" does not claim that they all work within it
    Finding none = GovernanceCompliance.evaluate(compliant().withMemberships(compliant().memberships()
        .stream().filter(m -> m.organisation().equals(DISTRICT)).toList()), members, YEAR_2026, AS_OF)
        .findingsOf(GovernanceRules.OUTSIDE_SECTORS.definition().code()).get(0);
    assertEquals("Żaden z partnerów (stan na 31.12.2026) nie działa w obszarze spoza systemu pomocy"
        + " społecznej.", none.message(Messages.POLISH));
    assertEquals("None of the partners (as of 2026-12-31) works in a field outside the"
        + " social-assistance system.", none.message(Locale.ENGLISH));
  }

  @Test
  void the_two_rules_agree_for_every_combination_of_partners() {
    List<Organisation> others = organisations().stream().filter(o -> !o.id().equals(DISTRICT)).toList();
    List<Set<SocialServiceField>> districtFields = List.of(EnumSet.noneOf(SocialServiceField.class),
        EnumSet.of(SocialServiceField.SOCIAL_ASSISTANCE), EnumSet.of(SocialServiceField.FOSTER_CARE),
        EnumSet.of(SocialServiceField.CIVIC_ACTIVITY), EnumSet.of(SocialServiceField.PUBLIC_EDUCATION),
        EnumSet.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.VOCATIONAL_AND_SOCIAL_REINTEGRATION));
    int cases = 0;
    for (Set<SocialServiceField> fields : districtFields) {
      Organisation district = Organisation.builder().from(organisations().get(0)).fields(fields).build();
      for (int mask = 0; mask < 1 << others.size(); mask++) {
        List<Organisation> members = new ArrayList<>(List.of(district));
        for (int i = 0; i < others.size(); i++) {
          if ((mask & 1 << i) != 0) {
            members.add(others.get(i));
          }
        }
        check(members, keys(members));
        cases++;
      }
    }
    assertEquals(6 * 32, cases);
  }

  private static void check(List<Organisation> members, List<String> keys) {
    String context = members.stream().map(o -> o.name() + " " + o.fields()).toList() + " -> " + keys;
    for (String kind : List.of("EDUCATION", "LABOUR_MARKET")) {
      assertEquals(keys.contains(SECTORS + "missing." + kind), keys.contains(OUTSIDE + "missing." + kind),
          "both rules count " + kind + " alike: " + context);
    }
    boolean anyOutside = members.stream().anyMatch(o -> o.fields().stream()
        .anyMatch(f -> !GovernanceRules.SOCIAL_ASSISTANCE_SYSTEM.contains(f)));
    boolean anyField = members.stream().anyMatch(o -> !o.fields().isEmpty());
    assertEquals(!anyOutside, keys.contains(OUTSIDE + "none"), context);
    if (keys.contains(OUTSIDE + "none")) {
      for (String kind : List.of("LABOUR_MARKET", "CULTURE", "EDUCATION")) {
        assertTrue(keys.contains(SECTORS + "missing." + kind),
            "no partner outside social assistance, so none of " + kind + ": " + context);
      }
      assertEquals(!anyField, keys.contains(SECTORS + "missing.SOCIAL_ASSISTANCE"),
          "every partner with a field works in social assistance: " + context);
    }
  }
}
