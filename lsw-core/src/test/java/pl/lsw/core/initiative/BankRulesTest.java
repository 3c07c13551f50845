package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.Severity;

class BankRulesTest {

  static final RuleEnvironment ENV =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());
  static final LocalDate VERIFIED = LocalDate.of(2025, 12, 2);
  static final ActionId ACTION = ActionId.of(UUID.fromString("7a000000-0000-4000-8000-000000000001"));

  static InitiativeBase base(Optional<LocalDate> entryVerified, Optional<LocalDate> actionVerified,
      ActionStatus status) {
    MapEntry e = MapEntryFixtures.complete().withAddedOn(LocalDate.of(2025, 1, 10))
        .withLastVerifiedOn(entryVerified).withServiceConditions("standard");
    return InitiativeBase.builder().partnership(PartnershipId.of(UUID.randomUUID()))
        .addEntries(e)
        .addRecommendations(new Recommendation(e.id(), LocalDate.of(2025, 2, 1),
            PersonId.of(UUID.randomUUID()), Optional.empty()))
        .addActions(new Action(ACTION, e.id(), "Klub", BodyId.of(UUID.randomUUID()), status,
            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), actionVerified, Optional.empty()))
        .build();
  }

  static List<String> keys(RuleReport report) {
    return report.findings().stream().map(Finding::messageKey).toList();
  }

  @Test
  void an_entry_and_an_action_verified_twelve_months_ago_pass_and_one_day_later_fail() {
    InitiativeBase b = base(Optional.of(VERIFIED), Optional.of(VERIFIED), ActionStatus.RUNNING);
    assertEquals(List.of(), keys(BankRules.check(b, LocalDate.of(2026, 12, 2), ENV)));
    RuleReport late = BankRules.check(b, LocalDate.of(2026, 12, 3), ENV);
    assertEquals(2, late.findings().size());
    assertTrue(late.findings().stream().allMatch(f -> f.severity() == Severity.SHOULD));
    assertTrue(late.isCompliant(), "a SHOULD finding is a warning, not a violation");
    String en = late.findings().get(0).message(Locale.ENGLISH);
    assertTrue(en.contains("since 2025-12-02") && en.contains("12 months"), en);
    assertTrue(late.findings().get(1).message(Locale.forLanguageTag("pl")).contains("12 miesięcy"));
  }

  @Test
  void never_verified_counts_from_the_recommendation_and_the_start_and_finished_actions_are_not_checked() {
    InitiativeBase b = base(Optional.empty(), Optional.empty(), ActionStatus.COMPLETED);
    assertEquals(List.of(), keys(BankRules.check(b, LocalDate.of(2026, 2, 1), ENV)));
    assertEquals(1, BankRules.check(b, LocalDate.of(2026, 2, 2), ENV).findings().size());
  }

  @Test
  void the_number_of_months_is_a_dated_parameter() {
    InitiativeBase b = base(Optional.of(VERIFIED), Optional.of(VERIFIED), ActionStatus.RUNNING);
    RuleEnvironment six = ENV.withParameters(ENV.parameters()
        .with(BankRules.VERIFICATION_MONTHS, LocalDate.of(2026, 6, 1), 6));
    assertEquals(List.of(), keys(BankRules.check(b, LocalDate.of(2026, 5, 31), six)));
    assertEquals(2, BankRules.check(b, LocalDate.of(2026, 6, 3), six).findings().size(),
        "from June 2026 six months apply: verified 2025-12-02 is stale on 2026-06-03");
  }

  @Test
  void the_recommendation_rule_reports_each_missing_condition_and_the_actor() {
    MapEntry e = MapEntryFixtures.complete().withAddressees(Set.of())
        .withAccess(AccessConditions.builder().build());
    RuleReport r = BankRules.check(new RecommendationCandidate(e, ActingRole.STEERING_COMMITTEE_CHAIR,
        false), LocalDate.of(2026, 12, 1), ENV);
    assertEquals(List.of("INI-RECOMMENDATION.notTaskTeam", "INI-RECOMMENDATION.noServiceConditions",
        "INI-RECOMMENDATION.noTargetGroup"), keys(r));
    RuleReport fine = BankRules.check(new RecommendationCandidate(e.withServiceConditions("standard")
        .withAddressees(Set.of(TargetGroup.SENIORS)), ActingRole.TASK_TEAM_MEMBER, true),
        LocalDate.of(2026, 12, 1), ENV);
    assertTrue(fine.findings().isEmpty());
  }

  @Test
  void both_rules_are_in_the_catalog_with_their_parameter() {
    assertTrue(StandardRules.catalog().find(pl.lsw.core.rules.RuleCode.of("INI-RECOMMENDATION")).isPresent());
    assertTrue(StandardRules.catalog().find(pl.lsw.core.rules.RuleCode.of("INI-VERIFICATION")).isPresent());
    assertEquals(12, StandardRules.parameters().valueAsOf(BankRules.VERIFICATION_MONTHS,
        LocalDate.of(2026, 12, 1)));
  }
}
