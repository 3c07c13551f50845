package pl.lsw.core.process;

import java.time.Clock;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.governance.ActingPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.process.ProcessFixtures.ANIMATOR;
import static pl.lsw.core.process.ProcessFixtures.CLOCK;
import static pl.lsw.core.process.ProcessFixtures.MANAGER;
import static pl.lsw.core.process.ProcessFixtures.MINUTES;
import static pl.lsw.core.process.ProcessFixtures.PARTNERSHIP;
import static pl.lsw.core.process.ProcessFixtures.TODAY;
import static pl.lsw.core.process.ProcessFixtures.done;
import static pl.lsw.core.process.ProcessFixtures.doneAll;
import static pl.lsw.core.process.ProcessFixtures.started;

import io.vavr.control.Either;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Problem;

class ProcessInstanceTest {

  private static final ProcessDefinition LSW = StandardProcesses.LSW_STAGES;
  private static final ProcessDefinition MK = StandardProcesses.COOPERATION_MODEL_FIRST_IMPLEMENTATION;
  private static final ProcessDefinition BANK = StandardProcesses.ACTION_BANK_LOOP;
  private static final ProcessDefinition DPZM = StandardProcesses.DPZM_CYCLE;
  private static final LocalDate JAN = LocalDate.of(2026, 1, 15);

  private static final String[] MK_UP_TO_9_1 = {"1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3", "4",
      "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3", "8", "9.1"};

  private static Refusal refused(Either<Refusal, Change<ProcessInstance>> result) {
    assertTrue(result.isLeft(), () -> "expected a refusal, got " + result);
    return result.getLeft();
  }

  private static Change<ProcessInstance> accepted(Either<Refusal, Change<ProcessInstance>> result) {
    assertTrue(result.isRight(), () -> "expected acceptance, got " + result);
    return result.get();
  }

  // ---------------------------------------------------------------- start

  @Test
  void starting_a_process_records_the_partnership_the_definition_and_the_first_iteration() {
    Change<ProcessInstance> change = accepted(ProcessInstance.start(
        ProcessFixtures.INSTANCE, PARTNERSHIP, MK, JAN, MANAGER, CLOCK));
    ProcessInstance instance = change.state();
    assertEquals(0L, instance.version());
    assertEquals(PARTNERSHIP, instance.partnershipId());
    assertEquals(MK.code(), instance.definitionCode());
    assertEquals(1, instance.definitionVersion());
    assertEquals(1, instance.currentIteration().number());
    assertEquals(JAN, instance.startedOn());
    assertEquals(MANAGER, instance.startedBy());
    ProcessStarted event = assertInstanceOf(ProcessStarted.class, change.events().get(0));
    assertEquals(CLOCK.instant(), event.occurredAt());
    assertEquals(ProcessFixtures.INSTANCE.toString(), event.aggregateId());
    assertEquals("ProcessStarted", event.type());
  }

  @Test
  void a_process_may_start_today_but_not_tomorrow() {
    assertTrue(ProcessInstance.start(ProcessFixtures.INSTANCE, PARTNERSHIP, MK, TODAY, MANAGER, CLOCK).isRight());
    Refusal refusal = refused(ProcessInstance.start(
        ProcessFixtures.INSTANCE, PARTNERSHIP, MK, TODAY.plusDays(1), MANAGER, CLOCK));
    assertEquals(List.of("PROCESS_DATE_IN_FUTURE"), refusal.codes());
  }

  // ---------------------------------------------------------------- prerequisites

  @Test
  void a_step_whose_prerequisites_are_not_done_is_refused_naming_every_missing_step_by_code_and_title() {
    ProcessInstance instance = started(LSW, JAN);
    Refusal refusal = refused(instance.completeStep(LSW,
        MANAGER, "2.3", TODAY, MINUTES, CLOCK));
    List<Problem> missing = refusal.reasons("PROCESS_STEP_PREREQUISITE_MISSING");
    assertEquals(List.of("prerequisites[1.1]", "prerequisites[2.1]", "prerequisites[2.2]"),
        missing.stream().map(Problem::path).toList());
    assertTrue(missing.get(2).message().contains("2.2 \"Choosing the members of the LSW Steering Committee\""),
        missing.get(2).message());
    assertTrue(refusal.message().contains("1.1") && refusal.message().contains("2.1"));
    assertEquals(3, refusal.reasons().size());
  }

