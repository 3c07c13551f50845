package pl.lsw.core.evaluation.record;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of a partnership's evaluation records, in Polish and English, keyed by their
 * codes.
 *
 * <p>Polish: <i>komunikaty problemów zapisów ewaluacji</i>.
 */
final class RecordProblems {

  /** The bundle {@code pl/lsw/core/evaluation/record/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(RecordProblems.class, "pl/lsw/core/evaluation/record/problems");

  private RecordProblems() {}
}
