package pl.lsw.core.financing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.NOW;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.ORG_B;
import static pl.lsw.core.financing.FinancingFixtures.contract;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingFixtures;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.ParameterSet;

class ContractTest {

  private static final LocalDate D = LocalDate.of(2026, 5, 4);

  private static Contract accepted(Either<Refusal, Change<Contract>> result) {
    assertTrue(result.isRight(), () -> "refused: " + result.getLeft().reasons());
    return result.get().state();
  }

  private static Refusal refused(Either<Refusal, Change<Contract>> result) {
    assertTrue(result.isLeft(), "accepted although it should be refused");
    return result.getLeft();
  }

  @Test
  void a_joint_contract_has_several_parties_and_belongs_to_the_year_its_task_starts() {
    Contract c = contract().addParties(ORG_B).build();
    assertTrue(c.isJoint());
    assertEquals(2026, c.year());
    assertTrue(c.usePeriodShorterThanBudgetYear());
  }

  @Test
  void a_contract_without_parties_with_a_negative_grant_and_a_share_above_100_percent_reports_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> contract().parties(List.of())
        .grantAmount(Money.of("-1.00")).allowedShiftShare(Percent.of(101)).build());
    assertEquals(List.of("PARTIES_EMPTY", "GRANT_AMOUNT_NEGATIVE", "ALLOWED_SHIFT_SHARE_RANGE"),
        e.problems().stream().map(p -> p.code()).toList());
  }

  @Test
  void a_shift_within_the_allowed_share_is_recorded_and_one_above_it_is_refused() {
    Either<Refusal, Change<Contract>> ok = contract().build().shiftCost(CostShift.of(0, 1, Money.of("300.00"), D), pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW);
    Contract c = accepted(ok);
    assertEquals(List.of(Money.of("7700.00"), Money.of("1800.00"), Money.of("500.00")), c.itemTotalsAfterShifts());
    assertEquals("ContractCostShifted", ok.get().events().get(0).type());
    assertEquals(List.of("FIN-COST-SHIFT"), refused(c.shiftCost(CostShift.of(2, 1, Money.of("0.01"), D), pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW)).codes());
  }

  @Test
  void a_shift_between_unknown_or_equal_items_of_a_non_positive_amount_is_refused_with_every_reason() {
    Refusal r = refused(contract().build().shiftCost(CostShift.of(5, 5, Money.ZERO, D), pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW));
    assertEquals(List.of("COST_ITEM_UNKNOWN", "COST_ITEM_UNKNOWN", "COST_SHIFT_SAME_ITEM", "COST_SHIFT_NOT_POSITIVE"),
        r.codes());
    assertEquals(List.of("COST_SHIFT_EXCEEDS_ITEM"), refused(contract().allowedShiftShare(Percent.HUNDRED).build()
        .shiftCost(CostShift.of(2, 1, Money.of("500.01"), D), pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW)).codes());
  }

  @Test
  void an_annex_with_a_new_budget_absorbs_earlier_shifts_and_changes_the_grant() {
    Contract shifted = accepted(contract().build().shiftCost(CostShift.of(0, 1, Money.of("300.00"), D), pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW));
    Budget newBudget = Budget.of(FinancingFixtures.item("koordynacja", 1, "9000.00", FundingSource.GRANT));
    Amendment annex = Amendment.builder().number(1).signedOn(D).description("nowy kosztorys").budget(newBudget)
        .grantAmount(Money.ofZloty(9_000)).build();
    Contract amended = accepted(shifted.amend(annex, NOW));
    assertEquals(List.of(), amended.costShifts());
    assertEquals(Money.ofZloty(9_000), amended.grantAmount());
    assertEquals(newBudget, amended.budget());
  }

  @Test
  void an_annex_out_of_order_before_the_contract_on_a_settled_contract_is_refused_with_every_reason() {
    Contract settled = contract().finalReport(new FinalReport(LocalDate.of(2026, 7, 1), Money.ofZloty(8_000))).build();
    Amendment bad = Amendment.builder().number(2).signedOn(LocalDate.of(2026, 1, 1)).description("x")
        .grantAmount(Money.of("-5.00")).build();
    assertEquals(List.of("AMENDMENT_NUMBER", "AMENDMENT_BEFORE_CONTRACT", "CONTRACT_SETTLED", "GRANT_AMOUNT_NEGATIVE"),
        refused(settled.amend(bad, NOW)).codes());
  }

  @Test
  void a_partial_report_demanded_30_days_ahead_is_recorded_and_29_days_ahead_refused() {
    LocalDate demanded = LocalDate.of(2026, 3, 2);
    Contract c = accepted(contract().build().demandPartialReport(demanded, LocalDate.of(2026, 4, 1),
        pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW));
    assertEquals(1, c.partialReportDemands().size());
    assertEquals(List.of("FIN-REPORT-PARTIAL"), refused(c.demandPartialReport(demanded, LocalDate.of(2026, 3, 31),
        pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW)).codes());
    Contract answered = accepted(c.submitPartialReport(0, LocalDate.of(2026, 3, 20), NOW));
    assertEquals(LocalDate.of(2026, 3, 20), answered.partialReportDemands().get(0).submittedOn().get());
    assertEquals(List.of("PARTIAL_REPORT_DUPLICATE", "PARTIAL_REPORT_BEFORE_DEMAND"),
        refused(answered.submitPartialReport(0, LocalDate.of(2026, 3, 1), NOW)).codes());
    assertEquals(List.of("DEMAND_UNKNOWN"), refused(answered.submitPartialReport(1, D, NOW)).codes());
  }

  @Test
  void an_overdue_earlier_demand_does_not_block_a_new_one() {
    Contract c = accepted(contract().build().demandPartialReport(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
        pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW));
    accepted(c.demandPartialReport(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 3), pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()), NOW));
  }

  @Test
  void a_final_report_is_recorded_once_after_the_task_and_a_faulty_one_refused_with_every_reason() {
    Contract c = accepted(contract().build().submitFinalReport(new FinalReport(LocalDate.of(2026, 7, 1),
        Money.ofZloty(7_500)), NOW));
    assertEquals(Money.ofZloty(500), c.unusedGrant().get());
    Refusal r = refused(c.submitFinalReport(new FinalReport(LocalDate.of(2026, 6, 1), Money.ofZloty(9_000)), NOW));
    assertEquals(List.of("FINAL_REPORT_DUPLICATE", "FINAL_REPORT_BEFORE_END", "GRANT_SPENT_ABOVE_GRANT"), r.codes());
    assertEquals(List.of("FINAL_REPORT_BEFORE_END", "GRANT_SPENT_NEGATIVE"), refused(contract().build()
        .submitFinalReport(new FinalReport(LocalDate.of(2026, 6, 29), Money.of("-0.01")), NOW)).codes());
  }

  @Test
  void misuse_findings_and_returns_are_recorded_and_faulty_ones_refused() {
    Contract c = accepted(contract().build().recordMisuse(new MisuseFinding(D, Money.ofZloty(100), "x"), NOW));
    c = accepted(c.recordReturn(new GrantReturn(ReturnKind.MISUSED, Money.ofZloty(100), D), NOW));
    assertEquals(Money.ofZloty(100), c.returned(ReturnKind.MISUSED));
    assertEquals(Money.ZERO, c.returned(ReturnKind.UNUSED));
    assertEquals(List.of("MISUSE_NOT_POSITIVE"), refused(c.recordMisuse(new MisuseFinding(D, Money.ZERO, "x"), NOW))
        .codes());
    assertEquals(List.of("MISUSE_ABOVE_GRANT"), refused(c.recordMisuse(new MisuseFinding(D, Money.of("8000.01"), "x"),
        NOW)).codes());
    assertEquals(List.of("RETURN_NOT_POSITIVE", "RETURN_BEFORE_CONTRACT"), refused(c.recordReturn(
        new GrantReturn(ReturnKind.UNUSED, Money.ZERO, LocalDate.of(2026, 1, 1)), NOW)).codes());
  }

  @Test
  void an_annex_may_change_the_task_period() {
    DateRange longer = DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30));
    Contract c = accepted(contract().build().amend(Amendment.builder().number(1).signedOn(D).description("dłużej")
        .taskPeriod(longer).build(), NOW));
    assertEquals(longer, c.taskPeriod());
    assertEquals(1, c.amendments().size());
  }

  @Test
  void joint_organisations_sign_one_contract() {
    assertEquals(List.of(ORG_A, ORG_B), contract().addParties(ORG_B).build().parties());
  }
}
