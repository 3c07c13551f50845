package pl.lsw.core.information;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of co-informing, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów współinformowania</i>.
 */
final class InformationProblems {

  /** The bundle {@code pl/lsw/core/information/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(InformationProblems.class, "pl/lsw/core/information/problems");

  private InformationProblems() {}
}
