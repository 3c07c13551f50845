package pl.lsw.core.process;

import static pl.lsw.core.process.ProcessProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Localized;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * One run of a process definition for one partnership: its iterations, the steps done in each
 * (day, actor, evidence) and the activities on standing tasks. Use the generated {@code
 * ProcessInstance}: {@link #start} makes a new one; stores rebuild a stored one with {@code
 * ProcessInstance.builder()}.
 *
 * <p>Polish: <i>przebieg procesu (instancja procesu) partnerstwa</i>.
 *
 * <p>Commands take the instance's definition (matching {@link #definitionCode()} and {@link
 * #definitionVersion()}), the actor and the clock, and return either a {@link pl.lsw.core.kernel.Refusal} listing
 * every reason (the instance is unchanged) or a {@link pl.lsw.core.kernel.Change} with the new state and its events.
 *
 * <p>Dates: a day of completion may not be after today by the injected clock (a step cannot be
 * recorded in advance; today is allowed), may not precede the start of the current iteration, and
 * may not precede the day any of the step's direct prerequisites was done (the same day is
 * allowed).
 *
 * <p>Prerequisites: a step is refused while any step it needs, directly or through other steps, is
 * not done in the current iteration; the refusal names every such step by code and title.
 */
@Value.Immutable
abstract class AbstractProcessInstance {

  private static final Localized NO_DECISION =
      locale -> Messages.isPolish(locale) ? "brak decyzji" : "none";

  /** The id of the instance. */
  public abstract ProcessInstanceId id();

  /** The stored version; 0 for an instance never stored. Raised by the store on each save. */
  @Value.Default
  public long version() {
    return 0L;
  }

  /** The partnership the process belongs to. */
  public abstract PartnershipId partnershipId();

  /** The code of the process definition. */
  public abstract String definitionCode();

  /** The version of the process definition. */
  public abstract int definitionVersion();

  /** The iterations, numbered from 1, in order; the last one is current. Never empty. */
  public abstract List<Iteration> iterations();

  /** Every step completion, across iterations, in the order recorded (the history). */
  public abstract List<StepCompletion> completions();

  /** Every activity on a standing task, in the order recorded. */
  public abstract List<StandingTaskActivity> standingTaskActivities();

  @Value.Check
  protected void check() {
    if (version() < 0) {
      throw new IllegalStateException("a version is 0 or more, not " + version());
    }
    if (definitionVersion() < 1) {
      throw new IllegalStateException("a definition version is 1 or more, not " + definitionVersion());
    }
    if (iterations().isEmpty()) {
      throw new IllegalStateException("a process instance has at least its first iteration");
    }
    for (int i = 0; i < iterations().size(); i++) {
      if (iterations().get(i).number() != i + 1) {
        throw new IllegalStateException("iterations are numbered 1, 2, ... in order; found "
            + iterations().get(i).number() + " at position " + (i + 1));
      }
    }
    int current = iterations().size();
    for (StepCompletion c : completions()) {
      if (c.iteration() > current) {
        throw new IllegalStateException("step " + c.stepCode() + " is recorded in iteration "
            + c.iteration() + ", after the last iteration " + current);
      }
    }
  }

  // ---------------------------------------------------------------- commands

  /**
   * Starts a process for a partnership; the instance has version 0 until stored.
   *
   * @param id the id of the new instance
   * @param partnershipId the partnership it belongs to
   * @param definition the process definition
   * @param startedOn the day it starts, not after today by the clock
   * @param actor who starts it
   * @param clock the source of today and of the events' time
   * @return the new instance with {@link ProcessStarted} and its id as the created id, or the
   *     refusal
   */
  public static Either<Refusal, Change<ProcessInstance>> start(
      ProcessInstanceId id,
      PartnershipId partnershipId,
      ProcessDefinition definition,
      LocalDate startedOn,
      ActingPerson actor,
      Clock clock) {
    LocalDate today = LocalDate.now(clock);
    if (startedOn.isAfter(today)) {
      return Either.left(Refusal.of(PROBLEMS.keyed("PROCESS_DATE_IN_FUTURE.start", "startedOn",
          "PROCESS_DATE_IN_FUTURE", "day", startedOn, "today", today)));
    }
    var now = clock.instant();
    ProcessInstance instance = ProcessInstance.builder()
        .id(id)
        .partnershipId(partnershipId)
        .definitionCode(definition.code())
        .definitionVersion(definition.version())
        .addIteration(Iteration.first(startedOn, actor, now))
        .build();
    return Either.right(Change.created(instance, id, List.of(new ProcessStarted(
        id, partnershipId, definition.code(), definition.version(), startedOn, actor, now))));
  }

