package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.rules.TestRules.Grant;

/** A user loads the 2025 draft from a date of their choice; grants are judged under the law of their date. */
class SmallGrantDraftParametersTest {

  private static final LocalDate DRAFT_FROM = LocalDate.of(2026, 7, 1);
  private static final ParameterSet WITH_DRAFT =
      ParameterSet.statutory().overlay(StatutoryParameters.draft2025(DRAFT_FROM));

  private static RuleReport check(Grant grant, ParameterSet parameters) {
    return RuleEngine.evaluate(grant, "grant", List.of(TestRules.SMALL_GRANT_AMOUNT), grant.date(), parameters);
  }

  @Test
  void a_15_000_zl_grant_dated_the_day_before_the_draft_applies_fails() {
    RuleReport report = check(new Grant(Money.ofZloty(15_000), DRAFT_FROM.minusDays(1)), WITH_DRAFT);
    assertFalse(report.isCompliant());
    Finding f = report.violations().get(0);
    assertEquals("TEST-SMALL-GRANT-AMOUNT", f.code().value());
    assertEquals("amount", f.path());
    assertEquals(List.of(new ParameterValue<>(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX,
        StatutoryParameters.BASELINE, Money.ofZloty(10_000))), f.parametersUsed());
    assertEquals("Kwota grantu 15 000,00 zł przekracza limit 10 000,00 zł obowiązujący w dniu 30.06.2026.",
        f.message(Messages.POLISH));
    assertEquals("The grant of 15000.00 PLN exceeds the limit of 10000.00 PLN in force on 2026-06-30.",
        f.message(java.util.Locale.ENGLISH));
  }

  @Test
  void a_15_000_zl_grant_dated_the_day_the_draft_applies_passes() {
    RuleReport report = check(new Grant(Money.ofZloty(15_000), DRAFT_FROM), WITH_DRAFT);
    assertTrue(report.isCompliant(), report::toString);
    assertTrue(report.findings().isEmpty());
  }

  @Test
  void under_the_draft_20_000_zl_passes_and_20_000_01_fails() {
    assertTrue(check(new Grant(Money.ofZloty(20_000), DRAFT_FROM), WITH_DRAFT).isCompliant());
    assertFalse(check(new Grant(Money.ofGrosze(2_000_001), DRAFT_FROM), WITH_DRAFT).isCompliant());
  }

  @Test
  void under_the_statutory_set_10_000_00_zl_passes() {
    RuleReport report = check(new Grant(Money.parseOrThrow("10 000,00 zł"), DRAFT_FROM), ParameterSet.statutory());
    assertTrue(report.isCompliant(), report::toString);
  }

  @Test
  void under_the_statutory_set_10_000_01_zl_fails() {
    RuleReport report = check(new Grant(Money.parseOrThrow("10 000,01 zł"), DRAFT_FROM), ParameterSet.statutory());
    assertFalse(report.isCompliant());
    assertEquals(1, report.violations().size());
  }

  @Test
  void the_draft_holds_the_three_numbers_of_the_2025_draft_from_the_chosen_date() {
    ParameterSet draft = StatutoryParameters.draft2025(DRAFT_FROM);
    assertEquals(3, draft.values().size());
    assertEquals(Money.ofZloty(20_000), draft.valueAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX, DRAFT_FROM));
    assertEquals(Money.ofZloty(40_000),
        draft.valueAsOf(StatutoryParameters.SMALL_GRANT_YEARLY_CAP_MAX, DRAFT_FROM));
    assertEquals(pl.lsw.core.kernel.Percent.of(30),
        draft.valueAsOf(StatutoryParameters.SMALL_GRANT_BUDGET_SHARE_MAX, DRAFT_FROM));
    assertEquals(Money.ofZloty(20_000),
        WITH_DRAFT.valueAsOf(StatutoryParameters.SMALL_GRANT_YEARLY_CAP_MAX, DRAFT_FROM.minusDays(1)));
  }
}
