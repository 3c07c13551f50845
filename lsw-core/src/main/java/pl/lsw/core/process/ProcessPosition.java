package pl.lsw.core.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a process instance stands in its current iteration.
 *
 * <p>Polish: <i>bieżąca pozycja w procesie</i>.
 *
 * @param iteration the number of the current iteration
 * @param currentStage the first stage, in definition order, with a step not yet done; empty when
 *     every step is done
 * @param availableSteps the completable steps that may be done now: not done in this iteration,
 *     every prerequisite done; in definition order
 * @param doneSteps the completable steps done in this iteration (carried over included), in
 *     definition order
 * @param availableLoops the loops that may start a new iteration now
 * @param complete whether every completable step is done in this iteration
 */
public record ProcessPosition(
    int iteration,
    Optional<ProcessStage> currentStage,
    List<ProcessStep> availableSteps,
    List<ProcessStep> doneSteps,
    List<ProcessLoop> availableLoops,
    boolean complete) {

  /** Refuses nulls and copies the lists. */
  public ProcessPosition {
    Objects.requireNonNull(currentStage, "currentStage");
    availableSteps = List.copyOf(availableSteps);
    doneSteps = List.copyOf(doneSteps);
    availableLoops = List.copyOf(availableLoops);
  }

  /** The codes of the available steps, in definition order. */
  public List<String> availableStepCodes() {
    return availableSteps.stream().map(ProcessStep::code).toList();
  }

  /** The codes of the done steps, in definition order. */
  public List<String> doneStepCodes() {
    return doneSteps.stream().map(ProcessStep::code).toList();
  }
}
