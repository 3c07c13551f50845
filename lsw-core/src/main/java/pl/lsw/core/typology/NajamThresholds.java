package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.ParameterSet;

/**
 * The thresholds of Najam's four C's: a grade of the 1–5 {@link SimilarityRating} at or above the
 * threshold counts as <i>similar</i>, below it as <i>different</i>. The values are dated rule
 * parameters ({@link TypologyParameters#NAJAM_GOALS_SIMILAR_FROM}, {@link
 * TypologyParameters#NAJAM_MEANS_SIMILAR_FROM}); {@link #DEFAULT} is 4 and 4.
 *
 * <p>Immutable. Polish: <i>progi podobieństwa celów i sposobów działania</i>.
 *
 * @param goalsSimilarFrom goals are similar from this grade on, 1–5
 * @param meansSimilarFrom means are similar from this grade on, 1–5
 */
public record NajamThresholds(int goalsSimilarFrom, int meansSimilarFrom) {

  /** The library's defaults: similar from 4 ("mostly alike") for both criteria. */
  public static final NajamThresholds DEFAULT = new NajamThresholds(4, 4);

  private static final Label GOALS = Label.of("próg podobieństwa celów", "threshold of goals");
  private static final Label MEANS =
      Label.of("próg podobieństwa sposobów działania", "threshold of means");

  /**
   * Refuses a threshold off the 1–5 scale, listing both when both are.
   *
   * @param goalsSimilarFrom the threshold of goals
   * @param meansSimilarFrom the threshold of means
   * @throws InvalidInputException {@code THRESHOLD_OFF_SCALE} per threshold off the scale
   */
  public NajamThresholds {
    List<Problem> problems = new ArrayList<>();
    check(problems, "goalsSimilarFrom", GOALS, goalsSimilarFrom);
    check(problems, "meansSimilarFrom", MEANS, meansSimilarFrom);
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * The thresholds valid on {@code date} in {@code parameters}.
   *
   * @param parameters the parameter values, e.g. {@code StandardRules.parameters()}
   * @param date the day the thresholds apply on (the day of the assessment)
   * @return the thresholds
   * @throws pl.lsw.core.rules.MissingParameterException when a value is missing on that day
   * @throws InvalidInputException when a value lies off the 1–5 scale
   */
  public static NajamThresholds asOf(ParameterSet parameters, LocalDate date) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(date, "date");
    return new NajamThresholds(
        parameters.valueAsOf(TypologyParameters.NAJAM_GOALS_SIMILAR_FROM, date),
        parameters.valueAsOf(TypologyParameters.NAJAM_MEANS_SIMILAR_FROM, date));
  }

  /**
   * Whether goals graded {@code grade} count as similar.
   *
   * @param grade the grade of goals
   * @return {@code grade >= goalsSimilarFrom}
   */
  public boolean goalsSimilar(int grade) {
    return grade >= goalsSimilarFrom;
  }

  /**
   * Whether means graded {@code grade} count as similar.
   *
   * @param grade the grade of means
   * @return {@code grade >= meansSimilarFrom}
   */
  public boolean meansSimilar(int grade) {
    return grade >= meansSimilarFrom;
  }

  private static void check(List<Problem> problems, String path, Label what, int value) {
    if (!SimilarityRating.SCALE.contains(value)) {
      problems.add(TypologyProblems.PROBLEMS.problem(path, "THRESHOLD_OFF_SCALE", "what", what,
          "value", value, "scale", SimilarityRating.SCALE));
    }
  }
}
