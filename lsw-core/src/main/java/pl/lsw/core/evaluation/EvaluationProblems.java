package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.function.Supplier;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems of the evaluation package, in Polish and English, keyed by their codes.
 *
 * <p>Polish: <i>komunikaty problemów ewaluacji</i>.
 */
final class EvaluationProblems {

  /** The bundle {@code pl/lsw/core/evaluation/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(EvaluationProblems.class, "pl/lsw/core/evaluation/problems");

  private EvaluationProblems() {}

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
}
