package pl.lsw.core.process;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Problem;
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
 * #definitionVersion()}) and the clock, and return either a {@link ProcessRefusal} listing every
 * reason (the instance is unchanged) or a {@link ProcessChange} with the new state and its events.
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
public abstract class AbstractProcessInstance {

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
   * @return the new instance with {@link ProcessStarted}, or the refusal
   */
  public static Either<ProcessRefusal, ProcessChange> start(
      ProcessInstanceId id,
      PartnershipId partnershipId,
      ProcessDefinition definition,
      LocalDate startedOn,
      ActingPerson actor,
      Clock clock) {
    LocalDate today = LocalDate.now(clock);
    if (startedOn.isAfter(today)) {
      return Either.left(ProcessRefusal.of(new Problem("startedOn", "PROCESS_DATE_IN_FUTURE",
          "the process cannot start on " + startedOn + ", after today (" + today + ")")));
    }
    var now = clock.instant();
    ProcessInstance instance = ProcessInstance.builder()
        .id(id)
        .partnershipId(partnershipId)
        .definitionCode(definition.code())
        .definitionVersion(definition.version())
        .addIteration(Iteration.first(startedOn, actor, now))
        .build();
    return Either.right(new ProcessChange(instance, List.of(new ProcessStarted(
        id, partnershipId, definition.code(), definition.version(), startedOn, actor, now))));
  }

