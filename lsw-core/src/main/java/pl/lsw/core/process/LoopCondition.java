package pl.lsw.core.process;

/**
 * What must hold before a loop may start a new iteration.
 *
 * <p>Polish: <i>warunek powrotu (pętli)</i>.
 */
public enum LoopCondition {
  /** The loop's trigger step is done in the current iteration. Polish: <i>po wykonaniu kroku</i>. */
  AFTER_STEP,
  /**
   * The loop's trigger step, a decision point, is done in the current iteration with the decision
   * to continue. Polish: <i>po decyzji o kontynuacji</i>.
   */
  AFTER_DECISION_TO_CONTINUE
}
