package pl.lsw.core.partnership.governance;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of a partnership's people and bodies, and the messages of the rule that a decision
 * binds an organisation only through a mandated member, in Polish and English, keyed by their
 * codes.
 *
 * <p>Polish: <i>komunikaty problemów osób i organów partnerstwa</i>.
 */
final class GovernanceProblems {

  /** The bundle {@code pl/lsw/core/partnership/governance/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(GovernanceProblems.class, "pl/lsw/core/partnership/governance/problems");

  private GovernanceProblems() {}
}
