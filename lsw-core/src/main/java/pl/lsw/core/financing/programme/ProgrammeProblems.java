package pl.lsw.core.financing.programme;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of cooperation programmes, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów programów współpracy</i>.
 */
final class ProgrammeProblems {

  /** The bundle {@code pl/lsw/core/financing/programme/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(ProgrammeProblems.class, "pl/lsw/core/financing/programme/problems");

  private ProgrammeProblems() {}
}
