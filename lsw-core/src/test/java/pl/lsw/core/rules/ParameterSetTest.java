package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.rules.StatutoryParameters.*;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;

class ParameterSetTest {

  private static final LocalDate CHANGE = LocalDate.of(2026, 7, 1);
  private static final ParameterSet TWO_VALUES = ParameterSet.empty()
      .with(SMALL_GRANT_AMOUNT_MAX, BASELINE, Money.ofZloty(10_000))
      .with(SMALL_GRANT_AMOUNT_MAX, CHANGE, Money.ofZloty(20_000));

  @Test
  void the_day_before_a_new_value_applies_the_old_value_is_used() {
    assertEquals(Money.ofZloty(10_000), TWO_VALUES.valueAsOf(SMALL_GRANT_AMOUNT_MAX, CHANGE.minusDays(1)));
  }

  @Test
  void on_the_day_a_new_value_applies_it_is_used() {
    assertEquals(Money.ofZloty(20_000), TWO_VALUES.valueAsOf(SMALL_GRANT_AMOUNT_MAX, CHANGE));
  }

  @Test
  void after_the_day_a_new_value_applies_it_is_still_used() {
    assertEquals(Money.ofZloty(20_000), TWO_VALUES.valueAsOf(SMALL_GRANT_AMOUNT_MAX, CHANGE.plusDays(1)));
    assertEquals(CHANGE, TWO_VALUES.entryAsOf(SMALL_GRANT_AMOUNT_MAX, LocalDate.of(2099, 1, 1)).validFrom());
  }

  @Test
  void before_the_first_value_there_is_an_explicit_error_not_null() {
    MissingParameterException e = assertThrows(MissingParameterException.class,
        () -> TWO_VALUES.valueAsOf(SMALL_GRANT_AMOUNT_MAX, BASELINE.minusDays(1)));
    assertEquals("FIN-SMALL-GRANT-AMOUNT.max", e.parameterName());
    assertEquals(BASELINE.minusDays(1), e.date());
    assertTrue(e.getMessage().contains("first value applies from 2010-01-01"), e.getMessage());
    assertTrue(TWO_VALUES.find(SMALL_GRANT_AMOUNT_MAX, BASELINE.minusDays(1)).isEmpty());
  }

  @Test
  void a_key_without_any_value_is_an_explicit_error() {
    MissingParameterException e = assertThrows(MissingParameterException.class,
        () -> TWO_VALUES.valueAsOf(REPORT_FINAL_DAYS, CHANGE));
    assertTrue(e.getMessage().contains("FIN-REPORT-FINAL.days"), e.getMessage());
    assertFalse(TWO_VALUES.contains(REPORT_FINAL_DAYS));
  }

  @Test
  void with_replaces_a_value_of_the_same_date_and_leaves_the_original_unchanged() {
    ParameterSet changed = TWO_VALUES.with(SMALL_GRANT_AMOUNT_MAX, CHANGE, Money.ofZloty(25_000));
    assertEquals(Money.ofZloty(25_000), changed.valueAsOf(SMALL_GRANT_AMOUNT_MAX, CHANGE));
    assertEquals(Money.ofZloty(20_000), TWO_VALUES.valueAsOf(SMALL_GRANT_AMOUNT_MAX, CHANGE));
    assertEquals(2, changed.history(SMALL_GRANT_AMOUNT_MAX).size());
  }

  @Test
  void overlay_merges_histories_and_the_overlay_wins_on_the_same_date() {
    ParameterSet over = ParameterSet.empty()
        .with(SMALL_GRANT_AMOUNT_MAX, CHANGE, Money.ofZloty(30_000))
        .with(REPORT_FINAL_DAYS, CHANGE, 45);
    ParameterSet merged = TWO_VALUES.overlay(over);
    assertEquals(Money.ofZloty(10_000), merged.valueAsOf(SMALL_GRANT_AMOUNT_MAX, CHANGE.minusDays(1)));
    assertEquals(Money.ofZloty(30_000), merged.valueAsOf(SMALL_GRANT_AMOUNT_MAX, CHANGE));
    assertEquals(45, merged.valueAsOf(REPORT_FINAL_DAYS, CHANGE));
  }

