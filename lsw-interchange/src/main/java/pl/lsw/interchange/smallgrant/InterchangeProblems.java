package pl.lsw.interchange.smallgrant;

import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of reading a register of small grants and the texts of its reports, in Polish and
 * English.
 *
 * <p>Polish: <i>komunikaty odczytu rejestru małych grantów</i>.
 */
final class InterchangeProblems {

  /** The bundle {@code pl/lsw/interchange/smallgrant/problems}, keyed by problem code. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(InterchangeProblems.class, "pl/lsw/interchange/smallgrant/problems");

  /** The bundle {@code pl/lsw/interchange/smallgrant/messages}: the texts of the reports. */
  static final MessageBundle MESSAGES =
      MessageBundle.of(InterchangeProblems.class, "pl/lsw/interchange/smallgrant/messages");

  private InterchangeProblems() {}
}
