package pl.lsw.core.process;

import java.util.Objects;

/**
 * A loop of a process definition: once its trigger step is done (with the decision to continue,
 * when so conditioned), a new iteration may start at the restart step. In the new iteration the
 * restart step and every step after it (in definition order) must be done again; the steps before
 * it stay done, and the history of the earlier iteration is kept.
 *
 * <p>Polish: <i>pętla procesu (powrót do wcześniejszego kroku, kolejna iteracja)</i>.
 *
 * @param code the stable code, unique among the loops of its definition
 * @param title the title in Polish and English
 * @param source where the loop comes from
 * @param triggerStep the code of the step after which the loop may start (a step completed
 *     itself)
 * @param restartStep the code of the step where the new iteration starts
 * @param condition what the trigger's completion must show
 * @param conclusionsRequired whether the new iteration must carry a reference to the conclusions
 *     it starts from (e.g. the verification of the Action Base)
 */
public record ProcessLoop(
    String code,
    Title title,
    String source,
    String triggerStep,
    String restartStep,
    LoopCondition condition,
    boolean conclusionsRequired) {

  /** Refuses nulls. */
  public ProcessLoop {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(triggerStep, "triggerStep");
    Objects.requireNonNull(restartStep, "restartStep");
    Objects.requireNonNull(condition, "condition");
  }
}
