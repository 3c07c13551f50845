package pl.lsw.core.typology;

import java.util.List;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.ProblemBundle;

/**
 * The problems and explanation texts of the cooperation typologies, in Polish and English.
 *
 * <p>Polish: <i>komunikaty problemów i wyjaśnień typologii współpracy</i>.
 */
final class TypologyProblems {

  /** The bundle {@code pl/lsw/core/typology/problems}. */
  static final ProblemBundle PROBLEMS =
      ProblemBundle.of(TypologyProblems.class, "pl/lsw/core/typology/problems");

  /** The bundle {@code pl/lsw/core/typology/explanations}: the texts of explanations. */
  static final MessageBundle TEXTS =
      MessageBundle.of(TypologyProblems.class, "pl/lsw/core/typology/explanations");

  private TypologyProblems() {}

  /** Throws an {@link InvalidInputException} listing {@code problems}, unless there are none. */
  static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