  @Test
  void a_step_is_accepted_once_its_prerequisites_are_done_and_the_history_records_day_actor_and_evidence() {
    ProcessInstance instance = doneAll(started(LSW, JAN), LSW, JAN, "1.1", "2.1");
    EvidenceReference resolution = EvidenceReference.of("resolution 12/2026", URI.create("https://example.org/r/12"));
    Change<ProcessInstance> change = accepted(instance.completeStep(LSW,
        ANIMATOR, "2.2", LocalDate.of(2026, 2, 1), resolution, CLOCK));
    StepCompletion last = change.state().history().get(2);
    assertEquals("2.2", last.stepCode());
    assertEquals(LocalDate.of(2026, 2, 1), last.completedOn());
    assertEquals(ANIMATOR, last.actor());
    assertEquals(resolution, last.evidence());
    assertEquals(1, last.iteration());
    assertEquals(CLOCK.instant(), last.recordedAt());
    StepCompleted event = assertInstanceOf(StepCompleted.class, change.events().get(0));
    assertEquals(last, event.completion());
    assertEquals(1, change.events().size());
  }

  @Test
  void a_model_kooperacji_sub_step_needs_every_sub_step_of_the_previous_step() {
    ProcessInstance instance = doneAll(started(MK, JAN), MK, JAN, "1.1", "1.2", "2.1", "2.2");
    Refusal refusal = refused(instance.completeStep(MK, MANAGER, "3", JAN, MINUTES, CLOCK));
    assertEquals(List.of("prerequisites[2.3]", "prerequisites[2.4]"),
        refusal.reasons("PROCESS_STEP_PREREQUISITE_MISSING").stream().map(Problem::path).toList());
  }

  @Test
  void a_step_done_already_in_this_iteration_is_refused() {
    ProcessInstance instance = done(started(LSW, JAN), LSW, "1.1", JAN);
    Refusal refusal = refused(instance.completeStep(LSW, MANAGER, "1.1", JAN, MINUTES, CLOCK));
    assertEquals(List.of("PROCESS_STEP_ALREADY_DONE"), refusal.codes());
  }

  @Test
  void an_unknown_step_is_refused_and_so_is_a_step_with_sub_steps() {
    ProcessInstance instance = started(MK, JAN);
    assertEquals(List.of("PROCESS_STEP_UNKNOWN"),
        refused(instance.completeStep(MK, MANAGER, "11", JAN, MINUTES, CLOCK)).codes());
    Refusal parent = refused(instance.completeStep(MK, MANAGER, "1", JAN, MINUTES, CLOCK));
    assertEquals(List.of("PROCESS_STEP_NOT_COMPLETABLE"), parent.codes());
    assertTrue(parent.message().contains("1.1, 1.2"));
  }

  @Test
  void a_command_with_another_definition_is_refused() {
    ProcessInstance instance = started(MK, JAN);
    assertEquals(List.of("PROCESS_DEFINITION_MISMATCH"),
        refused(instance.completeStep(LSW, MANAGER, "1.1", JAN, MINUTES, CLOCK)).codes());
  }

  @Test
  void a_refusal_collects_every_reason_at_once() {
    ProcessInstance instance = started(MK, TODAY);
    Refusal refusal = refused(instance.completeStep(MK,
        MANAGER, "9.2", TODAY.plusDays(1), MINUTES, CLOCK));
    assertTrue(refusal.has("PROCESS_DATE_IN_FUTURE"));
    assertTrue(refusal.has("PROCESS_DECISION_MISSING"));
    assertEquals(19, refusal.reasons("PROCESS_STEP_PREREQUISITE_MISSING").size());
  }

