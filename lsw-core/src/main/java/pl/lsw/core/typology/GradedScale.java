package pl.lsw.core.typology;

import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Localized;
import java.util.Locale;

/**
 * A scale of whole-numbered grades from {@code lowest} to {@code highest}, both included, e.g. the
 * 1–5 scale of {@link SimilarityRating} (1 = wholly different, 5 = the same) or the 0–5 scale of
 * {@link DirectedRating}.
 *
 * <p>Immutable. Polish: <i>skala ocen (stopniowana)</i>.
 *
 * @param lowest the lowest grade
 * @param highest the highest grade, above {@code lowest}
 */
public record GradedScale(int lowest, int highest) implements Localized {

  /** The 1–5 scale of similarity ratings. */
  public static final GradedScale ONE_TO_FIVE = new GradedScale(1, 5);

  /** The 0–5 scale of directed ratings (0 = no relationship). */
  public static final GradedScale ZERO_TO_FIVE = new GradedScale(0, 5);

  /**
   * Refuses a scale whose highest grade is not above the lowest.
   *
   * @param lowest the lowest grade
   * @param highest the highest grade
   * @throws pl.lsw.core.kernel.InvalidInputException {@code SCALE_ORDER}
   */
  public GradedScale {
    List<pl.lsw.core.kernel.Problem> problems = new ArrayList<>();
    if (highest <= lowest) {
      problems.add(TypologyProblems.PROBLEMS.problem("", "SCALE_ORDER", "lowest", lowest,
          "highest", highest));
    }
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * Whether {@code grade} lies on the scale.
   *
   * @param grade the grade
   * @return true from the lowest to the highest grade, both included
   */
  public boolean contains(int grade) {
    return grade >= lowest && grade <= highest;
  }

  /** The scale as {@code 1–5}, the same in both languages. */
  @Override
  public String display(Locale locale) {
    return lowest + "–" + highest;
  }

  /** The scale as {@code 1–5}. */
  @Override
  public String toString() {
    return display(Locale.ROOT);
  }
}