  /**
   * Records a completable step as done in the current iteration. Refused, with every reason, for
   * an unknown step, a step with sub-steps, a step already done in this iteration, a step whose
   * prerequisites are not all done (each missing one named), a day after today or before the
   * iteration's start or before a prerequisite's day, and a missing or unexpected decision.
   *
   * @param definition the definition the instance runs
   * @param actor who records it, in which role
   * @param stepCode the code of the step or sub-step
   * @param completedOn the day it was done (not after today, by the clock)
   * @param evidence the reference to the evidence
   * @param decision the decision taken, required for a decision-point step and refused otherwise
   * @param clock the source of today and of the events' time
   * @return the new state with {@link StepCompleted} (and {@link ProcessCompleted} when it was the
   *     last step), or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> completeStep(ProcessDefinition definition,
      ActingPerson actor, String stepCode, LocalDate completedOn, EvidenceReference evidence,
      Optional<ContinuationDecision> decision, Clock clock) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(decision, "decision");
    Optional<Refusal> mismatch = mismatch(definition);
    if (mismatch.isPresent()) {
      return Either.left(mismatch.get());
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate day = Objects.requireNonNull(completedOn, "completedOn");
    String code = Objects.requireNonNull(stepCode, "stepCode");
    checkDay(day, clock, "completedOn", problems);
    Iteration current = currentIteration();
    if (day.isBefore(current.startedOn())) {
      problems.add(PROBLEMS.problem("completedOn", "PROCESS_DATE_BEFORE_ITERATION",
          "step", code, "day", day, "iteration", current.number(), "started", current.startedOn()));
    }
    Optional<ProcessStep> found = definition.step(code);
    if (found.isEmpty()) {
      problems.add(PROBLEMS.problem("stepCode", "PROCESS_STEP_UNKNOWN",
          "process", definition.title(), "step", code));
    } else if (!found.get().isCompletable()) {
      problems.add(PROBLEMS.problem("stepCode", "PROCESS_STEP_NOT_COMPLETABLE",
          "step", found.get(), "subSteps",
          found.get().subSteps().stream().map(ProcessStep::code).collect(Collectors.toList())));
    } else {
      ProcessStep step = found.get();
      Set<String> done = doneStepCodes();
      if (done.contains(code)) {
        StepCompletion earlier = lastCompletionOf(code).get();
        problems.add(PROBLEMS.problem("stepCode", "PROCESS_STEP_ALREADY_DONE",
            "step", step, "iteration", current.number(), "day", earlier.completedOn(),
            "recordedIn", earlier.iteration()));
      } else {
        for (ProcessStep missing : definition.allPrerequisitesOf(code)) {
          if (!done.contains(missing.code())) {
            problems.add(PROBLEMS.problem("prerequisites[" + missing.code() + "]",
                "PROCESS_STEP_PREREQUISITE_MISSING",
                "step", step, "missing", missing, "iteration", current.number()));
          }
        }
        for (ProcessStep direct : definition.prerequisitesOf(code)) {
          if (done.contains(direct.code())) {
            StepCompletion before = lastCompletionOf(direct.code()).get();
            if (day.isBefore(before.completedOn())) {
              problems.add(PROBLEMS.problem("completedOn", "PROCESS_STEP_DATE_BEFORE_PREREQUISITE",
                  "step", code, "day", day, "prerequisite", direct,
                  "prerequisiteDay", before.completedOn()));
            }
          }
        }
      }
      if (step.decisionPoint() && decision.isEmpty()) {
        problems.add(PROBLEMS.problem("decision", "PROCESS_DECISION_MISSING", "step", step));
      }
      if (!step.decisionPoint() && decision.isPresent()) {
        problems.add(PROBLEMS.problem("decision", "PROCESS_DECISION_NOT_EXPECTED",
            "step", step, "decision", decision.get()));
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    var now = clock.instant();
    StepCompletion completion = new StepCompletion(code, current.number(), day, actor,
        evidence, decision, now);
    ProcessInstance next = ProcessInstance.copyOf(this).withCompletions(append(completions(), completion));
    List<ProcessEvent> events = new ArrayList<>();
    events.add(new StepCompleted(id(), partnershipId(), completion, now));
    if (next.isComplete(definition)) {
      events.add(new ProcessCompleted(id(), partnershipId(), current.number(), day, now));
    }
    return Either.right(Change.of(next, events));
  }

  /**
   * Records a completable step that takes no decision as done in the current iteration (see
   * {@link #completeStep(ProcessDefinition, ActingPerson, String, LocalDate, EvidenceReference,
   * Optional, Clock)}).
   *
   * @param definition the definition the instance runs
   * @param actor who records it, in which role
   * @param stepCode the code of the step or sub-step
   * @param completedOn the day it was done
   * @param evidence the reference to the evidence
   * @param clock the source of today and of the events' time
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> completeStep(ProcessDefinition definition,
      ActingPerson actor, String stepCode, LocalDate completedOn, EvidenceReference evidence,
      Clock clock) {
    return completeStep(definition, actor, stepCode, completedOn, evidence, Optional.empty(), clock);
  }

  /**
   * Starts a new iteration through a loop of the definition. Refused, with every reason, for an
   * unknown loop, a trigger step not done in the current iteration, no decision to continue where
   * the loop needs one, missing conclusions where the loop needs them, and a day after today or
   * before the trigger step's day. The new iteration carries over, as done, the steps done now
   * that the loop does not redo.
   *
   * @param definition the definition the instance runs
   * @param actor who starts it, in which role
   * @param loopCode the code of the loop
   * @param startedOn the day the iteration starts (not after today, not before the trigger step)
   * @param conclusions the reference to the conclusions it starts from; required when the loop
   *     says so
   * @param clock the source of today and of the events' time
   * @return the new state with {@link IterationStarted}, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> startNextIteration(ProcessDefinition definition,
      ActingPerson actor, String loopCode, LocalDate startedOn,
      Optional<EvidenceReference> conclusions, Clock clock) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(loopCode, "loopCode");
    Objects.requireNonNull(conclusions, "conclusions");
    Optional<Refusal> mismatch = mismatch(definition);
    if (mismatch.isPresent()) {
      return Either.left(mismatch.get());
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate day = Objects.requireNonNull(startedOn, "startedOn");
    checkDay(day, clock, "startedOn", problems);
    Iteration current = currentIteration();
    Optional<ProcessLoop> found = definition.loop(loopCode);
    if (found.isEmpty()) {
      problems.add(PROBLEMS.problem("loopCode", "PROCESS_LOOP_UNKNOWN",
          "process", definition.title(), "loop", loopCode));
      return Either.left(Refusal.of(problems));
    }
    ProcessLoop loop = found.get();
    ProcessStep trigger = definition.step(loop.triggerStep()).get();
    Optional<StepCompletion> triggerDone = completions().stream()
        .filter(c -> c.iteration() == current.number() && c.stepCode().equals(loop.triggerStep()))
        .reduce((a, b) -> b);
    if (triggerDone.isEmpty()) {
      problems.add(PROBLEMS.problem("loopCode", "PROCESS_LOOP_TRIGGER_NOT_DONE",
          "loop", loop.code(), "title", loop.title(), "step", trigger, "iteration", current.number()));
    } else {
      if (loop.condition() == LoopCondition.AFTER_DECISION_TO_CONTINUE
          && !triggerDone.get().decision().equals(Optional.of(ContinuationDecision.CONTINUE))) {
        problems.add(PROBLEMS.problem("loopCode", "PROCESS_LOOP_NO_DECISION_TO_CONTINUE",
            "loop", loop.code(), "title", loop.title(), "step", trigger, "decision",
            triggerDone.get().decision().<Localized>map(d -> d).orElse(NO_DECISION)));
      }
      if (day.isBefore(triggerDone.get().completedOn())) {
        problems.add(PROBLEMS.problem("startedOn", "PROCESS_LOOP_DATE_BEFORE_TRIGGER",
            "day", day, "step", trigger, "stepDay", triggerDone.get().completedOn()));
      }
    }
    if (loop.conclusionsRequired() && conclusions.isEmpty()) {
      problems.add(PROBLEMS.problem("conclusions", "PROCESS_LOOP_CONCLUSIONS_MISSING",
          "loop", loop.code(), "title", loop.title()));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Set<String> redone = definition.stepsRedoneBy(loop).stream().map(ProcessStep::code)
        .collect(Collectors.toSet());
    Set<String> done = doneStepCodes();
    List<String> carried = carriedOver(definition, done, redone);
    var now = clock.instant();
    Iteration iteration = new Iteration(current.number() + 1, day, actor,
        Optional.of(loop.code()), conclusions, carried, now);
    ProcessInstance next = ProcessInstance.copyOf(this).withIterations(append(iterations(), iteration));
    return Either.right(Change.of(next, List.of(
        new IterationStarted(id(), partnershipId(), iteration, loop.restartStep(), now))));
  }

  /**
   * Records an activity on a standing task. Refused for an unknown task and a day after today or
   * before the process started.
   *
   * @param definition the definition the instance runs
   * @param actor who records it, in which role
   * @param taskCode the code of the standing task
   * @param performedOn the day it was done (not after today, not before the process started)
   * @param evidence the reference to the evidence
   * @param clock the source of today and of the events' time
   * @return the new state with {@link StandingTaskActivityRecorded}, or the refusal
   */
  public Either<Refusal, Change<ProcessInstance>> recordStandingTaskActivity(
      ProcessDefinition definition, ActingPerson actor, String taskCode, LocalDate performedOn,
      EvidenceReference evidence, Clock clock) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(taskCode, "taskCode");
    Objects.requireNonNull(evidence, "evidence");
    Optional<Refusal> mismatch = mismatch(definition);
    if (mismatch.isPresent()) {
      return Either.left(mismatch.get());
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate day = Objects.requireNonNull(performedOn, "performedOn");
    checkDay(day, clock, "performedOn", problems);
    if (day.isBefore(startedOn())) {
      problems.add(PROBLEMS.problem("performedOn", "PROCESS_DATE_BEFORE_START",
          "day", day, "started", startedOn()));
    }
    if (definition.standingTask(taskCode).isEmpty()) {
      problems.add(PROBLEMS.problem("taskCode", "PROCESS_STANDING_TASK_UNKNOWN",
          "process", definition.title(), "task", taskCode));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    var now = clock.instant();
    StandingTaskActivity activity = new StandingTaskActivity(taskCode,
        currentIteration().number(), day, actor, evidence, now);
    ProcessInstance next = ProcessInstance.copyOf(this)
        .withStandingTaskActivities(append(standingTaskActivities(), activity));
    return Either.right(Change.of(next, List.of(
        new StandingTaskActivityRecorded(id(), partnershipId(), activity, now))));
  }

  // ---------------------------------------------------------------- queries

  /** The day the process started (the start of its first iteration). */
  public LocalDate startedOn() {
    return iterations().get(0).startedOn();
  }

  /** Who started the process. */
  public ActingPerson startedBy() {
    return iterations().get(0).startedBy();
  }

  /** The current (last) iteration. */
  public Iteration currentIteration() {
    return iterations().get(iterations().size() - 1);
  }

  /** Whether this instance runs the given definition (same code and version). */
  public boolean runs(ProcessDefinition definition) {
    return definition.code().equals(definitionCode()) && definition.version() == definitionVersion();
  }

  /**
   * The codes of the completable steps done in the current iteration: those carried over into it
   * and those completed in it.
   */
  public Set<String> doneStepCodes() {
    Iteration current = currentIteration();
    Set<String> done = new LinkedHashSet<>(current.carriedOverSteps());
    for (StepCompletion c : completions()) {
      if (c.iteration() == current.number()) {
        done.add(c.stepCode());
      }
    }
    return java.util.Collections.unmodifiableSet(done);
  }

  /** The latest completion of a step in any iteration, or none. */
  public Optional<StepCompletion> lastCompletionOf(String stepCode) {
    StepCompletion last = null;
    for (StepCompletion c : completions()) {
      if (c.stepCode().equals(stepCode)) {
        last = c;
      }
    }
    return Optional.ofNullable(last);
  }

  /** Where the instance stands in its current iteration. */
  public ProcessPosition position(ProcessDefinition definition) {
    Set<String> done = doneStepCodes();
    List<ProcessStep> available = new ArrayList<>();
    List<ProcessStep> doneSteps = new ArrayList<>();
    Optional<ProcessStage> currentStage = Optional.empty();
    for (ProcessStep step : definition.completableSteps()) {
      if (done.contains(step.code())) {
        doneSteps.add(step);
      } else {
        if (currentStage.isEmpty()) {
          currentStage = definition.stageOf(step.code());
        }
        if (definition.prerequisitesOf(step.code()).stream().allMatch(p -> done.contains(p.code()))) {
          available.add(step);
        }
      }
    }
    List<ProcessLoop> loops = definition.loops().stream().filter(this::loopOpen).toList();
    return new ProcessPosition(currentIteration().number(), currentStage, available, doneSteps, loops,
        doneSteps.size() == definition.completableSteps().size());
  }

  /** Whether every completable step of the definition is done in the current iteration. */
  public boolean isComplete(ProcessDefinition definition) {
    Set<String> done = doneStepCodes();
    return definition.completableSteps().stream().allMatch(s -> done.contains(s.code()));
  }

  /** Every step completion across iterations, in the order recorded. */
  public List<StepCompletion> history() {
    return completions();
  }

  /** The iteration with this number as recorded, or none. */
  public Optional<IterationView> iterationView(int number) {
    if (number < 1 || number > iterations().size()) {
      return Optional.empty();
    }
    return Optional.of(new IterationView(iterations().get(number - 1),
        completions().stream().filter(c -> c.iteration() == number).toList(),
        standingTaskActivities().stream().filter(a -> a.iteration() == number).toList()));
  }

  // ---------------------------------------------------------------- helpers

  private boolean loopOpen(ProcessLoop loop) {
    int current = currentIteration().number();
    Optional<StepCompletion> trigger = completions().stream()
        .filter(c -> c.iteration() == current && c.stepCode().equals(loop.triggerStep()))
        .reduce((a, b) -> b);
    if (trigger.isEmpty()) {
      return false;
    }
    return loop.condition() != LoopCondition.AFTER_DECISION_TO_CONTINUE
        || trigger.get().decision().equals(Optional.of(ContinuationDecision.CONTINUE));
  }

  /**
   * The done steps a new iteration keeps: those the loop does not redo, less any whose
   * prerequisites would no longer all be done (possible only in a definition where a step needs a
   * later one), so that every done step always has its prerequisites done.
   */
  private static List<String> carriedOver(ProcessDefinition definition, Set<String> done, Set<String> redone) {
    Set<String> kept = new LinkedHashSet<>();
    for (ProcessStep step : definition.completableSteps()) {
      if (done.contains(step.code()) && !redone.contains(step.code())) {
        kept.add(step.code());
      }
    }
    boolean changed = true;
    while (changed) {
      changed = kept.removeIf(code -> definition.prerequisitesOf(code).stream()
          .anyMatch(p -> !kept.contains(p.code())));
    }
    return List.copyOf(kept);
  }

  private Optional<Refusal> mismatch(ProcessDefinition definition) {
    if (runs(definition)) {
      return Optional.empty();
    }
    return Optional.of(Refusal.of(PROBLEMS.problem("definition", "PROCESS_DEFINITION_MISMATCH",
        "code", definitionCode(), "version", definitionVersion(), "given", definition.toString())));
  }

  private static void checkDay(LocalDate day, Clock clock, String path, List<Problem> problems) {
    LocalDate today = LocalDate.now(clock);
    if (day.isAfter(today)) {
      problems.add(PROBLEMS.problem(path, "PROCESS_DATE_IN_FUTURE", "day", day, "today", today));
    }
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

}
