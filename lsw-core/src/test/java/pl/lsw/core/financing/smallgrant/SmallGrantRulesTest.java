package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.financing.PublicationPlace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.smallgrant.SmallGrantGen.postedEverywhere;
import static pl.lsw.core.financing.smallgrant.SmallGrantGen.received;

import java.util.Optional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ReferenceData;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;

class SmallGrantRulesTest {

  static final LocalDate RECEIPT = LocalDate.of(2026, 3, 2); // a Monday
  static final LocalDate DRAFT_FROM = LocalDate.of(2026, 7, 1);
  static final ParameterSet WITH_DRAFT =
      ParameterSet.statutory().overlay(StatutoryParameters.draft2025(DRAFT_FROM));
  static final ReferenceData POLISH = ReferenceData.empty().with(WorkingDayCalendar.class, WorkingDayCalendar.polish());

  static List<Finding> check(Rule<SmallGrantCase> rule, SmallGrant g, GrantHistory h, LocalDate asOf, ParameterSet p) {
    RuleReport r = RuleEngine.evaluate(new SmallGrantCase(g, h), "test", List.of(rule), asOf, p, POLISH);
    assertTrue(r.isComplete(), () -> r.render(Locale.ENGLISH));
    for (Finding f : r.findings()) {
      assertFalse(f.message(Locale.ENGLISH).startsWith("!"), f.message(Locale.ENGLISH));
      assertFalse(f.message(new Locale("pl")).startsWith("!"), f.message(new Locale("pl")));
    }
    return r.findings();
  }

  static List<Finding> check(Rule<SmallGrantCase> rule, SmallGrant g) {
    return check(rule, g, GrantHistory.none(), g.offerReceived(), ParameterSet.statutory());
  }

  @Nested
  class Amount {
    @Test
    void a_small_grant_of_exactly_10_000_zl_passes() {
      assertEquals(List.of(), check(SmallGrantRules.AMOUNT, received(1, Money.of("10000.00"), RECEIPT)));
    }

    @Test
    void a_small_grant_of_10_000_zl_and_1_grosz_fails() {
      List<Finding> f = check(SmallGrantRules.AMOUNT, received(1, Money.of("10000.01"), RECEIPT));
      assertEquals(1, f.size());
      assertEquals("FIN-SMALL-GRANT-AMOUNT", f.get(0).code().value());
      assertEquals("amount", f.get(0).path());
      assertTrue(f.get(0).message(Locale.ENGLISH).contains("exceeds"), f.get(0).message(Locale.ENGLISH));
    }

    @Test
    void under_the_2025_draft_an_offer_received_on_its_validity_date_may_ask_for_20_000_zl() {
      SmallGrant g = received(1, Money.of("20000.00"), DRAFT_FROM);
      assertEquals(List.of(), check(SmallGrantRules.AMOUNT, g, GrantHistory.none(), DRAFT_FROM, WITH_DRAFT));
      assertEquals(1, check(SmallGrantRules.AMOUNT, g.withAmount(Money.of("20000.01")), GrantHistory.none(),
          DRAFT_FROM, WITH_DRAFT).size());
    }

    @Test
    void an_offer_received_the_day_before_the_draft_keeps_10_000_zl_even_when_checked_later() {
      SmallGrant g = received(1, Money.of("10000.01"), DRAFT_FROM.minusDays(1));
      List<Finding> f = check(SmallGrantRules.AMOUNT, g, GrantHistory.none(), DRAFT_FROM.plusMonths(2), WITH_DRAFT);
      assertEquals(1, f.size());
      assertEquals(Money.ofZloty(10_000), f.get(0).arguments().get("max"));
    }
  }

  @Nested
  class Duration {
    SmallGrant task(LocalDate start, LocalDate end) {
      return received(1, Money.ofZloty(5_000), RECEIPT).withTaskPeriod(DateRange.ofOrThrow(start, end));
    }

    @Test
    void a_task_from_1_march_to_29_may_is_90_days_and_passes() {
      assertEquals(List.of(), check(SmallGrantRules.DURATION, task(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 29))));
    }

