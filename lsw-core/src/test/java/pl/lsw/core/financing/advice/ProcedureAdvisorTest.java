package pl.lsw.core.financing.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.smallgrant.GrantHistory;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantGen;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ReferenceData;
import pl.lsw.core.rules.StatutoryParameters;

class ProcedureAdvisorTest {

  static final LocalDate DATE = LocalDate.of(2026, 3, 2);
  final ProcedureAdvisor advisor = ProcedureAdvisor.statutory();
  final GrantHistory history = GrantHistory.fixed(Money.ZERO, Money.ZERO,
      Optional.of(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(1_000_000))));

  static ProcedureQuestion question(Money amount, long days) {
    return ProcedureQuestion.builder().amount(amount).taskPeriod(DateRange.ofDays(DATE.plusDays(30), days))
        .organisation(SmallGrantGen.organisation(1)).body(SmallGrantGen.WARSAW).date(DATE)
        .taskTitle("Warsztaty dla rodziców").build();
  }

  static List<String> codes(ProcedureVerdict v) {
    return v.refusingFindings().stream().map(f -> f.code().value()).toList();
  }

  @Test
  void a_task_of_10_000_zl_and_90_days_may_be_a_small_grant_a_competition_or_an_own_initiative() {
    List<ProcedureVerdict> verdicts = advisor.advise(question(Money.of("10000.00"), 90), history);
    assertEquals(List.of(FundingProcedure.SMALL_GRANT, FundingProcedure.OPEN_COMPETITION_SUPPORT,
        FundingProcedure.OPEN_COMPETITION_ENTRUSTING, FundingProcedure.COOPERATIVE_PROBLEM_SOLVING,
        FundingProcedure.OWN_INITIATIVE), verdicts.stream().map(ProcedureVerdict::procedure).toList());
    assertEquals(List.of(FundingProcedure.SMALL_GRANT, FundingProcedure.OPEN_COMPETITION_SUPPORT,
            FundingProcedure.OPEN_COMPETITION_ENTRUSTING, FundingProcedure.OWN_INITIATIVE),
        advisor.lawfulProcedures(question(Money.of("10000.00"), 90), history));
  }

  @Test
  void a_task_of_10_000_zl_and_1_grosz_is_refused_the_small_grant_by_the_amount_rule_and_the_competition_is_lawful() {
    ProcedureQuestion q = question(Money.of("10000.01"), 30);
    ProcedureVerdict small = advisor.verdictOn(FundingProcedure.SMALL_GRANT, q, history).get();
    assertFalse(small.isLawful());
    assertEquals(List.of("FIN-SMALL-GRANT-AMOUNT"), codes(small));
    assertFalse(small.refusingFindings().get(0).message(Locale.ENGLISH).startsWith("!"));
    assertTrue(advisor.verdictOn(FundingProcedure.OPEN_COMPETITION_SUPPORT, q, history).get().isLawful());
    assertTrue(advisor.verdictOn(FundingProcedure.OPEN_COMPETITION_ENTRUSTING, q, history).get().isLawful());
  }

  @Test
  void a_91_day_task_of_a_non_local_character_is_refused_the_small_grant_by_both_rules() {
    ProcedureQuestion q = question(Money.ofZloty(5_000), 91).withLocalOrRegional(false);
    assertEquals(List.of("FIN-SMALL-GRANT-DURATION", "FIN-SMALL-GRANT-SCOPE"),
        codes(advisor.verdictOn(FundingProcedure.SMALL_GRANT, q, history).get()));
  }

  @Test
  void the_small_grant_counts_every_grant_of_the_organisation_that_year_for_the_cap() {
    SmallGrant later = SmallGrantGen.received(1, Money.ofZloty(15_000), LocalDate.of(2026, 11, 2));
    GrantHistory h = GrantHistory.of(List.of(later),
        List.of(new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(1_000_000))));
    assertTrue(advisor.verdictOn(FundingProcedure.SMALL_GRANT, question(Money.ofZloty(5_000), 30), h).get().isLawful());
    assertEquals(List.of("FIN-SMALL-GRANT-YEARLY-CAP"),
        codes(advisor.verdictOn(FundingProcedure.SMALL_GRANT, question(Money.of("5000.01"), 30), h).get()));
  }

  @Test
  void without_a_planned_budget_the_small_grant_is_refused_by_the_budget_share_rule() {
    assertEquals(List.of("FIN-SMALL-GRANT-BUDGET-SHARE"), codes(advisor.verdictOn(FundingProcedure.SMALL_GRANT,
        question(Money.ofZloty(5_000), 30), GrantHistory.none()).get()));
  }

  @Test
  void support_mode_notes_the_own_contribution_needed_for_an_80_percent_share() {
    ProcedureVerdict v = advisor.verdictOn(FundingProcedure.OPEN_COMPETITION_SUPPORT, question(Money.ofZloty(8_000), 30),
        history).get();
    assertTrue(v.isLawful());
    Finding note = v.notes().get(0);
    assertEquals(Money.ofZloty(10_000), note.arguments().get("minimumCost"));
    assertTrue(note.message(Locale.ENGLISH).contains("at least"), note.message(Locale.ENGLISH));
  }

  @Test
  void cooperative_problem_solving_needs_two_organisations_and_a_problem_defined_by_the_local_government() {
    ProcedureQuestion alone = question(Money.ofZloty(200_000), 365);
    assertEquals(List.of("FIN-ADVICE-COOP-PARTNERS", "FIN-ADVICE-COOP-PROBLEM"),
        codes(advisor.verdictOn(FundingProcedure.COOPERATIVE_PROBLEM_SOLVING, alone, history).get()));
    ProcedureQuestion joint = alone.withJointOfferOrganisations(2).withProblemDefinedByLocalGovernment(true);
    assertTrue(advisor.verdictOn(FundingProcedure.COOPERATIVE_PROBLEM_SOLVING, joint, history).get().isLawful());
  }

  @Test
  void a_grant_of_20_000_zl_may_be_a_small_grant_from_the_validity_date_of_the_2025_draft() {
    ProcedureAdvisor draft = ProcedureAdvisor.standard(
        pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory().overlay(StatutoryParameters.draft2025(DATE)), pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertTrue(draft.verdictOn(FundingProcedure.SMALL_GRANT, question(Money.ofZloty(20_000), 30), history).get().isLawful());
    assertFalse(draft.verdictOn(FundingProcedure.SMALL_GRANT, question(Money.ofZloty(20_000), 30).withDate(DATE.minusDays(1)),
        history).get().isLawful());
  }

  @Test
  void a_new_procedure_is_advised_on_by_adding_its_check_without_changing_the_others() {
    ProcedureAdvisor extended = advisor.with(ProcedureAdvisor.byRules(FundingProcedure.PUBLIC_SOCIAL_PARTNERSHIP, List.of()));
    assertEquals(6, extended.procedures().size());
    assertTrue(extended.verdictOn(FundingProcedure.PUBLIC_SOCIAL_PARTNERSHIP, question(Money.ofZloty(1), 1), history)
        .get().isLawful());
    assertEquals(5, advisor.procedures().size());
  }
}
