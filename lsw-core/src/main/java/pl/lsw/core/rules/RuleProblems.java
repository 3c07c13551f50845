package pl.lsw.core.rules;

import pl.lsw.core.kernel.ProblemBundle;

/** The problems of rules and parameters, in Polish and English ({@code pl/lsw/core/rules/problems}). */
final class RuleProblems {

  /** The bundle of the rule problems. */
  static final ProblemBundle PROBLEMS = ProblemBundle.of(RuleProblems.class, "pl/lsw/core/rules/problems");

  private RuleProblems() {}
}
