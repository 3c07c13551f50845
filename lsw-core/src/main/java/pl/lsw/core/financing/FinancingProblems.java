package pl.lsw.core.financing;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems shared by the financing services: unknown ids and rules that could not be
 * checked. Messages are in {@code pl/lsw/core/financing/problems.properties} (Polish) and {@code
 * problems_en.properties} (English).
 *
 * <p>Polish: <i>komunikaty problemów usług finansowania</i>.
 */
public final class FinancingProblems {

  /** The bundle of the financing services' problems. */
  public static final ProblemBundle PROBLEMS =
      ProblemBundle.of(FinancingProblems.class, "pl/lsw/core/financing/problems");

  private FinancingProblems() {}
}
