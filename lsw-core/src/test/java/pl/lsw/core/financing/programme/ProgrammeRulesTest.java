package pl.lsw.core.financing.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static pl.lsw.core.financing.FinancingFixtures.PRESIDENT;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;

class ProgrammeRulesTest {

  private static CooperationProgramme programme2027() {
    EnumSet<ProgrammeContent> statutory = EnumSet.allOf(ProgrammeContent.class);
    statutory.removeIf(ProgrammeContent::isSeedAddition);
    return CooperationProgramme.builder().body(PRESIDENT).year(2027).adoptedOn(LocalDate.of(2026, 11, 30))
        .contents(statutory).plannedGrantFunds(Money.ofZloty(1_000_000)).build();
  }

  private static List<Finding> check(CooperationProgramme p, LocalDate asOf) {
    return ProgrammeRules.check(p, asOf, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish())).findings();
  }

  private static List<String> keys(CooperationProgramme p, LocalDate asOf) {
    return check(p, asOf).stream().map(Finding::messageKey).toList();
  }

  @Test
  void a_programme_adopted_on_30_november_of_the_previous_year_with_the_eleven_items_passes() {
    assertEquals(List.of(), keys(programme2027(), LocalDate.of(2027, 6, 1)));
    assertEquals(11, programme2027().contents().size());
  }

  @Test
  void a_programme_adopted_on_1_december_fails_and_one_not_adopted_is_reported_only_after_30_november() {
    assertEquals(List.of("FIN-PROGRAMME.adoptedLate"), keys(programme2027().withAdoptedOn(LocalDate.of(2026, 12, 1)),
        LocalDate.of(2027, 1, 1)));
    CooperationProgramme none = CooperationProgramme.builder().from(programme2027()).adoptedOn(java.util.Optional.empty())
        .build();
    assertEquals(List.of(), keys(none, LocalDate.of(2026, 11, 30)));
    assertEquals(List.of("FIN-PROGRAMME.notAdopted"), keys(none, LocalDate.of(2026, 12, 1)));
  }

  @Test
  void every_missing_item_is_reported_and_the_seed_items_are_required_for_cooperative_problem_solving() {
    List<Finding> f = check(programme2027().withContents(EnumSet.of(ProgrammeContent.GOALS)), LocalDate.of(2027, 1, 1));
    assertEquals(10, f.size());
    assertEquals("The cooperation programme for 2027 does not state principles of cooperation.", f.get(0).message(Locale.ENGLISH));
    assertEquals(List.of("FIN-PROGRAMME.missingContent", "FIN-PROGRAMME.missingContent"),
        keys(programme2027().withCoversCooperativeProblemSolving(true), LocalDate.of(2027, 1, 1)));
  }

  @Test
  void the_report_published_on_31_may_of_the_next_year_passes_and_on_1_june_fails() {
    assertEquals(List.of(), keys(programme2027().withReportPublishedOn(LocalDate.of(2028, 5, 31)), LocalDate.of(2029, 1, 1)));
    assertEquals(List.of("FIN-PROGRAMME.reportLate"),
        keys(programme2027().withReportPublishedOn(LocalDate.of(2028, 6, 1)), LocalDate.of(2029, 1, 1)));
    assertEquals(List.of(), keys(programme2027(), LocalDate.of(2028, 5, 31)));
    assertEquals(List.of("FIN-PROGRAMME.reportOverdue"), keys(programme2027(), LocalDate.of(2028, 6, 1)));
  }

  @Test
  void the_programme_states_the_planned_grant_budget_and_refuses_a_negative_one() {
    assertEquals(new PlannedGrantBudget(PRESIDENT, 2027, Money.ofZloty(1_000_000)), programme2027().plannedBudget());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> CooperationProgramme.builder()
        .from(programme2027()).year(1990).plannedGrantFunds(Money.of("-1.00")).build());
    assertEquals(List.of("YEAR_RANGE", "PLANNED_GRANT_FUNDS_NEGATIVE"), e.problems().stream().map(p -> p.code()).toList());
  }
}