  // ---------------------------------------------------------------- dates

  @Test
  void a_step_may_be_dated_today_but_not_tomorrow() {
    ProcessInstance instance = started(LSW, JAN);
    assertTrue(instance.completeStep(LSW, MANAGER, "1.1", TODAY, MINUTES, CLOCK).isRight());
    assertEquals(List.of("PROCESS_DATE_IN_FUTURE"), refused(instance.completeStep(LSW,
        MANAGER, "1.1", TODAY.plusDays(1), MINUTES, CLOCK)).codes());
  }

  @Test
  void a_step_may_share_its_prerequisites_day_but_not_precede_it() {
    ProcessInstance instance = done(started(LSW, JAN), LSW, "1.1", LocalDate.of(2026, 3, 10));
    assertTrue(instance.completeStep(LSW,
        MANAGER, "2.1", LocalDate.of(2026, 3, 10), MINUTES, CLOCK).isRight());
    Refusal refusal = refused(instance.completeStep(LSW,
        MANAGER, "2.1", LocalDate.of(2026, 3, 9), MINUTES, CLOCK));
    assertEquals(List.of("PROCESS_STEP_DATE_BEFORE_PREREQUISITE"), refusal.codes());
    assertTrue(refusal.message().contains("2026-03-10"), refusal.message());
  }

  @Test
  void a_step_cannot_precede_the_start_of_its_iteration() {
    ProcessInstance instance = started(LSW, JAN);
    assertEquals(List.of("PROCESS_DATE_BEFORE_ITERATION"), refused(instance.completeStep(LSW,
        MANAGER, "1.1", JAN.minusDays(1), MINUTES, CLOCK)).codes());
  }

  // ---------------------------------------------------------------- decisions

  @Test
  void step_9_2_needs_a_decision_and_other_steps_refuse_one() {
    ProcessInstance instance = doneAll(started(MK, JAN), MK, JAN, MK_UP_TO_9_1);
    assertEquals(List.of("PROCESS_DECISION_MISSING"),
        refused(instance.completeStep(MK, MANAGER, "9.2", JAN, MINUTES, CLOCK)).codes());
    ProcessInstance fresh = started(MK, JAN);
    assertEquals(List.of("PROCESS_DECISION_NOT_EXPECTED"), refused(fresh.completeStep(MK,
        MANAGER, "1.1", JAN, MINUTES, Optional.of(ContinuationDecision.CLOSE), CLOCK)).codes());
  }

  // ---------------------------------------------------------------- position

  @Test
  void the_position_shows_the_available_steps_and_the_current_stage() {
    ProcessInstance instance = started(MK, JAN);
    ProcessPosition start = instance.position(MK);
    assertEquals(List.of("1.1"), start.availableStepCodes());
    assertEquals("I", start.currentStage().get().code());
    instance = doneAll(instance, MK, JAN, "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3", "4", "5.1", "5.2", "5.3");
    ProcessPosition atSix = instance.position(MK);
    assertEquals(List.of("6.1", "6.2", "6.3"), atSix.availableStepCodes());
    assertEquals("II", atSix.currentStage().get().code());
    assertFalse(atSix.complete());
    assertTrue(atSix.availableLoops().isEmpty());
  }

  @Test
  void completing_the_last_step_completes_the_process_and_says_so() {
    ProcessInstance instance = doneAll(started(LSW, JAN), LSW, JAN,
        LSW.completableSteps().stream().map(ProcessStep::code).limit(15).toArray(String[]::new));
    Change<ProcessInstance> change = accepted(instance.completeStep(LSW, MANAGER, "4.4", JAN, MINUTES, CLOCK));
    assertEquals(2, change.events().size());
    ProcessCompleted completed = assertInstanceOf(ProcessCompleted.class, change.events().get(1));
    assertEquals(1, completed.iteration());
    assertTrue(change.state().isComplete(LSW));
    ProcessPosition end = change.state().position(LSW);
    assertTrue(end.complete());
    assertTrue(end.currentStage().isEmpty());
    assertTrue(end.availableSteps().isEmpty());
    assertEquals(16, end.doneSteps().size());
  }

