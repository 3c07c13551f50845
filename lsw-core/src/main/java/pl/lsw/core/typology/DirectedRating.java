package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * One partner's rating of its relationship with another on the 0–5 scale of Frey et al. (2006):
 * 0 = no interaction, 1–5 = the level of {@link Ladders#FREY_2006} (1 networking … 5
 * collaboration). Ratings are directed: A's rating of B need not equal B's rating of A, and the
 * two are kept apart.
 *
 * <p>Immutable. Polish: <i>ocena relacji przez jednego z partnerów (skierowana)</i>.
 *
 * @param rater the partner who rates
 * @param rated the partner rated
 * @param ratedOn the day
 * @param level the level, 0–5
 */
public record DirectedRating(OrganisationId rater, OrganisationId rated, LocalDate ratedOn,
    int level) {

  /** The scale of levels. */
  public static final GradedScale SCALE = GradedScale.ZERO_TO_FIVE;

  private static final Label LEVEL = Label.of("poziom współpracy", "level of collaboration");

  /**
   * Refuses a self-rating and a level off the 0–5 scale, listing both.
   *
   * @param rater the rater
   * @param rated the partner rated
   * @param ratedOn the day
   * @param level the level
   * @throws pl.lsw.core.kernel.InvalidInputException {@code RATING_SAME_ORGANISATION}, {@code
   *     RATING_OFF_SCALE}
   */
  public DirectedRating {
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(rated, "rated");
    Objects.requireNonNull(ratedOn, "ratedOn");
    List<Problem> problems = new ArrayList<>();
    if (rater.equals(rated)) {
      problems.add(TypologyProblems.PROBLEMS.problem("rated", "RATING_SAME_ORGANISATION",
          "organisation", rater));
    }
    if (!SCALE.contains(level)) {
      problems.add(TypologyProblems.PROBLEMS.problem("level", "RATING_OFF_SCALE", "what", LEVEL,
          "value", level, "scale", SCALE));
    }
    TypologyProblems.throwIfAny(problems);
  }

  /** @return the undirected relationship of the two partners */
  public Relationship relationship() {
    return Relationship.between(rater, rated);
  }

  /** @return the stage of {@link Ladders#FREY_2006} rated; empty for 0 (no interaction) */
  public Optional<LadderStage> stage() {
    return level == 0 ? Optional.empty()
        : Optional.of(Ladders.FREY_2006.stages().get(level - 1));
  }

  /**
   * Whether this rating and the other partner's rating of the same relationship differ.
   *
   * @param reverse the other partner's rating (rater and rated swapped)
   * @return true when the levels differ
   * @throws IllegalArgumentException when {@code reverse} is not the reverse rating
   */
  public boolean differsFrom(DirectedRating reverse) {
    if (!reverse.rater().equals(rated) || !reverse.rated().equals(rater)) {
      throw new IllegalArgumentException("not the reverse rating: " + reverse);
    }
    return reverse.level() != level;
  }
}
