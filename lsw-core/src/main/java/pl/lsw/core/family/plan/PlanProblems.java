package pl.lsw.core.family.plan;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of individual plans, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów planów indywidualnych</i>.
 */
final class PlanProblems {

  /** The bundle {@code pl/lsw/core/family/plan/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(PlanProblems.class, "pl/lsw/core/family/plan/problems");

  private PlanProblems() {}
}
