package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of open competitions, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów otwartych konkursów ofert</i>.
 */
final class CompetitionProblems {

  /** The bundle {@code pl/lsw/core/financing/competition/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(CompetitionProblems.class, "pl/lsw/core/financing/competition/problems");

  private CompetitionProblems() {}
}
