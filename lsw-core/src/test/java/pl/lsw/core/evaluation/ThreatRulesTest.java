package pl.lsw.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.evaluation.NetworkFixtures.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.Severity;

class ThreatRulesTest {

  private static final DateRange YEAR = DateRange.of(LocalDate.of(2026, 1, 1),
      LocalDate.of(2026, 12, 31));
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  private static final OrganisationId CITY = org(1);
  private static final OrganisationId NGO = org(2);
  private static final OrganisationId SCHOOL = org(3);

  /** Three partners who all meet once a year, so no one is "on paper" unless a test says so. */
  private static CooperationRecord.Builder partners() {
    return CooperationRecord.builder(YEAR, List.of(CITY, NGO, SCHOOL))
        .name(CITY, "Urząd Dzielnicy").name(NGO, "Fundacja Kokon").name(SCHOOL, "Szkoła nr 1")
        .meeting(DAY, Set.of(CITY, NGO, SCHOOL));
  }

  private static List<Finding> findings(CooperationRecord r, ParameterSet p, String code) {
    return EvaluationRules.check(r, p).findings().stream()
        .filter(f -> f.code().value().equals(code)).toList();
  }

  private static List<Finding> findings(CooperationRecord r, String code) {
    return findings(r, StandardRules.parameters(), code);
  }

  private static CooperationRecord.Resource resource(String name, OrganisationId by,
      Set<OrganisationId> usedBy, boolean ownership, boolean terms) {
    return new CooperationRecord.Resource(name, DAY, by, usedBy, ownership, terms);
  }

  @Test
  void a_record_of_real_cooperation_has_no_findings() {
    CooperationRecord r = partners().decision(DAY, CITY).decision(DAY, NGO).decision(DAY, SCHOOL)
        .decision(DAY, CITY)
        .resource(resource("metoda pracy z rodziną", NGO, Set.of(CITY), true, true))
        .build();
    RuleReport report = EvaluationRules.check(r, StandardRules.parameters());
    assertEquals(List.of(), report.findings());
    assertEquals(YEAR.end(), report.asOf());
  }

  @Test
  void half_the_decisions_is_not_more_than_half_and_three_of_five_is() {
    CooperationRecord half = partners().decision(DAY, CITY).decision(DAY, CITY)
        .decision(DAY, NGO).decision(DAY, SCHOOL).build();
    assertEquals(List.of(), findings(half, "TYP-DOMINATION"));
    CooperationRecord more = partners().decision(DAY, CITY).decision(DAY, CITY)
        .imposedDecision(DAY, CITY).decision(DAY, NGO).decision(DAY, SCHOOL).build();
    List<Finding> f = findings(more, "TYP-DOMINATION");
    assertEquals(1, f.size());
    assertEquals("TYP-DOMINATION.decisionShare", f.get(0).messageKey());
    assertEquals(Severity.SHOULD, f.get(0).severity());
    String pl = f.get(0).message(Messages.POLISH);
    assertTrue(pl.contains("Partner Urząd Dzielnicy zaproponował lub narzucił 3 z 5 decyzji"), pl);
    assertTrue(pl.contains("(60%; w tym narzuconych: 1), więcej niż 50%"), pl);
    String en = f.get(0).message(Locale.ENGLISH);
    assertTrue(en.contains("proposed or imposed 3 of the 5 decisions of 2026-01-01 – 2026-12-31"), en);
  }

  @Test
  void the_decision_share_is_judged_from_the_least_number_of_decisions() {
    CooperationRecord three = partners().decision(DAY, CITY).decision(DAY, CITY)
        .decision(DAY, CITY).build();
    assertEquals(List.of(), findings(three, "TYP-DOMINATION"), "3 decisions: below the minimum 4");
    CooperationRecord four = partners().decision(DAY, CITY).decision(DAY, CITY)
        .decision(DAY, CITY).decision(DAY, CITY).build();
    assertEquals(1, findings(four, "TYP-DOMINATION").size());
    CooperationRecord outside = partners().decision(DAY, CITY).decision(DAY, CITY)
        .decision(DAY, CITY).decision(LocalDate.of(2025, 12, 31), CITY).build();
    assertEquals(List.of(), findings(outside, "TYP-DOMINATION"), "a decision of 2025 is not counted");
  }

