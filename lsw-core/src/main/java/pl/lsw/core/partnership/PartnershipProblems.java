package pl.lsw.core.partnership;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of partnerships, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów partnerstw</i>.
 */
final class PartnershipProblems {

  /** The bundle {@code pl/lsw/core/partnership/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(PartnershipProblems.class, "pl/lsw/core/partnership/problems");

  private PartnershipProblems() {}
}