    @Test
    void a_task_of_91_days_fails() {
      List<Finding> f = check(SmallGrantRules.DURATION, task(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 30)));
      assertEquals(1, f.size());
      assertEquals(91L, f.get(0).arguments().get("days"));
    }

    @Test
    void three_calendar_months_of_92_days_fail() {
      List<Finding> f = check(SmallGrantRules.DURATION, task(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31)));
      assertEquals(1, f.size());
      assertEquals(92L, f.get(0).arguments().get("days"));
    }
  }

  @Nested
  class Scope {
    @Test
    void a_local_task_passes_and_a_task_of_neither_local_nor_regional_character_fails() {
      SmallGrant g = received(1, Money.ofZloty(5_000), RECEIPT);
      assertEquals(List.of(), check(SmallGrantRules.SCOPE, g));
      List<Finding> f = check(SmallGrantRules.SCOPE, g.withLocalOrRegional(false));
      assertEquals(1, f.size());
      assertEquals("FIN-SMALL-GRANT-SCOPE", f.get(0).code().value());
    }
  }

  @Nested
  class PublicationRule {
    List<Finding> posted(LocalDate receipt, LocalDate from, int days, LocalDate asOf) {
      SmallGrant g = postedEverywhere(received(1, Money.ofZloty(5_000), receipt), from, days);
      return check(SmallGrantRules.PUBLICATION, g, GrantHistory.none(), asOf, ParameterSet.statutory());
    }

    @Test
    void an_offer_received_on_a_monday_may_be_posted_up_to_the_7th_working_day_and_not_a_day_later() {
      assertEquals(List.of(), posted(RECEIPT, LocalDate.of(2026, 3, 11), 7, LocalDate.of(2026, 3, 20)));
      List<Finding> late = posted(RECEIPT, LocalDate.of(2026, 3, 12), 7, LocalDate.of(2026, 3, 20));
      assertEquals(3, late.size());
      assertTrue(late.stream().allMatch(f -> f.messageKey().equals("FIN-SMALL-GRANT-PUBLICATION.late")));
    }

    @Test
    void easter_monday_is_not_a_working_day_so_an_offer_received_on_1_april_2026_may_be_posted_on_13_april() {
      assertEquals(List.of(), posted(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 13), 7, LocalDate.of(2026, 4, 30)));
      assertEquals(3, posted(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14), 7, LocalDate.of(2026, 4, 30)).size());
    }

    @Test
    void christmas_eve_christmas_and_new_year_push_the_deadline_of_an_offer_of_21_december_2026_to_4_january() {
      assertEquals(List.of(), posted(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4), 7, LocalDate.of(2027, 1, 20)));
      assertEquals(3, posted(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 5), 7, LocalDate.of(2027, 1, 20)).size());
    }

    @Test
    void an_offer_posted_for_7_days_passes_and_for_6_days_fails_in_each_place() {
      assertEquals(List.of(), posted(RECEIPT, RECEIPT.plusDays(1), 7, RECEIPT.plusDays(30)));
      List<Finding> f = posted(RECEIPT, RECEIPT.plusDays(1), 6, RECEIPT.plusDays(30));
      assertEquals(3, f.size());
      assertTrue(f.stream().allMatch(x -> x.messageKey().equals("FIN-SMALL-GRANT-PUBLICATION.tooShort")));
    }

    @Test
    void a_missing_place_is_reported_only_once_its_deadline_has_passed() {
      SmallGrant g = received(1, Money.ofZloty(5_000), RECEIPT)
          .withPublications(List.of(new Publication(PublicationPlace.BIP, RECEIPT, RECEIPT.plusDays(6)),
              new Publication(PublicationPlace.WEBSITE, RECEIPT, RECEIPT.plusDays(6))))
          .withStatus(SmallGrantStatus.PUBLISHED);
      assertEquals(List.of(), check(SmallGrantRules.PUBLICATION, g, GrantHistory.none(),
          LocalDate.of(2026, 3, 11), ParameterSet.statutory()));
      List<Finding> f = check(SmallGrantRules.PUBLICATION, g, GrantHistory.none(), LocalDate.of(2026, 3, 12),
          ParameterSet.statutory());
      assertEquals(1, f.size());
      assertEquals("publications.NOTICE_BOARD", f.get(0).path());
    }

    @Test
    void a_contracted_grant_never_posted_misses_all_three_places() {
      SmallGrant g = SmallGrantGen.contracted(received(1, Money.ofZloty(5_000), RECEIPT), RECEIPT.plusDays(2));
      assertEquals(3, check(SmallGrantRules.PUBLICATION, g, GrantHistory.none(), RECEIPT.plusDays(2),
          ParameterSet.statutory()).size());
    }
  }

  @Nested
  class Comments {
    SmallGrant postedOn(LocalDate posted) {
      return postedEverywhere(received(1, Money.ofZloty(5_000), posted.minusDays(1)), posted, 7);
    }

    @Test
    void the_contract_may_be_signed_the_day_after_the_7_day_comment_period_and_not_on_its_last_day() {
      SmallGrant g = postedOn(LocalDate.of(2026, 3, 2));
      List<Finding> early = check(SmallGrantRules.COMMENTS, SmallGrantGen.contracted(g, LocalDate.of(2026, 3, 9)));
      assertEquals(List.of("FIN-SMALL-GRANT-COMMENTS.tooEarly", "FIN-SMALL-GRANT-COMMENTS.closedEarly"),
          early.stream().map(Finding::messageKey).sorted(java.util.Comparator.reverseOrder()).toList());
      assertEquals(List.of(), check(SmallGrantRules.COMMENTS, SmallGrantGen.contracted(g, LocalDate.of(2026, 3, 10))));
    }

    @Test
    void a_comment_period_ending_on_a_saturday_runs_to_the_monday_so_the_contract_waits_for_tuesday() {
      SmallGrant g = postedOn(LocalDate.of(2026, 4, 4)); // Holy Saturday; + 7 days = Saturday 11 April
      assertEquals(1, check(SmallGrantRules.COMMENTS, SmallGrantGen.contracted(g, LocalDate.of(2026, 4, 13))).stream()
          .filter(f -> f.messageKey().endsWith("tooEarly")).count());
      assertEquals(List.of(), check(SmallGrantRules.COMMENTS, SmallGrantGen.contracted(g, LocalDate.of(2026, 4, 14))));
    }

    @Test
    void a_period_ending_on_easter_monday_moves_to_the_next_working_day() {
      SmallGrant g = postedOn(LocalDate.of(2026, 3, 30)); // +7 days = Easter Monday, 6 April 2026
      assertEquals(1, check(SmallGrantRules.COMMENTS, SmallGrantGen.contracted(g, LocalDate.of(2026, 4, 7))).stream()
          .filter(f -> f.messageKey().endsWith("tooEarly")).count());
      assertEquals(List.of(), check(SmallGrantRules.COMMENTS, SmallGrantGen.contracted(g, LocalDate.of(2026, 4, 8))));
    }

    @Test
    void every_comment_must_be_considered_no_later_than_the_contract() {
      LocalDate contract = LocalDate.of(2026, 3, 10);
      SmallGrant g = postedOn(LocalDate.of(2026, 3, 2)).withComments(List.of(
          Comment.received(LocalDate.of(2026, 3, 3), CommentAuthorKind.PERSON, "u1"),
          Comment.received(LocalDate.of(2026, 3, 4), CommentAuthorKind.ORGANISATION, "u2")
              .considered(new Consideration(LocalDate.of(2026, 3, 11), ConsiderationOutcome.ACCEPTED)),
          Comment.received(LocalDate.of(2026, 3, 5), CommentAuthorKind.OTHER, "u3")
              .considered(new Consideration(contract, ConsiderationOutcome.REJECTED))));
      List<Finding> f = check(SmallGrantRules.COMMENTS, SmallGrantGen.contracted(g, contract));
      assertEquals(List.of("comments[0]", "comments[1]"), f.stream().map(Finding::path).toList());
      assertEquals(List.of("FIN-SMALL-GRANT-COMMENTS.notConsidered", "FIN-SMALL-GRANT-COMMENTS.consideredLate"),
          f.stream().map(Finding::messageKey).toList());
    }

    @Test
    void a_contract_without_any_posting_is_reported() {
      SmallGrant g = SmallGrantGen.contracted(received(1, Money.ofZloty(5_000), RECEIPT), RECEIPT.plusDays(20));
      assertEquals(List.of("FIN-SMALL-GRANT-COMMENTS.notPosted"),
          check(SmallGrantRules.COMMENTS, g).stream().map(Finding::messageKey).toList());
    }
  }

  @Nested
  class YearlyCap {
    @Test
    void grants_of_one_organisation_totalling_exactly_20_000_zl_pass_and_one_grosz_more_fails() {
      SmallGrant g = received(1, Money.of("10000.00"), RECEIPT);
      GrantHistory h = GrantHistory.fixed(Money.of("10000.00"), Money.ZERO, Optional.empty());
      assertEquals(List.of(), check(SmallGrantRules.YEARLY_CAP, g, h, RECEIPT, ParameterSet.statutory()));
      List<Finding> f = check(SmallGrantRules.YEARLY_CAP, g.withAmount(Money.of("10000.01")), h, RECEIPT,
          ParameterSet.statutory());
      assertEquals(1, f.size());
      assertEquals(Money.of("20000.01"), f.get(0).arguments().get("total"));
    }

    @Test
    void the_stored_grants_before_it_are_summed_and_refused_or_later_ones_are_not() {
      LocalDate d = LocalDate.of(2026, 5, 4);
      SmallGrant earlier = received(2, Money.of("7000.00"), d.minusDays(30));
      SmallGrant alsoEarlier = received(3, Money.of("3000.00"), d.minusDays(10));
      SmallGrant refused = received(4, Money.of("9000.00"), d.minusDays(5)).withStatus(SmallGrantStatus.REFUSED);
      SmallGrant later = received(5, Money.of("9000.00"), d.plusDays(5));
      SmallGrant lastYear = received(6, Money.of("9000.00"), LocalDate.of(2025, 12, 31));
      SmallGrant otherOrganisation = received(7, Money.of("9000.00"), d.minusDays(1))
          .withApplicant(SmallGrantGen.organisation(9));
      SmallGrant g = received(1, Money.of("10000.00"), d);
      GrantHistory h = GrantHistory.of(List.of(earlier, alsoEarlier, refused, later, lastYear, otherOrganisation, g),
          List.of());
      assertEquals(Money.of("10000.00"), h.organisationTotalBefore(g));
      assertEquals(List.of(), check(SmallGrantRules.YEARLY_CAP, g, h, d, ParameterSet.statutory()));
      assertEquals(1, check(SmallGrantRules.YEARLY_CAP, g.withAmount(Money.of("10000.01")), h, d,
          ParameterSet.statutory()).size());
    }

    @Test
    void under_the_2025_draft_the_cap_is_40_000_zl_for_grants_received_from_its_validity_date() {
      GrantHistory h = GrantHistory.fixed(Money.of("30000.00"), Money.ZERO, Optional.empty());
      SmallGrant after = received(1, Money.of("10000.00"), DRAFT_FROM);
      assertEquals(List.of(), check(SmallGrantRules.YEARLY_CAP, after, h, DRAFT_FROM, WITH_DRAFT));
      assertEquals(1, check(SmallGrantRules.YEARLY_CAP, after.withAmount(Money.of("10000.01")), h, DRAFT_FROM,
          WITH_DRAFT).size());
      SmallGrant before = received(1, Money.of("1.00"), DRAFT_FROM.minusDays(1));
      GrantHistory h2 = GrantHistory.fixed(Money.of("20000.00"), Money.ZERO, Optional.empty());
      assertEquals(1, check(SmallGrantRules.YEARLY_CAP, before, h2, DRAFT_FROM, WITH_DRAFT).size());
    }
  }

  @Nested
  class BudgetShare {
    final PlannedGrantBudget planned = new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(100_000));

    @Test
    void small_grants_of_exactly_20_percent_of_the_planned_budget_pass_and_one_grosz_more_fails() {
      GrantHistory h = GrantHistory.fixed(Money.ZERO, Money.of("10000.00"), Optional.of(planned));
      SmallGrant g = received(1, Money.of("10000.00"), RECEIPT);
      assertEquals(List.of(), check(SmallGrantRules.BUDGET_SHARE, g, h, RECEIPT, ParameterSet.statutory()));
      List<Finding> f = check(SmallGrantRules.BUDGET_SHARE, g.withAmount(Money.of("10000.01")), h, RECEIPT,
          ParameterSet.statutory());
      assertEquals(1, f.size());
      assertEquals("FIN-SMALL-GRANT-BUDGET-SHARE.exceeded", f.get(0).messageKey());
    }

    @Test
    void without_a_planned_budget_the_share_cannot_be_shown_and_is_reported() {
      List<Finding> f = check(SmallGrantRules.BUDGET_SHARE, received(1, Money.ofZloty(1), RECEIPT));
      assertEquals("FIN-SMALL-GRANT-BUDGET-SHARE.noPlannedBudget", f.get(0).messageKey());
    }

    @Test
    void under_the_2025_draft_the_share_is_30_percent_for_grants_received_from_its_validity_date() {
      GrantHistory h = GrantHistory.fixed(Money.ZERO, Money.of("20000.00"), Optional.of(planned));
      SmallGrant g = received(1, Money.of("10000.00"), DRAFT_FROM);
      assertEquals(List.of(), check(SmallGrantRules.BUDGET_SHARE, g, h, DRAFT_FROM, WITH_DRAFT));
      assertEquals(1, check(SmallGrantRules.BUDGET_SHARE, g.withAmount(Money.of("10000.01")), h, DRAFT_FROM,
          WITH_DRAFT).size());
      assertEquals(1, check(SmallGrantRules.BUDGET_SHARE, g.withOfferReceived(DRAFT_FROM.minusDays(1)), h,
          DRAFT_FROM, WITH_DRAFT).size());
    }
  }
}
