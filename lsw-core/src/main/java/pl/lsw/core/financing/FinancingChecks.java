package pl.lsw.core.financing;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

/**
 * Small checks shared by the co-financing values: each adds a {@link Problem} to a list, so that a
 * value reports every problem at once. The field is named by a {@link Label} (Polish and English),
 * and the messages are in {@code pl/lsw/core/financing/problems.properties}.
 *
 * <p>Polish: <i>sprawdzenia pól wartości współfinansowania</i>.
 */
public final class FinancingChecks {

  private FinancingChecks() {}

  /**
   * Adds {@code <CODE>_EMPTY} at {@code path} when {@code text} is null or blank, and {@code
   * <CODE>_PESEL} when it holds a PESEL number ({@link TextChecks#refusePesel}).
   */
  public static void requireText(List<Problem> problems, String path, String code, Label what, String text) {
    if (text == null || TextChecks.isBlank(text)) {
      problems.add(FinancingProblems.PROBLEMS.keyed("REQUIRED_TEXT", path, code + "_EMPTY", "what", what));
    }
    TextChecks.refusePesel(problems, path, code, what, text);
  }

  /**
   * Adds {@code <CODE>_PESEL} at {@code path[i]} for every text of the list that holds a PESEL
   * number.
   */
  public static void refusePesel(List<Problem> problems, String path, String code, Label what,
      List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      TextChecks.refusePesel(problems, path + "[" + i + "]", code, what, texts.get(i));
    }
  }

  /** Adds {@code <CODE>_NEGATIVE} at {@code path} when {@code amount} is below zero. */
  public static void requireNonNegative(List<Problem> problems, String path, String code, Label what,
      Money amount) {
    if (amount != null && amount.isNegative()) {
      problems.add(FinancingProblems.PROBLEMS.keyed("NOT_NEGATIVE", path, code + "_NEGATIVE", "what", what,
          "amount", amount));
    }
  }

  /** Adds {@code <CODE>_DUPLICATE} at {@code path} for every element listed twice. */
  public static <T> void requireDistinct(List<Problem> problems, String path, String code, Label what,
      List<T> values) {
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        problems.add(FinancingProblems.PROBLEMS.keyed("LISTED_TWICE", path + "[" + i + "]", code + "_DUPLICATE",
            "what", what, "position", i + 1));
      }
    }
  }

  /** Throws {@link InvalidInputException} listing every problem, if there is any. */
  public static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Runs a throwing construction and turns its {@link InvalidInputException} into an invalid
   * {@link Validation} with every problem.
   */
  public static <T> Validation<Seq<Problem>, T> validation(Supplier<T> construction) {
    try {
      return Validation.valid(construction.get());
    } catch (InvalidInputException e) {
      return Validation.invalid(io.vavr.collection.List.ofAll(e.problems()));
    }
  }
}
