package pl.lsw.core.process;

/**
 * The kinds of command a process instance accepts, as seen by a {@link ProcessAccess} check.
 *
 * <p>Polish: <i>rodzaj polecenia dotyczącego procesu</i>.
 */
public enum ProcessCommandKind {
  /** Starting a process. Polish: <i>rozpoczęcie procesu</i>. */
  START,
  /** Recording a step as done. Polish: <i>odnotowanie wykonania kroku</i>. */
  COMPLETE_STEP,
  /** Starting a new iteration through a loop. Polish: <i>rozpoczęcie kolejnej iteracji</i>. */
  START_NEXT_ITERATION,
  /** Recording an activity on a standing task. Polish: <i>odnotowanie działania w zadaniu stałym</i>. */
  RECORD_STANDING_TASK_ACTIVITY
}
