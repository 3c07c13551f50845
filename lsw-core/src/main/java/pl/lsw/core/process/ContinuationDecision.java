package pl.lsw.core.process;

/**
 * The decision recorded when a decision-point step is completed, e.g. at step 9.2 of Model
 * Kooperacji: whether the team continues its work (a new iteration) or closes it.
 *
 * <p>Polish: <i>decyzja o kontynuacji prac</i>.
 */
public enum ContinuationDecision {
  /** The work continues: a loop conditioned on this decision may start a new iteration. Polish: <i>kontynuacja</i>. */
  CONTINUE,
  /** The work is closed: no loop conditioned on a decision to continue may start. Polish: <i>zakończenie</i>. */
  CLOSE
}
