package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of small grants, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów małych grantów</i>.
 */
final class SmallGrantProblems {

  /** The bundle {@code pl/lsw/core/financing/smallgrant/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(SmallGrantProblems.class, "pl/lsw/core/financing/smallgrant/problems");

  private SmallGrantProblems() {}
}
