package pl.lsw.core.financing.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.financing.FinancingFixtures.NOW;
import static pl.lsw.core.financing.FinancingFixtures.ORG_A;
import static pl.lsw.core.financing.FinancingFixtures.PRESIDENT;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;

class OwnInitiativeProposalTest {

  /** Thursday 15 January 2026; a month later is Sunday 15 February, so the due day is Monday 16 February. */
  private static final LocalDate RECEIVED = LocalDate.of(2026, 1, 15);

  private static OwnInitiativeProposal proposal() {
    return OwnInitiativeProposal.builder().id(ProposalId.of(new UUID(1, 1))).body(PRESIDENT).addOrganisations(ORG_A)
        .task("Klub rodzica").receivedOn(RECEIVED).build();
  }

  private static List<String> keys(OwnInitiativeProposal p, LocalDate asOf) {
    return InitiativeRules.check(p, asOf, pl.lsw.core.rules.RuleEnvironment.of(ParameterSet.statutory(), pl.lsw.core.kernel.WorkingDayCalendar.polish())).findings().stream().map(Finding::messageKey).toList();
  }

  @Test
  void a_proposal_assessed_on_the_moved_due_day_passes_and_a_day_later_fails() {
    OwnInitiativeProposal onTime = proposal().assess(ProposalDecision.WORTH_DOING, LocalDate.of(2026, 2, 16), NOW)
        .get().state();
    assertEquals(List.of(), keys(onTime, LocalDate.of(2026, 12, 31)));
    OwnInitiativeProposal late = proposal().assess(ProposalDecision.NOT_WORTH_DOING, LocalDate.of(2026, 2, 17), NOW)
        .get().state();
    assertEquals(List.of("FIN-OWN-INITIATIVE.late"), keys(late, LocalDate.of(2026, 12, 31)));
  }

  @Test
  void an_unassessed_proposal_is_overdue_only_after_the_due_day() {
    assertEquals(List.of(), keys(proposal(), LocalDate.of(2026, 2, 16)));
    assertEquals(List.of("FIN-OWN-INITIATIVE.overdue"), keys(proposal(), LocalDate.of(2026, 2, 17)));
  }

  @Test
  void a_second_assessment_dated_before_receipt_is_refused_with_every_reason() {
    var assessed = proposal().assess(ProposalDecision.WORTH_DOING, LocalDate.of(2026, 2, 1), NOW);
    assertEquals("OwnInitiativeProposalAssessed", assessed.get().events().get(0).type());
    var again = assessed.get().state().assess(ProposalDecision.WORTH_DOING, LocalDate.of(2026, 1, 1), NOW);
    assertTrue(again.isLeft());
    assertEquals(List.of("PROPOSAL_ASSESSED", "ASSESSMENT_BEFORE_RECEIPT"), again.getLeft().codes());
  }

  @Test
  void a_proposal_without_organisations_or_task_reports_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> OwnInitiativeProposal.builder()
        .from(proposal()).organisations(List.of()).task("").decision(ProposalDecision.WORTH_DOING).build());
    assertEquals(List.of("ORGANISATIONS_EMPTY", "TASK_EMPTY", "DECISION_INCOMPLETE"),
        e.problems().stream().map(p -> p.code()).toList());
  }
}
