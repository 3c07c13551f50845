package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER;
import static pl.lsw.core.partnership.PartnershipFixture.FOUNDED;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;
import static pl.lsw.core.partnership.PartnershipFixture.OUTSIDER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.MembershipRole;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.Severity;

class InformationRulesTest {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  /** 00:30 on 2 March 2026 in Warsaw, still 1 March in UTC. */
  static final Instant SENT = Instant.parse("2026-03-01T23:30:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  static Membership member(OrganisationId org, LocalDate joined, LocalDate left) {
    return Membership.builder().organisation(org).form(MembershipForm.FORMAL)
        .declarationDate(joined).role(MembershipRole.MEMBER).joinedOn(joined)
        .leftOn(java.util.Optional.ofNullable(left)).build();
  }

  /** The leader; NGO joined on the day; OPS left on the day; FORMER left the day before; OUTSIDER joins the day after. */
  static Partnership boundaries() {
    Partnership p = PartnershipFixture.founded();
    return p.withMemberships(List.of(p.memberships().get(0), member(NGO, DAY, null),
        member(OPS, FOUNDED, DAY), member(FORMER, FOUNDED, DAY.minusDays(1)),
        member(OUTSIDER, DAY.plusDays(1), null)));
  }

  static Dispatch to(OrganisationId... orgs) {
    Dispatch.Builder b = Dispatch.builder().id(DispatchId.of(new UUID(0x1f6, 1))).partnership(ID)
        .item(InformationSamples.announcement()).sentAt(SENT).sentBy("person:x/TASK_TEAM_MANAGER");
    for (OrganisationId o : orgs) {
      b.addRecipients(new DispatchRecipient(o, DeliveryOutcome.success()));
    }
    return b.build();
  }

  static RuleReport check(Dispatch d) {
    return InformationRules.check(DispatchAudit.of(d, boundaries(), WARSAW), DAY,
        PartnershipFixture.RULES);
  }

  @Test
  void the_members_at_the_instant_are_those_active_on_its_day_in_the_zone() {
    assertEquals(List.of(DISTRICT, NGO, OPS), DispatchAudit.membersAt(boundaries(), SENT, WARSAW));
    // in UTC the instant falls on 1 March: the NGO has not joined yet, the FORMER has not left
    assertEquals(List.of(DISTRICT, OPS, FORMER),
        DispatchAudit.membersAt(boundaries(), SENT, ZoneId.of("UTC")));
  }

  @Test
  void a_dispatch_to_exactly_the_members_of_the_day_passes() {
    assertTrue(check(to(DISTRICT, NGO, OPS)).isCompliant());
  }

  @Test
  void a_member_admitted_on_the_day_of_sending_left_out_is_a_violation() {
    RuleReport r = check(to(DISTRICT, OPS));
    assertEquals(1, r.violations().size());
    Finding f = r.violations().get(0);
    assertEquals(NGO.toString(), f.arguments().get("organisation"));
    assertEquals(Severity.MUST, f.severity());
    assertEquals("The organisation " + NGO + ", an LSW member on 2026-03-02, was not sent the "
        + "information \"Nabór do Banku Inicjatyw\".", f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("pl")).contains("02.03.2026"),
        f.message(Locale.forLanguageTag("pl")));
  }

  @Test
  void a_member_that_leaves_on_the_day_of_sending_is_still_owed_the_information() {
    assertEquals(List.of(OPS.toString()), check(to(DISTRICT, NGO)).violations().stream()
        .map(f -> f.arguments().get("organisation")).toList());
  }

  @Test
  void a_membership_ended_before_or_beginning_after_the_day_is_not_owed_it() {
    assertTrue(check(to(DISTRICT, NGO, OPS)).findings().isEmpty());
    // sending to them too is not a breach of the rule
    assertTrue(check(to(DISTRICT, NGO, OPS, FORMER, OUTSIDER)).isCompliant());
  }

  @Test
  void every_member_left_out_and_every_failed_delivery_is_a_finding_of_its_own() {
    Dispatch d = to(DISTRICT).withRecipients(new DispatchRecipient(DISTRICT,
        DeliveryOutcome.failure("adres nie istnieje")));
    RuleReport r = check(d);
    assertEquals(List.of("INF-SIMULTANEOUS.memberLeftOut", "INF-SIMULTANEOUS.memberLeftOut",
        "INF-SIMULTANEOUS.deliveryFailed"), r.violations().stream().map(Finding::messageKey).toList());
    assertEquals("recipients[0]", r.violations().get(2).path());
  }

  @Test
  void the_rule_is_in_the_standard_catalog_with_its_seed_source() {
    assertTrue(StandardRules.catalog().find(RuleCode.of("INF-SIMULTANEOUS")).isPresent());
    assertEquals(List.of(InformationRules.SIMULTANEOUS), InformationRules.ruleSet().rules());
  }

  @Test
  void the_check_of_a_period_gives_one_report_per_dispatch() {
    List<RuleReport> reports = InformationRules.checkAll(List.of(
        DispatchAudit.of(to(DISTRICT, NGO, OPS), boundaries(), WARSAW),
        DispatchAudit.of(to(DISTRICT), boundaries(), WARSAW)), DAY, PartnershipFixture.RULES);
    assertEquals(List.of(true, false), reports.stream().map(RuleReport::isCompliant).toList());
  }
}