  @Test
  void the_decision_threshold_is_a_dated_parameter() {
    CooperationRecord r = partners().decision(DAY, CITY).decision(DAY, CITY)
        .decision(DAY, CITY).decision(DAY, NGO).decision(DAY, SCHOOL).build();
    ParameterSet sixty = StandardRules.parameters().with(
        EvaluationParameters.DOMINATION_MAX_DECISION_SHARE, LocalDate.of(2026, 7, 1), Percent.of(60));
    assertEquals(List.of(), findings(r, sixty, "TYP-DOMINATION"), "3 of 5 is not more than 60%");
    ParameterSet later = StandardRules.parameters().with(
        EvaluationParameters.DOMINATION_MAX_DECISION_SHARE, LocalDate.of(2027, 1, 1), Percent.of(60));
    assertEquals(1, findings(r, later, "TYP-DOMINATION").size(), "60% applies only from 2027");
  }

  @Test
  void using_two_resources_of_a_partner_that_uses_none_back_is_one_way() {
    CooperationRecord one = partners()
        .resource(resource("sala", NGO, Set.of(CITY), true, true)).build();
    assertEquals(List.of(), findings(one, "TYP-DOMINATION"));
    CooperationRecord two = partners()
        .resource(resource("sala", NGO, Set.of(CITY), true, true))
        .resource(resource("animator", NGO, Set.of(CITY, SCHOOL), true, true)).build();
    List<Finding> f = findings(two, "TYP-DOMINATION");
    assertEquals(List.of("TYP-DOMINATION.oneWayResources"),
        f.stream().map(Finding::messageKey).toList());
    assertTrue(f.get(0).message(Locale.ENGLISH).contains(
        "partner Urząd Dzielnicy used 2 resources brought by Fundacja Kokon, which used none of"
            + " Urząd Dzielnicy's"), f.get(0).message(Locale.ENGLISH));
    CooperationRecord reciprocal = partners()
        .resource(resource("sala", NGO, Set.of(CITY), true, true))
        .resource(resource("animator", NGO, Set.of(CITY), true, true))
        .resource(resource("autobus", CITY, Set.of(NGO), true, true)).build();
    assertEquals(List.of(), findings(reciprocal, "TYP-DOMINATION"));
  }

