package pl.lsw.core.evaluation.instrument;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.function.Supplier;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems and explanation texts of the evaluation instruments, in Polish and English.
 *
 * <p>Polish: <i>komunikaty problemów i wyjaśnień narzędzi ewaluacji</i>.
 */
final class InstrumentProblems {

  /** The bundle {@code pl/lsw/core/evaluation/instrument/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(InstrumentProblems.class, "pl/lsw/core/evaluation/instrument/problems");

  /** The bundle {@code pl/lsw/core/evaluation/instrument/explanations}. */
  static final MessageBundle TEXTS =
      MessageBundle.of(InstrumentProblems.class, "pl/lsw/core/evaluation/instrument/explanations");

  private InstrumentProblems() {}

  /** Throws {@link InvalidInputException} listing {@code problems} when there are any. */
  static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Runs a factory that throws {@link InvalidInputException} and turns it into a validation. */
  static <T> Validation<Seq<Problem>, T> validation(Supplier<T> factory) {
    try {
      return Validation.valid(factory.get());
    } catch (InvalidInputException e) {
      return Validation.invalid(io.vavr.collection.List.ofAll(e.problems()));
    }
  }

  /** Adds a problem for each value listed more than once, naming it. */
  static <T> void duplicates(List<Problem> problems, String path, String code, List<T> values,
      String argument) {
    java.util.Set<T> seen = new java.util.HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      if (v != null && !seen.add(v)) {
        problems.add(PROBLEMS.problem(path + "[" + i + "]", code, argument, v));
      }
    }
  }
}