  // ---------------------------------------------------------------- the Model Kooperacji loop

  private static ProcessInstance mkUntilDecision(ContinuationDecision decision) {
    ProcessInstance instance = doneAll(started(MK, JAN), MK, LocalDate.of(2026, 2, 1), MK_UP_TO_9_1);
    return instance.completeStep(MK, MANAGER, "9.2", LocalDate.of(2026, 3, 1), MINUTES, Optional.of(decision), CLOCK).get().state();
  }

  @Test
  void the_decision_to_continue_at_9_2_returns_the_process_to_2_2_keeping_1_x_and_2_1_done() {
    ProcessInstance decided = mkUntilDecision(ContinuationDecision.CONTINUE);
    assertEquals(List.of(StandardProcesses.COOPERATION_MODEL_CONTINUE),
        decided.position(MK).availableLoops().stream().map(ProcessLoop::code).toList());
    Change<ProcessInstance> change = accepted(decided.startNextIteration(MK, MANAGER, StandardProcesses.COOPERATION_MODEL_CONTINUE, LocalDate.of(2026, 3, 2), Optional.empty(), CLOCK));
    ProcessInstance second = change.state();
    IterationStarted event = assertInstanceOf(IterationStarted.class, change.events().get(0));
    assertEquals(2, event.iteration().number());
    assertEquals("2.2", event.restartStep());

    assertEquals(2, second.currentIteration().number());
    assertEquals(List.of("1.1", "1.2", "2.1"), second.currentIteration().carriedOverSteps());
    ProcessPosition position = second.position(MK);
    assertEquals(List.of("2.2"), position.availableStepCodes());
    assertEquals(List.of("1.1", "1.2", "2.1"), position.doneStepCodes());
    assertEquals("II", position.currentStage().get().code());
    assertTrue(position.availableLoops().isEmpty());

    // the history keeps iteration 1
    assertEquals(20, second.history().size());
    IterationView first = second.iterationView(1).get();
    assertEquals(20, first.completions().size());
    assertEquals(Optional.of(ContinuationDecision.CONTINUE), first.completions().get(19).decision());
    assertTrue(second.iterationView(2).get().completions().isEmpty());
    assertTrue(second.iterationView(3).isEmpty());

    // 2.2 and everything after it must be done again; 2.1 not
    assertEquals(List.of("PROCESS_STEP_ALREADY_DONE"), refused(second.completeStep(MK,
        MANAGER, "2.1", TODAY, MINUTES, CLOCK)).codes());
    ProcessInstance redone = done(second, MK, "2.2", LocalDate.of(2026, 3, 5));
    assertEquals(List.of("2.3"), redone.position(MK).availableStepCodes());
    assertEquals(2, redone.history().get(20).iteration());
  }

  @Test
  void a_second_iteration_of_model_kooperacji_can_close_and_reach_the_final_evaluation() {
    ProcessInstance second = mkUntilDecision(ContinuationDecision.CONTINUE)
        .startNextIteration(MK, MANAGER, StandardProcesses.COOPERATION_MODEL_CONTINUE, LocalDate.of(2026, 3, 2), Optional.empty(), CLOCK)
        .get().state();
    LocalDate april = LocalDate.of(2026, 4, 1);
    second = doneAll(second, MK, april, "2.2", "2.3", "2.4", "3", "4", "5.1", "5.2", "5.3", "6.1", "6.2",
        "6.3", "7.1", "7.2", "7.3", "8", "9.1");
    second = second.completeStep(MK, MANAGER, "9.2", april, MINUTES, Optional.of(ContinuationDecision.CLOSE), CLOCK).get().state();
    assertTrue(second.position(MK).availableLoops().isEmpty());
    second = doneAll(second, MK, april, "9.3", "10.1", "10.2", "10.3", "10.4");
    assertTrue(second.isComplete(MK));
    assertEquals(20 + 22, second.history().size());
  }

