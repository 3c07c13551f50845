package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Problem;

/**
 * How one member rated its relationship with another, item by item, each on the scale {@value
 * #MIN} to {@value #MAX} (1 = not at all, 4 = very): the three <b>trust</b> items — reliability,
 * support of the mission, openness to discussion — and the three <b>value</b> items — power and
 * influence, level of involvement, resource contribution — as the PARTNER tool defines them. The
 * wording of any questionnaire is the user's own; this type holds the answers.
 *
 * <p>A relationship's trust is the mean of its three trust items, its value the mean of its three
 * value items ({@link #trust()}, {@link #value()}, exact).
 *
 * <p>Polish: <i>oceny relacji (zaufanie i wartość)</i>.
 *
 * @param reliability whether the rated member does what it says it will (trust)
 * @param missionSupport whether it shares and supports the network's mission (trust)
 * @param openness whether it is open to discussion (trust)
 * @param powerInfluence its power and influence in the field (value)
 * @param involvement its level of involvement in the network (value)
 * @param resourceContribution the resources it brings (value)
 */
public record RelationshipScores(int reliability, int missionSupport, int openness,
    int powerInfluence, int involvement, int resourceContribution) {

  /** The lowest score. */
  public static final int MIN = 1;
  /** The highest score. */
  public static final int MAX = 4;

  /**
   * Checks that every item is from {@value #MIN} to {@value #MAX}.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every item out of range
   *     ({@code RELATIONSHIP_SCORE_RANGE})
   */
  public RelationshipScores {
    List<Problem> problems = new ArrayList<>();
    range(problems, "reliability", reliability);
    range(problems, "missionSupport", missionSupport);
    range(problems, "openness", openness);
    range(problems, "powerInfluence", powerInfluence);
    range(problems, "involvement", involvement);
    range(problems, "resourceContribution", resourceContribution);
    EvaluationProblems.throwIfAny(problems);
  }

  /** The scores, or every problem of them ({@code RELATIONSHIP_SCORE_RANGE}). */
  public static Validation<Seq<Problem>, RelationshipScores> validate(int reliability,
      int missionSupport, int openness, int powerInfluence, int involvement,
      int resourceContribution) {
    return EvaluationProblems.validation(() -> new RelationshipScores(reliability, missionSupport,
        openness, powerInfluence, involvement, resourceContribution));
  }

  /** Every item given the same score, e.g. {@code uniform(4)}. */
  public static RelationshipScores uniform(int score) {
    return new RelationshipScores(score, score, score, score, score, score);
  }

  /** The sum of the three trust items. */
  public int trustSum() {
    return reliability + missionSupport + openness;
  }

  /** The sum of the three value items. */
  public int valueSum() {
    return powerInfluence + involvement + resourceContribution;
  }

  /** The relationship's trust: the mean of the three trust items, exact. */
  public Ratio trust() {
    return Ratio.of(trustSum(), 3);
  }

  /** The relationship's value: the mean of the three value items, exact. */
  public Ratio value() {
    return Ratio.of(valueSum(), 3);
  }

  private static void range(List<Problem> problems, String path, int score) {
    if (score < MIN || score > MAX) {
      problems.add(EvaluationProblems.PROBLEMS.problem(path, "RELATIONSHIP_SCORE_RANGE",
          "value", score, "min", MIN, "max", MAX));
    }
  }
}