  @Test
  void a_member_with_no_contact_in_the_period_is_a_partner_on_paper() {
    CooperationRecord r = CooperationRecord.builder(YEAR, List.of(CITY, NGO, SCHOOL))
        .name(SCHOOL, "Szkoła nr 1")
        .meeting(DAY, Set.of(CITY))
        .exchange(DAY, CITY, NGO)
        .exchange(LocalDate.of(2025, 6, 1), SCHOOL, CITY)
        .jointAction(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            Set.of(SCHOOL, NGO))
        .build();
    List<Finding> f = findings(r, "TYP-PARALLEL-ACTION");
    assertEquals(1, f.size());
    assertEquals("TYP-PARALLEL-ACTION.contactOnPaper", f.get(0).messageKey());
    String pl = f.get(0).message(Messages.POLISH);
    assertTrue(pl.contains("Partner Szkoła nr 1 miał w okresie 01.01.2026 – 31.12.2026"
        + " tylko 0 kontaktów (wspólne działania: 0, spotkania: 0, wymiany informacji: 0), mniej"
        + " niż 1"), pl);
    CooperationRecord overlapping = CooperationRecord.builder(YEAR, List.of(CITY, NGO, SCHOOL))
        .meeting(DAY, Set.of(CITY, NGO))
        .jointAction(DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 1)),
            Set.of(SCHOOL, NGO))
        .build();
    assertEquals(List.of(), findings(overlapping, "TYP-PARALLEL-ACTION"),
        "a joint action running into the period counts");
  }

  @Test
  void the_least_number_of_contacts_is_a_boundary() {
    ParameterSet two = StandardRules.parameters()
        .with(EvaluationParameters.PARALLEL_MIN_CONTACTS, EvaluationParameters.VALID_FROM, 2);
    CooperationRecord once = CooperationRecord.builder(YEAR, List.of(CITY, NGO))
        .exchange(DAY, CITY, NGO).build();
    assertEquals(2, findings(once, two, "TYP-PARALLEL-ACTION").size());
    assertEquals(List.of(), findings(once, "TYP-PARALLEL-ACTION"));
    CooperationRecord twice = CooperationRecord.builder(YEAR, List.of(CITY, NGO))
        .exchange(DAY, CITY, NGO).meeting(DAY, Set.of(CITY, NGO)).build();
    assertEquals(List.of(), findings(twice, two, "TYP-PARALLEL-ACTION"));
  }

  @Test
  void a_resource_brought_without_agreed_ownership_or_terms_of_use_is_draining() {
    CooperationRecord agreed = partners()
        .resource(resource("metoda", NGO, Set.of(CITY), true, true)).build();
    assertEquals(List.of(), findings(agreed, "TYP-DRAINING"));
    CooperationRecord r = partners()
        .resource(resource("metoda pracy z rodziną", NGO, Set.of(CITY), false, true))
        .resource(resource("baza kontaktów", NGO, Set.of(), true, false))
        .resource(resource("scenariusze zajęć", SCHOOL, Set.of(), false, false))
        .build();
    List<Finding> f = findings(r, "TYP-DRAINING");
    assertEquals(2, f.size());
    String pl = f.get(0).message(Messages.POLISH);
    assertTrue(pl.contains("Partner Fundacja Kokon wniósł w okresie"), pl);
    assertTrue(pl.contains(": 2 (bez własności: 1, bez zasad: 1; dopuszczalne: 0): metoda pracy z"
        + " rodziną, baza kontaktów"), pl);
    ParameterSet one = StandardRules.parameters()
        .with(EvaluationParameters.DRAINING_TOLERATED_UNAGREED, EvaluationParameters.VALID_FROM, 1);
    List<Finding> tolerant = findings(r, one, "TYP-DRAINING");
    assertEquals(1, tolerant.size(), "2 above 1 tolerated is reported, 1 is not");
    assertTrue(tolerant.get(0).message(Locale.ENGLISH).contains("partner Fundacja Kokon brought"));
    CooperationRecord before = partners().resource(new CooperationRecord.Resource("metoda",
        LocalDate.of(2025, 5, 1), NGO, Set.of(CITY), false, false)).build();
    assertEquals(List.of(), findings(before, "TYP-DRAINING"), "brought before the period");
  }

  @Test
  void every_problem_of_a_record_is_listed_at_once() {
    OrganisationId stranger = org(77);
    var v = CooperationRecord.validate(YEAR, List.of(CITY, CITY),
        List.of(new CooperationRecord.Decision(DAY, stranger, false)),
        List.of(new CooperationRecord.Meeting(DAY, Set.of(stranger))),
        List.of(new CooperationRecord.JointAction(DateRange.single(DAY), Set.of(CITY))),
        List.of(new CooperationRecord.InformationExchange(DAY, CITY, CITY)),
        List.of(new CooperationRecord.Resource(" ", DAY, CITY, Set.of(), true, true)),
        java.util.Map.of(CITY, " "));
    assertEquals(List.of("COOPERATION_MEMBER_DUPLICATE", "COOPERATION_UNKNOWN_MEMBER",
            "COOPERATION_UNKNOWN_MEMBER", "JOINT_ACTION_PARTNERS", "INFORMATION_EXCHANGE_SELF",
            "RESOURCE_NAME", "MEMBER_NAME"),
        v.getError().map(Problem::code).toJavaList());
    assertEquals("decisions[0].proposer", v.getError().get(1).path());
  }

  @Test
  void the_rules_are_in_the_standard_catalog_with_their_parameters() {
    for (String code : List.of("EVAL-SIGNIFICANT-PROGRESS", "TYP-DOMINATION",
        "TYP-PARALLEL-ACTION", "TYP-DRAINING")) {
      assertTrue(StandardRules.catalog().definitions().stream()
          .anyMatch(d -> d.code().value().equals(code) && d.severity() == Severity.SHOULD), code);
    }
    for (var key : EvaluationParameters.keys()) {
      assertTrue(StandardRules.parameters().find(key, LocalDate.of(2019, 1, 1)).isPresent(),
          key::name);
    }
    String table = StandardRules.catalog().renderTable(Locale.ENGLISH, StandardRules.parameters(),
        LocalDate.of(2026, 11, 22));
    assertTrue(table.contains("TYP-DRAINING"), table);
  }
}