  @Test
  void a_negative_number_of_days_is_refused_with_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ParameterSet.empty().with(REPORT_FINAL_DAYS, CHANGE, -1));
    assertEquals("DAYS_NEGATIVE", e.problems().get(0).code());
  }

  @Test
  void a_share_above_100_percent_is_refused() {
    assertThrows(InvalidInputException.class,
        () -> ParameterSet.empty().with(SUPPORT_SHARE_MAX, CHANGE, Percent.of(101)));
  }

  @Test
  void the_statutory_set_holds_every_number_of_the_law_from_the_baseline() {
    ParameterSet s = ParameterSet.statutory();
    LocalDate d = LocalDate.of(2026, 1, 15);
    assertEquals(Money.parseOrThrow("10 000,00 zł"), s.valueAsOf(SMALL_GRANT_AMOUNT_MAX, d));
    assertEquals(90, s.valueAsOf(SMALL_GRANT_DURATION_MAX_DAYS, d));
    assertEquals(Money.ofZloty(20_000), s.valueAsOf(SMALL_GRANT_YEARLY_CAP_MAX, d));
    assertEquals(Percent.of(20), s.valueAsOf(SMALL_GRANT_BUDGET_SHARE_MAX, d));
    assertEquals(7, s.valueAsOf(SMALL_GRANT_PUBLICATION_WITHIN_WORKING_DAYS, d));
    assertEquals(7, s.valueAsOf(SMALL_GRANT_PUBLICATION_POSTED_DAYS, d));
    assertEquals(3, s.valueAsOf(SMALL_GRANT_PUBLICATION_PLACES, d));
    assertEquals(7, s.valueAsOf(SMALL_GRANT_COMMENTS_DAYS, d));
    assertEquals(21, s.valueAsOf(COMPETITION_DEADLINE_MIN_DAYS, d));
    assertEquals(30, s.valueAsOf(REPORT_FINAL_DAYS, d));
    assertEquals(30, s.valueAsOf(REPORT_PARTIAL_MIN_DAYS, d));
    assertEquals(15, s.valueAsOf(RETURN_UNUSED_DAYS, d));
    assertEquals(15, s.valueAsOf(RETURN_MISUSED_DAYS, d));
    assertEquals(1, s.valueAsOf(OWN_INITIATIVE_MONTHS, d));
    assertEquals(MonthDay.of(11, 30), s.valueAsOf(PROGRAMME_ADOPTION_BY, d));
    assertEquals(MonthDay.of(5, 31), s.valueAsOf(PROGRAMME_REPORT_BY, d));
    assertEquals(Percent.of(80), s.valueAsOf(SUPPORT_SHARE_MAX, d));
    assertEquals(StatutoryParameters.keys().size(), s.keys().size());
    assertTrue(s.values().stream().allMatch(v -> v.validFrom().equals(BASELINE)));
  }

  @Test
  void the_statutory_set_has_no_value_before_its_baseline() {
    assertThrows(MissingParameterException.class,
        () -> ParameterSet.statutory().valueAsOf(SMALL_GRANT_AMOUNT_MAX, LocalDate.of(2009, 12, 31)));
  }

  @Test
  void values_list_every_value_by_key_then_date_and_sets_compare_by_value() {
    assertEquals(List.of(new ParameterValue<>(SMALL_GRANT_AMOUNT_MAX, BASELINE, Money.ofZloty(10_000)),
        new ParameterValue<>(SMALL_GRANT_AMOUNT_MAX, CHANGE, Money.ofZloty(20_000))), TWO_VALUES.values());
    assertEquals(TWO_VALUES, ParameterSet.empty()
        .with(SMALL_GRANT_AMOUNT_MAX, CHANGE, Money.ofZloty(20_000))
        .with(SMALL_GRANT_AMOUNT_MAX, BASELINE, Money.ofZloty(10_000)));
  }

  @Test
  void a_key_name_that_is_not_a_rule_code_and_a_name_is_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> ParameterKey.of("small-grant.max", ParameterTypes.MONEY, "opis", "description"));
    assertThrows(IllegalArgumentException.class,
        () -> ParameterKey.of("FIN-X", ParameterTypes.MONEY, "opis", "description"));
    assertEquals(RuleCode.of("FIN-SMALL-GRANT-AMOUNT"), SMALL_GRANT_AMOUNT_MAX.ruleCode());
    assertTrue(SMALL_GRANT_AMOUNT_MAX.description(java.util.Locale.ENGLISH).startsWith("the most"));
    assertTrue(SMALL_GRANT_AMOUNT_MAX.description(Messages.POLISH).startsWith("najwyższa"));
  }
}
