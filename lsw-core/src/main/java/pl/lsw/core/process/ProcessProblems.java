package pl.lsw.core.process;

import pl.lsw.core.kernel.ProblemBundle;

/** The problems of processes, in Polish and English ({@code pl/lsw/core/process/problems}). */
final class ProcessProblems {

  /** The bundle of the process problems. */
  static final ProblemBundle PROBLEMS = ProblemBundle.of(ProcessProblems.class, "pl/lsw/core/process/problems");

  private ProcessProblems() {}
}