  @Test
  void the_loop_back_to_2_2_is_refused_without_9_2_and_after_a_decision_to_close() {
    ProcessInstance notYet = doneAll(started(MK, JAN), MK, JAN, MK_UP_TO_9_1);
    String loop = StandardProcesses.COOPERATION_MODEL_CONTINUE;
    assertEquals(List.of("PROCESS_LOOP_TRIGGER_NOT_DONE"), refused(notYet.startNextIteration(MK,
        MANAGER, loop, TODAY, Optional.empty(), CLOCK)).codes());
    ProcessInstance closed = mkUntilDecision(ContinuationDecision.CLOSE);
    assertEquals(List.of("PROCESS_LOOP_NO_DECISION_TO_CONTINUE"),
        refused(closed.startNextIteration(MK, MANAGER, loop, TODAY, Optional.empty(), CLOCK)).codes());
    assertEquals(List.of("PROCESS_LOOP_UNKNOWN"), refused(closed.startNextIteration(MK,
        MANAGER, "NO_SUCH_LOOP", TODAY, Optional.empty(), CLOCK)).codes());
  }

  @Test
  void a_new_iteration_cannot_start_before_its_trigger_step_was_done() {
    ProcessInstance decided = mkUntilDecision(ContinuationDecision.CONTINUE);
    Refusal refusal = refused(decided.startNextIteration(MK, MANAGER, StandardProcesses.COOPERATION_MODEL_CONTINUE, LocalDate.of(2026, 2, 28), Optional.empty(), CLOCK));
    assertEquals(List.of("PROCESS_LOOP_DATE_BEFORE_TRIGGER"), refusal.codes());
    assertTrue(decided.startNextIteration(MK, MANAGER, StandardProcesses.COOPERATION_MODEL_CONTINUE, LocalDate.of(2026, 3, 1), Optional.empty(), CLOCK).isRight());
  }

  @Test
  void a_new_iteration_does_not_keep_a_step_whose_prerequisite_must_be_done_again() {
    ProcessDefinition loose = ProcessDefinition.builder("LOOSE", 1, Title.of("Luźny", "Loose"), "test")
        .stage("A", Title.of("Etap", "Stage"))
        .step("a", Title.of("A", "A"))
        .step("b", Title.of("B", "B"), "c")
        .step("c", Title.of("C", "C"), "a")
        .loop("AGAIN", Title.of("Znowu", "Again"), "c", "c", LoopCondition.AFTER_STEP, false)
        .buildOrThrow();
    ProcessInstance instance = doneAll(started(loose, JAN), loose, JAN, "a", "c", "b");
    ProcessInstance next = accepted(instance.startNextIteration(loose,
        MANAGER, "AGAIN", JAN, Optional.empty(), CLOCK)).state();
    assertEquals(List.of("a"), next.currentIteration().carriedOverSteps());
    assertEquals(List.of("c"), next.position(loose).availableStepCodes());
  }

  // ---------------------------------------------------------------- action bank and DPZM

