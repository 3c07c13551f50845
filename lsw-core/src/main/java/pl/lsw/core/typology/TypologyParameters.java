package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.List;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ParameterTypes;

/**
 * The numbers of the cooperation typologies, as dated rule parameters.
 *
 * <ul>
 *   <li>{@link #NAJAM_GOALS_SIMILAR_FROM}, {@link #NAJAM_MEANS_SIMILAR_FROM}: from which grade of
 *       the 1–5 {@link SimilarityRating} goals (means) count as <i>similar</i>; default 4 ("mostly
 *       alike"), so 4 and 5 are similar and 1–3 different. The seed names the two criteria but no
 *       scale or threshold; 4 is the library's choice: a "partly alike" 3 is not yet similar.
 *   <li>{@link #BEYOND_COOPERATION_MONTHS}: how long a partnership may stay on the middle stages
 *       of a ladder (coordination, cooperation) before rule {@code TYP-BEYOND-COOPERATION}
 *       recommends moving to partnership [seed 001 §9]; default 24 months, the length of the
 *       Praski Kokon test phase measured by the report (2019–2021). The seed gives no period.
 * </ul>
 *
 * <p>The two Najam keys are named after the classification ({@code TYP-NAJAM}); it is not a rule
 * of the catalog, since it classifies rather than finds, but its thresholds are dated like a
 * rule's numbers so that a relationship assessed in 2019 keeps the thresholds of 2019.
 *
 * <p><b>Validity date.</b> Every default applies from {@link #VALID_FROM} (1 January 2000), the
 * library's documented early baseline (the seeds carry no date); a caller lays its own values over
 * them from the date it chooses with {@link ParameterSet#overlay}.
 *
 * <p>Polish: <i>parametry typologii współpracy</i>.
 */
public final class TypologyParameters {

  /** The date from which the defaults apply. */
  public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

  /** Goals are similar from this grade of the 1–5 scale on (default 4). */
  public static final ParameterKey<Integer> NAJAM_GOALS_SIMILAR_FROM = ParameterKey.of(
      "TYP-NAJAM.goalsSimilarFrom", ParameterTypes.COUNT,
      "od której oceny w skali 1–5 cele partnerów uznaje się za podobne",
      "from which grade of the 1–5 scale the partners' goals count as similar");

  /** Means are similar from this grade of the 1–5 scale on (default 4). */
  public static final ParameterKey<Integer> NAJAM_MEANS_SIMILAR_FROM = ParameterKey.of(
      "TYP-NAJAM.meansSimilarFrom", ParameterTypes.COUNT,
      "od której oceny w skali 1–5 sposoby działania partnerów uznaje się za podobne",
      "from which grade of the 1–5 scale the partners' means count as similar");

  /** {@code TYP-BEYOND-COOPERATION}: months on the middle stages before the recommendation (24). */
  public static final ParameterKey<Integer> BEYOND_COOPERATION_MONTHS = ParameterKey.of(
      "TYP-BEYOND-COOPERATION.months", ParameterTypes.MONTHS,
      "po ilu miesiącach na stopniu koordynacji lub kooperacji zaleca się przejście do"
          + " współdziałania partnerskiego",
      "after how many months at coordination or cooperation moving to partnership is recommended");

  private static final ParameterSet DEFAULTS = ParameterSet.empty()
      .with(NAJAM_GOALS_SIMILAR_FROM, VALID_FROM, 4)
      .with(NAJAM_MEANS_SIMILAR_FROM, VALID_FROM, 4)
      .with(BEYOND_COOPERATION_MONTHS, VALID_FROM, 24);

  private TypologyParameters() {}

  /** Every parameter key of the typologies, in the order listed above. */
  public static List<ParameterKey<?>> keys() {
    return List.of(NAJAM_GOALS_SIMILAR_FROM, NAJAM_MEANS_SIMILAR_FROM, BEYOND_COOPERATION_MONTHS);
  }

  /** The defaults (4, 4, 24 months), each valid from {@link #VALID_FROM}. */
  public static ParameterSet defaults() {
    return DEFAULTS;
  }
}
