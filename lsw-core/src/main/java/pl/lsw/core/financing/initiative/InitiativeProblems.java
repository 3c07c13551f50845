package pl.lsw.core.financing.initiative;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of own-initiative proposals, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów ofert z własnej inicjatywy</i>.
 */
final class InitiativeProblems {

  /** The bundle {@code pl/lsw/core/financing/initiative/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(InitiativeProblems.class, "pl/lsw/core/financing/initiative/problems");

  private InitiativeProblems() {}
}
