package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.rules.ParameterSet;

/**
 * The type of a relationship in Najam's four C's together with why: the rating given, the
 * thresholds applied and on which side of each threshold the rating fell. {@link #explain}
 * writes it for people, e.g. "Similarity of goals 4 (scale 1–5) reaches the threshold 4: similar
 * goals. Similarity of means 3 (scale 1–5) is below the threshold 4: different means. Type:
 * complementarity."
 *
 * <p>Immutable. Polish: <i>klasyfikacja relacji według modelu czterech C z uzasadnieniem</i>.
 *
 * @param rating the similarity of goals and of means
 * @param thresholds the thresholds applied
 * @param type the type; must be the one the rating and thresholds give
 */
public record NajamClassification(SimilarityRating rating, NajamThresholds thresholds,
    NajamType type) {

  /**
   * Refuses a type other than the one the rating and the thresholds give.
   *
   * @param rating the rating
   * @param thresholds the thresholds
   * @param type the type
   * @throws InvalidInputException {@code NAJAM_TYPE_MISMATCH}
   */
  public NajamClassification {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(type, "type");
    NajamType expected = NajamType.of(thresholds.goalsSimilar(rating.goals()),
        thresholds.meansSimilar(rating.means()));
    if (type != expected) {
      throw new InvalidInputException(List.of(TypologyProblems.PROBLEMS.problem("type",
          "NAJAM_TYPE_MISMATCH", "type", type, "expected", expected)));
    }
  }

  /**
   * Classifies a rating with the given thresholds.
   *
   * @param rating the rating
   * @param thresholds the thresholds
   * @return the classification
   */
  public static NajamClassification of(SimilarityRating rating, NajamThresholds thresholds) {
    return new NajamClassification(rating, thresholds, NajamType.of(
        thresholds.goalsSimilar(rating.goals()), thresholds.meansSimilar(rating.means())));
  }

  /**
   * Classifies a rating with the thresholds valid on {@code date} in {@code parameters}.
   *
   * @param rating the rating
   * @param parameters the parameter values, e.g. {@code StandardRules.parameters()}
   * @param date the day of the assessment
   * @return the classification
   */
  public static NajamClassification of(SimilarityRating rating, ParameterSet parameters,
      LocalDate date) {
    return of(rating, NajamThresholds.asOf(parameters, date));
  }

  /** @return whether the goals reached their threshold */
  public boolean goalsSimilar() {
    return type.similarGoals();
  }

  /** @return whether the means reached their threshold */
  public boolean meansSimilar() {
    return type.similarMeans();
  }

  /**
   * The explanation, one sentence per criterion and one for the type.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the sentences, in order: goals, means, type
   */
  public List<String> explanation(Locale locale) {
    return List.of(
        text(goalsSimilar() ? "najam.goals.similar" : "najam.goals.different", rating.goals(),
            thresholds.goalsSimilarFrom(), locale),
        text(meansSimilar() ? "najam.means.similar" : "najam.means.different", rating.means(),
            thresholds.meansSimilarFrom(), locale),
        TypologyProblems.TEXTS.format("najam.type", Map.of("type", type), locale));
  }

  /**
   * The explanation as one text.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the sentences of {@link #explanation} joined by spaces
   */
  public String explain(Locale locale) {
    return String.join(" ", explanation(locale));
  }

  private static String text(String key, int value, int threshold, Locale locale) {
    return TypologyProblems.TEXTS.format(key, Map.of("value", value, "threshold", threshold,
        "scale", SimilarityRating.SCALE), locale);
  }
}
