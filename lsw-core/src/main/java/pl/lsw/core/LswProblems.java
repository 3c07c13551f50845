package pl.lsw.core;

import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of assembling an {@link Lsw}, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów konfiguracji biblioteki</i>.
 */
final class LswProblems {

  /** The bundle {@code pl/lsw/core/problems}. */
  static final ProblemBundle PROBLEMS = ProblemBundle.of(LswProblems.class, "pl/lsw/core/problems");

  private LswProblems() {}
}
