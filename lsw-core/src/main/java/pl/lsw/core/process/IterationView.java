package pl.lsw.core.process;

import java.util.List;
import java.util.Objects;

/**
 * One iteration of a process instance as it was recorded.
 *
 * <p>Polish: <i>widok iteracji procesu</i>.
 *
 * @param iteration the iteration (number, start, loop, conclusions, carried-over steps)
 * @param completions the steps done in it, in the order recorded
 * @param standingTaskActivities the standing-task activities recorded while it was current
 */
public record IterationView(
    Iteration iteration, List<StepCompletion> completions, List<StandingTaskActivity> standingTaskActivities) {

  /** Refuses nulls and copies the lists. */
  public IterationView {
    Objects.requireNonNull(iteration, "iteration");
    completions = List.copyOf(completions);
    standingTaskActivities = List.copyOf(standingTaskActivities);
  }

  /** The codes of the steps done in it, in the order recorded (carried-over steps not included). */
  public List<String> completedStepCodes() {
    return completions.stream().map(StepCompletion::stepCode).toList();
  }
}
