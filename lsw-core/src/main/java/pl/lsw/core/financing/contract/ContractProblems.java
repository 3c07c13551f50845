package pl.lsw.core.financing.contract;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of grant contracts, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów umów dotacyjnych</i>.
 */
final class ContractProblems {

  /** The bundle {@code pl/lsw/core/financing/contract/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(ContractProblems.class, "pl/lsw/core/financing/contract/problems");

  private ContractProblems() {}
}
