package pl.lsw.core.initiative;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of the Map of Local Potentials, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów Mapy Potencjałów Lokalnych</i>.
 */
final class InitiativeProblems {

  /** The bundle {@code pl/lsw/core/initiative/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(InitiativeProblems.class, "pl/lsw/core/initiative/problems");

  private InitiativeProblems() {}
}
