package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.DAY;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.NOW;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;
import static pl.lsw.core.partnership.PartnershipFixture.OUTSIDER;
import static pl.lsw.core.partnership.PartnershipFixture.RULES;
import static pl.lsw.core.partnership.PartnershipFixture.chair;
import static pl.lsw.core.partnership.PartnershipFixture.decision;
import static pl.lsw.core.partnership.PartnershipFixture.governed;
import static pl.lsw.core.partnership.PartnershipFixture.ok;
import static pl.lsw.core.partnership.PartnershipFixture.refused;
import static pl.lsw.core.partnership.PartnershipFixture.uuid;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.MandateRule;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.rules.GovernanceRules;
import pl.lsw.core.rules.Severity;

/** GOV-MANDATE at its boundary, as the aggregate runs it when a decision is recorded. */
class MandateTest {

  private static final DecisionId DECISION = DecisionId.of(uuid(70));
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static DecisionProposal binding(OrganisationId... organisations) {
    return DecisionProposal.builder().date(DAY).subject("wspólny wniosek o dotację")
        .kind(DecisionKind.STRATEGIC).proposer(MAYOR)
        .positions(decision(DecisionKind.STRATEGIC, Position.ACCEPT, Position.ACCEPT,
            Position.ACCEPT).positions()).binds(Set.of(organisations)).build();
  }

  @Test
  void the_aggregate_and_the_report_share_one_definition_of_the_rule() {
    assertSame(MandateRule.DEFINITION, GovernanceRules.MANDATE.definition());
    assertEquals("GOV-MANDATE", MandateRule.DEFINITION.code().value());
    assertEquals(Severity.MUST, MandateRule.DEFINITION.severity());
  }

  @Test
  void an_organisation_with_a_mandated_member_who_took_a_position_is_bound() {
    Partnership p = ok(governed().recordDecision(chair(), DECISION, binding(NGO), RULES,
        PartnershipFixture::organisationName, NOW));
    assertEquals(Set.of(NGO), p.decision(DECISION).orElseThrow().binds());
  }

  @Test
  void an_organisation_without_a_mandated_member_is_refused_with_gov_mandate_named_by_its_name() {
    Refusal refusal = refused(governed().recordDecision(chair(), DECISION, binding(OPS), RULES,
        PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("GOV-MANDATE"), refusal.codes());
    Problem reason = refusal.reasons().get(0);
    assertEquals("binds", reason.path());
    String polish = reason.message(Messages.POLISH);
    String english = reason.message(Locale.ENGLISH);
    assertEquals("Decyzja z 20.02.2026 „wspólny wniosek o dotację” ma zobowiązać partnera"
        + " Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ, lecz żaden jego przedstawiciel"
        + " w Komitecie Sterującym z upoważnieniem nie zajął w niej stanowiska.", polish);
    assertEquals("The decision of 2026-02-20 \"wspólny wniosek o dotację\" is to bind the partner"
        + " Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ, but none of its Steering Committee"
        + " representatives holding a mandate took a position on it.", english);
  }

  @Test
  void a_mandated_member_who_took_no_position_does_not_bind_the_organisation() {
    DecisionProposal withoutNgo = DecisionProposal.builder().date(DAY)
        .subject("wspólny wniosek o dotację").kind(DecisionKind.STRATEGIC).proposer(MAYOR)
        .positions(decision(DecisionKind.STRATEGIC, Position.ACCEPT,
            Position.ACCEPT, Position.ACCEPT).positions().subList(0, 1)).binds(Set.of(NGO)).build();
    Refusal refusal = refused(governed().recordDecision(chair(), DECISION, withoutNgo, RULES,
        PartnershipFixture::organisationName, NOW));
    assertTrue(refusal.has("GOV-MANDATE"), refusal::toString);
  }

  @Test
  void an_organisation_the_registry_does_not_know_is_named_without_its_id() {
    Refusal refusal = refused(governed().recordDecision(chair(), DECISION,
        binding(DISTRICT, OUTSIDER), RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("GOV-MANDATE"), refusal.codes());
    String polish = refusal.reasons().get(0).message(Messages.POLISH);
    String english = refusal.reasons().get(0).message(Locale.ENGLISH);
    assertTrue(polish.contains("partnera organizacja spoza rejestru organizacji"), polish);
    assertTrue(english.contains("the partner an organisation not in the registry"), english);
    assertFalse(UUID_TEXT.matcher(polish + english).find(), polish + english);
  }

  @Test
  void a_correcting_decision_is_held_to_the_same_rule() {
    Partnership p = ok(governed().recordDecision(chair(), DECISION, binding(NGO), RULES,
        PartnershipFixture::organisationName, NOW));
    Refusal refusal = refused(p.supersedeDecision(chair(), DecisionId.of(uuid(71)), DECISION,
        binding(OPS), RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("GOV-MANDATE"), refusal.codes());
  }
}