  /**
   * Records a completable step as done in the current iteration. Refused, with every reason, for
   * an unknown step, a step with sub-steps, a step already done in this iteration, a step whose
   * prerequisites are not all done (each missing one named), a day after today or before the
   * iteration's start or before a prerequisite's day, and a missing or unexpected decision.
   *
   * @return the new state with {@link StepCompleted} (and {@link ProcessCompleted} when it was the
   *     last step), or the refusal
   */
  public Either<ProcessRefusal, ProcessChange> completeStep(
      ProcessDefinition definition, CompleteStep command, Clock clock) {
    Option<ProcessRefusal> mismatch = mismatch(definition);
    if (mismatch.isDefined()) {
      return Either.left(mismatch.get());
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate day = command.completedOn();
    String code = command.stepCode();
    checkDay(day, clock, "completedOn", problems);
    Iteration current = currentIteration();
    if (day.isBefore(current.startedOn())) {
      problems.add(new Problem("completedOn", "PROCESS_DATE_BEFORE_ITERATION",
          "step " + code + " cannot be done on " + day + ", before iteration " + current.number()
              + " started on " + current.startedOn()));
    }
    Option<ProcessStep> found = definition.step(code);
    if (found.isEmpty()) {
      problems.add(new Problem("stepCode", "PROCESS_STEP_UNKNOWN",
          "process " + definition.code() + " has no step '" + code + "'"));
    } else if (!found.get().isCompletable()) {
      problems.add(new Problem("stepCode", "PROCESS_STEP_NOT_COMPLETABLE",
          "step " + found.get().label() + " is done by completing its sub-steps "
              + found.get().subSteps().stream().map(ProcessStep::code).collect(Collectors.joining(", "))));
    } else {
      ProcessStep step = found.get();
      Set<String> done = doneStepCodes();
      if (done.contains(code)) {
        StepCompletion earlier = lastCompletionOf(code).get();
        problems.add(new Problem("stepCode", "PROCESS_STEP_ALREADY_DONE",
            "step " + step.label() + " is already done in iteration " + current.number()
                + " (on " + earlier.completedOn() + ", recorded in iteration " + earlier.iteration() + ")"));
      } else {
        for (ProcessStep missing : definition.allPrerequisitesOf(code)) {
          if (!done.contains(missing.code())) {
            problems.add(new Problem("prerequisites[" + missing.code() + "]",
                "PROCESS_STEP_PREREQUISITE_MISSING",
                "step " + step.label() + " needs step " + missing.label()
                    + ", which is not done in iteration " + current.number()));
          }
        }
        for (ProcessStep direct : definition.prerequisitesOf(code)) {
          if (done.contains(direct.code())) {
            StepCompletion before = lastCompletionOf(direct.code()).get();
            if (day.isBefore(before.completedOn())) {
              problems.add(new Problem("completedOn", "PROCESS_STEP_DATE_BEFORE_PREREQUISITE",
                  "step " + code + " cannot be done on " + day + ", before its prerequisite step "
                      + direct.label() + " was done on " + before.completedOn()));
            }
          }
        }
      }
      if (step.decisionPoint() && command.decision().isEmpty()) {
        problems.add(new Problem("decision", "PROCESS_DECISION_MISSING",
            "step " + step.label() + " records a decision: to continue or to close"));
      }
      if (!step.decisionPoint() && command.decision().isPresent()) {
        problems.add(new Problem("decision", "PROCESS_DECISION_NOT_EXPECTED",
            "step " + step.label() + " records no decision, but " + command.decision().get() + " was given"));
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(ProcessRefusal.of(problems));
    }
    var now = clock.instant();
    StepCompletion completion = new StepCompletion(code, current.number(), day, command.actor(),
        command.evidence(), command.decision(), now);
    ProcessInstance next = ProcessInstance.copyOf(this).withCompletions(append(completions(), completion));
    List<ProcessEvent> events = new ArrayList<>();
    events.add(new StepCompleted(id(), partnershipId(), completion, now));
    if (next.isComplete(definition)) {
      events.add(new ProcessCompleted(id(), partnershipId(), current.number(), day, now));
    }
    return Either.right(new ProcessChange(next, events));
  }

  /**
   * Starts a new iteration through a loop of the definition. Refused, with every reason, for an
   * unknown loop, a trigger step not done in the current iteration, no decision to continue where
   * the loop needs one, missing conclusions where the loop needs them, and a day after today or
   * before the trigger step's day. The new iteration carries over, as done, the steps done now
   * that the loop does not redo.
   *
   * @return the new state with {@link IterationStarted}, or the refusal
   */
  public Either<ProcessRefusal, ProcessChange> startNextIteration(
      ProcessDefinition definition, StartNextIteration command, Clock clock) {
    Option<ProcessRefusal> mismatch = mismatch(definition);
    if (mismatch.isDefined()) {
      return Either.left(mismatch.get());
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate day = command.startedOn();
    checkDay(day, clock, "startedOn", problems);
    Iteration current = currentIteration();
    Option<ProcessLoop> found = definition.loop(command.loopCode());
    if (found.isEmpty()) {
      problems.add(new Problem("loopCode", "PROCESS_LOOP_UNKNOWN",
          "process " + definition.code() + " has no loop '" + command.loopCode() + "'"));
      return Either.left(ProcessRefusal.of(problems));
    }
    ProcessLoop loop = found.get();
    ProcessStep trigger = definition.step(loop.triggerStep()).get();
    Optional<StepCompletion> triggerDone = completions().stream()
        .filter(c -> c.iteration() == current.number() && c.stepCode().equals(loop.triggerStep()))
        .reduce((a, b) -> b);
    if (triggerDone.isEmpty()) {
      problems.add(new Problem("loopCode", "PROCESS_LOOP_TRIGGER_NOT_DONE",
          "loop " + loop.code() + " starts only after step " + trigger.label()
              + ", which is not done in iteration " + current.number()));
    } else {
      if (loop.condition() == LoopCondition.AFTER_DECISION_TO_CONTINUE
          && !triggerDone.get().decision().equals(Optional.of(ContinuationDecision.CONTINUE))) {
        problems.add(new Problem("loopCode", "PROCESS_LOOP_NO_DECISION_TO_CONTINUE",
            "loop " + loop.code() + " needs the decision to continue at step " + trigger.label()
                + ", but the decision recorded there was "
                + triggerDone.get().decision().map(Enum::name).orElse("none")));
      }
      if (day.isBefore(triggerDone.get().completedOn())) {
        problems.add(new Problem("startedOn", "PROCESS_LOOP_DATE_BEFORE_TRIGGER",
            "the new iteration cannot start on " + day + ", before step " + trigger.label()
                + " was done on " + triggerDone.get().completedOn()));
      }
    }
    if (loop.conclusionsRequired() && command.conclusions().isEmpty()) {
      problems.add(new Problem("conclusions", "PROCESS_LOOP_CONCLUSIONS_MISSING",
          "loop " + loop.code() + " starts a new iteration from the conclusions of the last one; name them"));
    }
    if (!problems.isEmpty()) {
      return Either.left(ProcessRefusal.of(problems));
    }
    Set<String> redone = definition.stepsRedoneBy(loop).stream().map(ProcessStep::code)
        .collect(Collectors.toSet());
    Set<String> done = doneStepCodes();
    List<String> carried = carriedOver(definition, done, redone);
    var now = clock.instant();
    Iteration iteration = new Iteration(current.number() + 1, day, command.actor(),
        Optional.of(loop.code()), command.conclusions(), carried, now);
    ProcessInstance next = ProcessInstance.copyOf(this).withIterations(append(iterations(), iteration));
    return Either.right(new ProcessChange(next, List.of(
        new IterationStarted(id(), partnershipId(), iteration, loop.restartStep(), now))));
  }

  /**
   * Records an activity on a standing task. Refused for an unknown task and a day after today or
   * before the process started.
   *
   * @return the new state with {@link StandingTaskActivityRecorded}, or the refusal
   */
  public Either<ProcessRefusal, ProcessChange> recordStandingTaskActivity(
      ProcessDefinition definition, RecordStandingTaskActivity command, Clock clock) {
    Option<ProcessRefusal> mismatch = mismatch(definition);
    if (mismatch.isDefined()) {
      return Either.left(mismatch.get());
    }
    List<Problem> problems = new ArrayList<>();
    LocalDate day = command.performedOn();
    checkDay(day, clock, "performedOn", problems);
    if (day.isBefore(startedOn())) {
      problems.add(new Problem("performedOn", "PROCESS_DATE_BEFORE_START",
          "an activity cannot be recorded on " + day + ", before the process started on " + startedOn()));
    }
    if (definition.standingTask(command.taskCode()).isEmpty()) {
      problems.add(new Problem("taskCode", "PROCESS_STANDING_TASK_UNKNOWN",
          "process " + definition.code() + " has no standing task '" + command.taskCode() + "'"));
    }
    if (!problems.isEmpty()) {
      return Either.left(ProcessRefusal.of(problems));
    }
    var now = clock.instant();
    StandingTaskActivity activity = new StandingTaskActivity(command.taskCode(),
        currentIteration().number(), day, command.actor(), command.evidence(), now);
    ProcessInstance next = ProcessInstance.copyOf(this)
        .withStandingTaskActivities(append(standingTaskActivities(), activity));
    return Either.right(new ProcessChange(next, List.of(
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
  public Option<StepCompletion> lastCompletionOf(String stepCode) {
    StepCompletion last = null;
    for (StepCompletion c : completions()) {
      if (c.stepCode().equals(stepCode)) {
        last = c;
      }
    }
    return Option.of(last);
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
          currentStage = definition.stageOf(step.code()).toJavaOptional();
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
  public Option<IterationView> iterationView(int number) {
    if (number < 1 || number > iterations().size()) {
      return Option.none();
    }
    return Option.of(new IterationView(iterations().get(number - 1),
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

  private Option<ProcessRefusal> mismatch(ProcessDefinition definition) {
    if (runs(definition)) {
      return Option.none();
    }
    return Option.of(ProcessRefusal.of(new Problem("definition", "PROCESS_DEFINITION_MISMATCH",
        "process instance " + id() + " runs " + definitionCode() + " v" + definitionVersion()
            + ", not " + definition)));
  }

  private static void checkDay(LocalDate day, Clock clock, String path, List<Problem> problems) {
    LocalDate today = LocalDate.now(clock);
    if (day.isAfter(today)) {
      problems.add(new Problem(path, "PROCESS_DATE_IN_FUTURE",
          "the day " + day + " is after today (" + today + "); record what was done, not what is planned"));
    }
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

}
