package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * One member's answer about one other member in a {@link NetworkSurvey}: whether it has a
 * relationship with it and, if it scored the relationship, its {@link RelationshipScores}. The
 * rating is <b>directed</b>: it says what {@code rater} thinks of {@code rated}; the rated member's
 * own answer about the rater is a separate rating and may disagree.
 *
 * <p>Polish: <i>ocena relacji (kierunkowa)</i>.
 *
 * @param rater the member that answers
 * @param rated the member it answers about
 * @param relationshipExists whether the rater reports a relationship (a tie) with the rated member
 * @param scores the rater's scores of the relationship, if it gave them; only with a relationship
 */
public record RelationshipRating(OrganisationId rater, OrganisationId rated,
    boolean relationshipExists, Optional<RelationshipScores> scores) {

  /**
   * Checks the rating.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem: a member rating
   *     itself ({@code RATING_SELF}), scores without a relationship ({@code
   *     RATING_SCORES_WITHOUT_TIE})
   */
  public RelationshipRating {
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(rated, "rated");
    Objects.requireNonNull(scores, "scores");
    List<Problem> problems = new ArrayList<>();
    if (rater.equals(rated)) {
      problems.add(EvaluationProblems.PROBLEMS.problem("rated", "RATING_SELF", "member", rater));
    }
    if (!relationshipExists && scores.isPresent()) {
      problems.add(EvaluationProblems.PROBLEMS.problem("scores", "RATING_SCORES_WITHOUT_TIE",
          "rater", rater, "rated", rated));
    }
    EvaluationProblems.throwIfAny(problems);
  }

  /** The rating, or every problem of it. */
  public static Validation<Seq<Problem>, RelationshipRating> validate(OrganisationId rater,
      OrganisationId rated, boolean relationshipExists, Optional<RelationshipScores> scores) {
    return EvaluationProblems.validation(
        () -> new RelationshipRating(rater, rated, relationshipExists, scores));
  }

  /** A relationship the rater reports and scores. */
  public static RelationshipRating tie(OrganisationId rater, OrganisationId rated,
      RelationshipScores scores) {
    return new RelationshipRating(rater, rated, true, Optional.of(scores));
  }

  /** A relationship the rater reports without scoring it. */
  public static RelationshipRating unscoredTie(OrganisationId rater, OrganisationId rated) {
    return new RelationshipRating(rater, rated, true, Optional.empty());
  }

  /** The rater's answer that it has no relationship with the rated member. */
  public static RelationshipRating noTie(OrganisationId rater, OrganisationId rated) {
    return new RelationshipRating(rater, rated, false, Optional.empty());
  }
}
