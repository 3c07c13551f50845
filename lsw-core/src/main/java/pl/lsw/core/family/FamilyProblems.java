package pl.lsw.core.family;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of family references, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów oznaczeń rodzin</i>.
 */
final class FamilyProblems {

  /** The bundle {@code pl/lsw/core/family/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(FamilyProblems.class, "pl/lsw/core/family/problems");

  private FamilyProblems() {}
}