  @Test
  void the_action_bank_starts_a_new_iteration_after_verification_carrying_its_conclusions() {
    ProcessInstance instance = doneAll(started(BANK, JAN), BANK, JAN, "1", "2", "3");
    Optional<EvidenceReference> report = Optional.of(EvidenceReference.of("verification report 2026/1"));
    String next = StandardProcesses.ACTION_BANK_NEXT_ITERATION;
    LocalDate feb1 = LocalDate.of(2026, 2, 1);
    assertEquals(List.of("PROCESS_LOOP_TRIGGER_NOT_DONE"), refused(instance.startNextIteration(BANK,
        MANAGER, next, feb1, report, CLOCK)).codes());
    instance = done(instance, BANK, "4", JAN);
    assertTrue(instance.isComplete(BANK));
    assertEquals(List.of("PROCESS_LOOP_CONCLUSIONS_MISSING"), refused(instance.startNextIteration(BANK,
        MANAGER, StandardProcesses.ACTION_BANK_NEXT_ITERATION, JAN, Optional.empty(), CLOCK)).codes());
    ProcessInstance second = accepted(instance.startNextIteration(BANK, MANAGER, next, feb1, report,
        CLOCK)).state();
    assertEquals(2, second.currentIteration().number());
    assertEquals(Optional.of(EvidenceReference.of("verification report 2026/1")), second.currentIteration().conclusions());
    assertTrue(second.currentIteration().carriedOverSteps().isEmpty());
    assertEquals(List.of("1"), second.position(BANK).availableStepCodes());
    assertFalse(second.isComplete(BANK));
    second = doneAll(second, BANK, LocalDate.of(2026, 2, 2), "1", "2", "3", "4");
    ProcessInstance third = accepted(second.startNextIteration(BANK, MANAGER, StandardProcesses.ACTION_BANK_NEXT_ITERATION, LocalDate.of(2026, 2, 3), Optional.of(EvidenceReference.of("verification report 2026/2")), CLOCK)).state();
    assertEquals(3, third.iterations().size());
    assertEquals(8, third.history().size());
    assertEquals(List.of("1", "2", "3", "4"), third.iterationView(2).get().completedStepCodes());
  }

  @Test
  void the_dpzm_cycle_feeds_the_conclusions_into_the_next_period_diagnosis() {
    List<String> all = DPZM.completableSteps().stream().map(ProcessStep::code).toList();
    ProcessInstance instance = doneAll(started(DPZM, JAN), DPZM, JAN, all.toArray(String[]::new));
    assertTrue(instance.isComplete(DPZM));
    ProcessInstance next = accepted(instance.startNextIteration(DPZM, MANAGER, StandardProcesses.DPZM_NEXT_PERIOD, LocalDate.of(2026, 6, 1), Optional.of(EvidenceReference.of("conclusions for the 2027 diagnosis")), CLOCK)).state();
    assertEquals(List.of("D.1"), next.position(DPZM).availableStepCodes());
    assertEquals("D", next.position(DPZM).currentStage().get().code());
    assertEquals(List.of("PROCESS_DATE_BEFORE_ITERATION"), refused(next.completeStep(DPZM,
        MANAGER, "D.1", LocalDate.of(2026, 5, 31), MINUTES, CLOCK)).codes());
  }

  // ---------------------------------------------------------------- standing tasks

  @Test
  void standing_task_activities_are_recorded_at_any_point_without_prerequisites() {
    ProcessInstance instance = started(MK, JAN);
    Change<ProcessInstance> change = accepted(instance.recordStandingTaskActivity(MK,
        ANIMATOR, "S3", JAN, EvidenceReference.of("campaign leaflet"), CLOCK));
    StandingTaskActivity activity = change.state().standingTaskActivities().get(0);
    assertEquals("S3", activity.taskCode());
    assertEquals(1, activity.iteration());
    assertEquals(ANIMATOR, activity.actor());
    assertInstanceOf(StandingTaskActivityRecorded.class, change.events().get(0));
    assertTrue(change.state().history().isEmpty());
    assertEquals(1, change.state().iterationView(1).get().standingTaskActivities().size());
  }

  @Test
  void an_unknown_standing_task_and_a_day_before_the_start_are_refused_together() {
    ProcessInstance instance = started(MK, JAN);
    Refusal refusal = refused(instance.recordStandingTaskActivity(MK,
        ANIMATOR, "S9", JAN.minusDays(1), MINUTES, CLOCK));
    assertEquals(List.of("PROCESS_DATE_BEFORE_START", "PROCESS_STANDING_TASK_UNKNOWN"), refusal.codes());
  }

  @Test
  void a_refused_command_leaves_the_instance_as_it_was() {
    ProcessInstance instance = started(MK, JAN);
    ProcessInstance copy = ProcessInstance.copyOf(instance);
    refused(instance.completeStep(MK, MANAGER, "5.1", JAN, MINUTES, CLOCK));
    assertEquals(copy, instance);
    assertSame(instance, ProcessInstance.copyOf(instance));
  }
}
