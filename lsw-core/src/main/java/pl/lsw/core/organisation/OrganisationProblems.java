package pl.lsw.core.organisation;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of the organisation registry, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów rejestru organizacji</i>.
 */
final class OrganisationProblems {

  /** The bundle {@code pl/lsw/core/organisation/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(OrganisationProblems.class, "pl/lsw/core/organisation/problems");

  private OrganisationProblems() {}
}
