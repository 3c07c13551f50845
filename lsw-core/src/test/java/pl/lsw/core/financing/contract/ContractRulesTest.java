package pl.lsw.core.financing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingFixtures;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;

class ContractRulesTest {

  private static List<Finding> check(Contract c, Rule<Contract> rule, LocalDate asOf) {
    return check(c, rule, asOf, ParameterSet.statutory());
  }

  private static List<Finding> check(Contract c, Rule<Contract> rule, LocalDate asOf, ParameterSet parameters) {
    RuleReport r = RuleEngine.evaluate(c, "contract", List.of(rule), asOf, parameters,
        pl.lsw.core.rules.ReferenceData.empty().with(pl.lsw.core.kernel.WorkingDayCalendar.class, pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertTrue(r.isComplete(), r::toString);
    return r.findings();
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(Finding::messageKey).toList();
  }

  private static final LocalDate D = LocalDate.of(2026, 1, 1);

  // FIN-COST-SHIFT: item 1 (materials) is 1 500,00 zł; 20% of it is 300,00 zł

  @Test
  void an_item_growing_by_exactly_the_allowed_share_passes() {
    Contract c = contract().addCostShift(CostShift.of(0, 1, Money.of("300.00"), D)).build();
    assertEquals(List.of(), check(c, ContractRules.COST_SHIFT, D));
  }

  @Test
  void an_item_growing_by_a_grosz_more_than_the_allowed_share_fails_in_both_languages() {
    Contract c = contract().addCostShift(CostShift.of(0, 1, Money.of("200.00"), D))
        .addCostShift(CostShift.of(2, 1, Money.of("100.01"), D)).build();
    List<Finding> f = check(c, ContractRules.COST_SHIFT, D);
    assertEquals(List.of("FIN-COST-SHIFT.tooHigh"), keys(f));
    assertEquals("budget.items[1]", f.get(0).path());
    assertEquals("Item 1 (materiały) grew by 300.01 PLN of 1500.00 PLN, above the allowed 20%.",
        f.get(0).message(Locale.ENGLISH));
    assertTrue(f.get(0).message(new Locale("pl")).startsWith("Pozycja 1 (materiały) wzrosła o 300,01"),
        f.get(0).message(new Locale("pl")));
  }

  @Test
  void shifts_back_and_forth_count_by_their_net_effect_and_an_empty_item_may_not_grow() {
    Contract c = contract().addCostShift(CostShift.of(0, 1, Money.of("500.00"), D))
        .addCostShift(CostShift.of(1, 0, Money.of("200.00"), D)).build();
    assertEquals(List.of(), check(c, ContractRules.COST_SHIFT, D));
    Contract empty = contract().budget(Budget.of(FinancingFixtures.item("a", 1, "100.00", FundingSource.GRANT),
        FinancingFixtures.item("b", 1, "0.00", FundingSource.GRANT)))
        .addCostShift(CostShift.of(0, 1, Money.of("0.01"), D)).build();
    assertEquals(List.of("FIN-COST-SHIFT.tooHigh"), keys(check(empty, ContractRules.COST_SHIFT, D)));
  }

  // FIN-REPORT-FINAL: the task ends on 4 June 2026; 30 days later is Saturday 4 July, so Monday 6 July

  private static Contract endingJune4() {
    return contract().taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 4))).build();
  }

  @Test
  void a_final_report_on_the_deadline_moved_past_a_weekend_passes_and_a_day_later_fails() {
    Contract onTime = endingJune4().withFinalReport(new FinalReport(LocalDate.of(2026, 7, 6), Money.ofZloty(8_000)));
    assertEquals(List.of(), check(onTime, ContractRules.REPORT_FINAL, LocalDate.of(2026, 12, 31)));
    Contract late = endingJune4().withFinalReport(new FinalReport(LocalDate.of(2026, 7, 7), Money.ofZloty(8_000)));
    List<Finding> f = check(late, ContractRules.REPORT_FINAL, LocalDate.of(2026, 12, 31));
    assertEquals(List.of("FIN-REPORT-FINAL.late"), keys(f));
    assertEquals(LocalDate.of(2026, 7, 6), f.get(0).arguments().get("due"));
  }

  @Test
  void a_missing_final_report_is_overdue_only_after_the_deadline() {
    assertEquals(List.of(), check(endingJune4(), ContractRules.REPORT_FINAL, LocalDate.of(2026, 7, 6)));
    assertEquals(List.of("FIN-REPORT-FINAL.overdue"),
        keys(check(endingJune4(), ContractRules.REPORT_FINAL, LocalDate.of(2026, 7, 7))));
  }

  @Test
  void a_task_ending_before_independence_day_gets_its_final_report_deadline_moved_off_the_holiday() {
    Contract c = contract().taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 12)))
        .finalReport(new FinalReport(LocalDate.of(2026, 11, 12), Money.ZERO)).build();
    assertEquals(List.of(), check(c, ContractRules.REPORT_FINAL, LocalDate.of(2026, 12, 31)));
  }

  @Test
  void the_final_report_period_valid_on_the_tasks_end_applies() {
    ParameterSet longer = ParameterSet.statutory().with(StatutoryParameters.REPORT_FINAL_DAYS, LocalDate.of(2026, 6, 4), 60);
    Contract late = endingJune4().withFinalReport(new FinalReport(LocalDate.of(2026, 7, 7), Money.ofZloty(8_000)));
    assertEquals(List.of(), check(late, ContractRules.REPORT_FINAL, LocalDate.of(2026, 12, 31), longer));
    ParameterSet tooLate = ParameterSet.statutory().with(StatutoryParameters.REPORT_FINAL_DAYS, LocalDate.of(2026, 6, 5), 60);
    assertEquals(1, check(late, ContractRules.REPORT_FINAL, LocalDate.of(2026, 12, 31), tooLate).size());
  }

  // FIN-REPORT-PARTIAL: demanded on Monday 2 March 2026, due no sooner than 1 April

  @Test
  void a_partial_report_due_30_days_after_the_demand_passes_and_29_days_fails() {
    Contract ok = contract().addPartialReportDemand(new PartialReportDemand(LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 4, 1), Optional.of(LocalDate.of(2026, 4, 1)))).build();
    assertEquals(List.of(), check(ok, ContractRules.REPORT_PARTIAL, LocalDate.of(2026, 12, 31)));
    Contract early = contract().addPartialReportDemand(new PartialReportDemand(LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 31), Optional.of(LocalDate.of(2026, 3, 31)))).build();
    assertEquals(List.of("FIN-REPORT-PARTIAL.dueTooEarly"),
        keys(check(early, ContractRules.REPORT_PARTIAL, LocalDate.of(2026, 12, 31))));
  }

  @Test
  void a_partial_report_after_its_due_date_is_late_and_a_missing_one_overdue() {
    Contract late = contract().addPartialReportDemand(new PartialReportDemand(LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 4, 1), Optional.of(LocalDate.of(2026, 4, 2)))).build();
    assertEquals(List.of("FIN-REPORT-PARTIAL.late"), keys(check(late, ContractRules.REPORT_PARTIAL, D.plusYears(1))));
    Contract missing = contract().addPartialReportDemand(new PartialReportDemand(LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 4, 1), Optional.empty())).build();
    assertEquals(List.of(), check(missing, ContractRules.REPORT_PARTIAL, LocalDate.of(2026, 4, 1)));
    assertEquals(List.of("FIN-REPORT-PARTIAL.overdue"),
        keys(check(missing, ContractRules.REPORT_PARTIAL, LocalDate.of(2026, 4, 2))));
  }

  // FIN-RETURN-UNUSED: use period ends on Tuesday 30 June 2026; 15 days later is Wednesday 15 July

  private static Contract spent7000() {
    return contract().finalReport(new FinalReport(LocalDate.of(2026, 7, 1), Money.ofZloty(7_000))).build();
  }

  @Test
  void the_unused_part_returned_15_days_after_the_use_period_passes_and_a_day_later_fails() {
    Contract inTime = spent7000().withReturns(List.of(new GrantReturn(ReturnKind.UNUSED, Money.ofZloty(1_000),
        LocalDate.of(2026, 7, 15))));
    assertEquals(List.of(), check(inTime, ContractRules.RETURN_UNUSED, LocalDate.of(2026, 12, 31)));
    Contract late = spent7000().withReturns(List.of(new GrantReturn(ReturnKind.UNUSED, Money.ofZloty(1_000),
        LocalDate.of(2026, 7, 16))));
    List<Finding> f = check(late, ContractRules.RETURN_UNUSED, LocalDate.of(2026, 7, 16));
    assertEquals(List.of("FIN-RETURN-UNUSED.notReturned"), keys(f));
    assertEquals(Money.ofZloty(1_000), f.get(0).arguments().get("unused"));
  }

  @Test
  void an_unused_part_not_returned_is_a_violation_only_once_the_deadline_passed() {
    assertEquals(List.of(), check(spent7000(), ContractRules.RETURN_UNUSED, LocalDate.of(2026, 7, 15)));
    assertEquals(1, check(spent7000(), ContractRules.RETURN_UNUSED, LocalDate.of(2026, 7, 16)).size());
    Contract partly = spent7000().withReturns(List.of(new GrantReturn(ReturnKind.UNUSED, Money.of("999.99"),
        LocalDate.of(2026, 7, 1))));
    assertEquals(1, check(partly, ContractRules.RETURN_UNUSED, LocalDate.of(2026, 7, 16)).size());
  }

  // use period to 31 December 2026: the unused part goes back by 31 January 2027, a Sunday, so by
  // Monday 1 February 2027

  private static Contract yearEndSpent7000() {
    return contract().taskPeriod(DateRange.ofOrThrow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31)))
        .finalReport(new FinalReport(LocalDate.of(2027, 1, 5), Money.ofZloty(7_000))).build();
  }

  @Test
  void a_part_unused_by_the_end_of_the_budget_year_returned_by_the_moved_31_january_passes_and_a_day_later_fails() {
    Contract inTime = yearEndSpent7000().withReturns(List.of(new GrantReturn(ReturnKind.UNUSED,
        Money.ofZloty(1_000), LocalDate.of(2027, 2, 1))));
    assertEquals(List.of(), check(inTime, ContractRules.RETURN_UNUSED, LocalDate.of(2027, 12, 31)));
    Contract late = yearEndSpent7000().withReturns(List.of(new GrantReturn(ReturnKind.UNUSED,
        Money.ofZloty(1_000), LocalDate.of(2027, 2, 2))));
    List<Finding> f = check(late, ContractRules.RETURN_UNUSED, LocalDate.of(2027, 12, 31));
    assertEquals(List.of("FIN-RETURN-UNUSED.notReturnedByYearEnd"), keys(f));
    assertEquals(LocalDate.of(2027, 2, 1), f.get(0).arguments().get("due"));
  }

  @Test
  void a_year_end_balance_not_returned_is_a_violation_only_after_31_january() {
    assertEquals(List.of(), check(yearEndSpent7000(), ContractRules.RETURN_UNUSED, LocalDate.of(2027, 2, 1)));
    assertEquals(1, check(yearEndSpent7000(), ContractRules.RETURN_UNUSED, LocalDate.of(2027, 2, 2)).size());
  }

  // FIN-RETURN-MISUSED: found on Saturday 18 April 2026; 15 days later is Sunday 3 May (a holiday), so Monday 4 May

  private static Contract misused() {
    return contract().addMisuseFinding(new MisuseFinding(LocalDate.of(2026, 4, 18), Money.ofZloty(500), "catering"))
        .build();
  }

  @Test
  void a_misused_amount_returned_on_the_moved_deadline_passes_and_a_day_later_fails() {
    Contract inTime = misused().withReturns(List.of(new GrantReturn(ReturnKind.MISUSED, Money.ofZloty(500),
        LocalDate.of(2026, 5, 4))));
    assertEquals(List.of(), check(inTime, ContractRules.RETURN_MISUSED, LocalDate.of(2026, 12, 31)));
    Contract late = misused().withReturns(List.of(new GrantReturn(ReturnKind.MISUSED, Money.ofZloty(500),
        LocalDate.of(2026, 5, 5))));
    List<Finding> f = check(late, ContractRules.RETURN_MISUSED, LocalDate.of(2026, 12, 31));
    assertEquals(List.of("FIN-RETURN-MISUSED.notReturned"), keys(f));
    assertEquals(LocalDate.of(2026, 5, 4), f.get(0).arguments().get("due"));
  }

  @Test
  void an_unused_return_does_not_pay_for_a_misuse_and_nothing_is_due_before_the_deadline() {
    Contract wrongKind = misused().withReturns(List.of(new GrantReturn(ReturnKind.UNUSED, Money.ofZloty(500),
        LocalDate.of(2026, 4, 20))));
    assertEquals(List.of(), check(wrongKind, ContractRules.RETURN_MISUSED, LocalDate.of(2026, 5, 4)));
    assertEquals(1, check(wrongKind, ContractRules.RETURN_MISUSED, LocalDate.of(2026, 5, 5)).size());
  }

  @Test
  void a_compliant_contract_passes_the_whole_rule_set() {
    Contract c = contract().finalReport(new FinalReport(LocalDate.of(2026, 7, 10), Money.ofZloty(8_000)))
        .allowedShiftShare(Percent.of(10)).build();
    RuleReport report = ContractRules.check(c, LocalDate.of(2027, 1, 1), pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertTrue(report.isCompliant(), report::toString);
    assertEquals(5, report.rulesEvaluated().size());
  }
}
