package pl.lsw.core.typology;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/**
 * How similar two parties' <b>goals</b> are and how similar their <b>means</b> (ways of acting,
 * strategies) are: the two criteria of Najam's four C's [seed 001 §2.2.3]. Each is a grade on the
 * {@link GradedScale#ONE_TO_FIVE 1–5 scale}: 1 = wholly different, 2 = mostly different, 3 = partly
 * alike, 4 = mostly alike, 5 = the same. The scale is the library's documented choice; the seed
 * names the criteria but gives no scale.
 *
 * <p>Immutable. Polish: <i>ocena podobieństwa celów i sposobów działania</i>.
 *
 * @param goals the similarity of goals, 1–5
 * @param means the similarity of means (ways of acting), 1–5
 */
public record SimilarityRating(int goals, int means) {

  /** The scale of both grades. */
  public static final GradedScale SCALE = GradedScale.ONE_TO_FIVE;

  static final Label GOALS = Label.of("podobieństwo celów", "similarity of goals");
  static final Label MEANS = Label.of("podobieństwo sposobów działania", "similarity of means");

  /**
   * Refuses a grade off the scale, listing both when both are.
   *
   * @param goals the similarity of goals
   * @param means the similarity of means
   * @throws InvalidInputException {@code RATING_OFF_SCALE} per grade off the scale
   */
  public SimilarityRating {
    TypologyProblems.throwIfAny(problems(goals, means));
  }

  /**
   * A rating.
   *
   * @param goals the similarity of goals, 1–5
   * @param means the similarity of means, 1–5
   * @return the rating
   * @throws InvalidInputException listing every grade off the scale
   */
  public static SimilarityRating of(int goals, int means) {
    return new SimilarityRating(goals, means);
  }

  /**
   * A rating, or every problem of the two grades.
   *
   * @param goals the similarity of goals
   * @param means the similarity of means
   * @return the rating, or the problems ({@code RATING_OFF_SCALE})
   */
  public static Validation<Seq<Problem>, SimilarityRating> validate(int goals, int means) {
    List<Problem> problems = problems(goals, means);
    return problems.isEmpty() ? Validation.valid(new SimilarityRating(goals, means))
        : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  private static List<Problem> problems(int goals, int means) {
    List<Problem> problems = new ArrayList<>();
    grade(problems, "goals", GOALS, goals);
    grade(problems, "means", MEANS, means);
    return problems;
  }

  private static void grade(List<Problem> problems, String path, Label what, int value) {
    if (!SCALE.contains(value)) {
      problems.add(TypologyProblems.PROBLEMS.problem(path, "RATING_OFF_SCALE", "what", what,
          "value", value, "scale", SCALE));
    }
  }
}
