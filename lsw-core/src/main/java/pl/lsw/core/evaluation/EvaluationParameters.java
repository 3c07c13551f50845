package pl.lsw.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ParameterTypes;

/**
 * The numbers of the evaluation rules, with their defaults. Seed 001 gives only the 10% of
 * significant progress (§8); the other defaults are this library's documented choices, to be
 * tuned by a partnership with {@link ParameterSet#overlay} from the date it chooses.
 *
 * <p><b>Validity date.</b> Every default applies from {@link #VALID_FROM} (1 January 2000), a
 * documented early baseline covering any period a partnership may be evaluated for; the seeds
 * carry no date from which the numbers apply.
 *
 * <p>Polish: <i>parametry reguł ewaluacji partnerstwa</i>.
 */
public final class EvaluationParameters {

  /** The date from which the defaults apply (see the class documentation). */
  public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

  /**
   * {@code EVAL-SIGNIFICANT-PROGRESS}: progress is significant when it is <em>more than</em> this
   * (default 10, seed 001 §8: "ponad 10%"); in percentage points or per cent as {@link
   * #PROGRESS_MEASURE} says.
   */
  public static final ParameterKey<Percent> PROGRESS_THRESHOLD = ParameterKey.of(
      "EVAL-SIGNIFICANT-PROGRESS.threshold", ParameterTypes.PERCENT,
      "wzrost, powyżej którego postęp między pomiarami jest istotny (w punktach procentowych lub"
          + " procentach, zależnie od miary)",
      "the rise above which progress between waves is significant (in percentage points or per"
          + " cent, as the measure says)");

  /**
   * {@code EVAL-SIGNIFICANT-PROGRESS}: what the threshold measures (default {@link
   * ProgressMeasure#PERCENTAGE_POINTS_OF_HIGH_ANSWERS}: the seed's charts show shares of answers).
   */
  public static final ParameterKey<ProgressMeasure> PROGRESS_MEASURE = ParameterKey.of(
      "EVAL-SIGNIFICANT-PROGRESS.measure", ProgressMeasure.PARAMETER_TYPE,
      "miara postępu: punkty procentowe udziału wysokich odpowiedzi albo względna zmiana średniej",
      "the measure of progress: percentage points of the share of high answers, or the relative"
          + " change of the mean");

  /**
   * {@code EVAL-SIGNIFICANT-PROGRESS}: the lowest answer counted as high (default 5: answers 5 and
   * 6 of the 1–6 scale).
   */
  public static final ParameterKey<Integer> HIGH_ANSWER_FROM = ParameterKey.of(
      "EVAL-SIGNIFICANT-PROGRESS.highFrom", ParameterTypes.COUNT,
      "najniższa odpowiedź (w skali 1–6) liczona jako wysoka",
      "the lowest answer (on the 1–6 scale) counted as high");

  /**
   * {@code TYP-DOMINATION}: a partner that proposed more than this share of the period's decisions
   * dominates (default 50%).
   */
  public static final ParameterKey<Percent> DOMINATION_MAX_DECISION_SHARE = ParameterKey.of(
      "TYP-DOMINATION.maxDecisionShare", ParameterTypes.PERCENT,
      "największy udział decyzji okresu proponowanych lub narzucanych przez jednego partnera",
      "the largest share of the period's decisions one partner may propose or impose");

  /**
   * {@code TYP-DOMINATION}: the decision share is judged only when the period has at least this
   * many decisions (default 4), so that one decision of one partner is not "100%".
   */
  public static final ParameterKey<Integer> DOMINATION_MIN_DECISIONS = ParameterKey.of(
      "TYP-DOMINATION.minDecisions", ParameterTypes.COUNT,
      "najmniejsza liczba decyzji w okresie, od której ocenia się udział jednego partnera",
      "the least number of decisions in the period from which one partner's share is judged");

  /**
   * {@code TYP-DOMINATION}: a partner that used at least this many resources brought by another
   * partner, while that partner used none of its own, uses resources one way (default 2).
   */
  public static final ParameterKey<Integer> DOMINATION_ONE_WAY_RESOURCE_USES = ParameterKey.of(
      "TYP-DOMINATION.oneWayResourceUses", ParameterTypes.COUNT,
      "liczba zasobów innego partnera wykorzystanych bez wzajemności, od której jest to dominacja",
      "the number of another partner's resources used without reciprocity that counts as"
          + " domination");

  /**
   * {@code TYP-PARALLEL-ACTION}: the least number of contacts (joint actions, meetings attended,
   * information exchanges sent or received) a member has in the period (default 1).
   */
  public static final ParameterKey<Integer> PARALLEL_MIN_CONTACTS = ParameterKey.of(
      "TYP-PARALLEL-ACTION.minContacts", ParameterTypes.COUNT,
      "najmniejsza liczba kontaktów członka w okresie (wspólne działania, obecność na spotkaniach,"
          + " wymiana informacji)",
      "the least number of a member's contacts in the period (joint actions, meetings attended,"
          + " information exchanges)");

  /**
   * {@code TYP-DRAINING}: how many resources one partner may have brought in the period without
   * agreed ownership or terms of use before it is reported (default 0: any one is reported).
   */
  public static final ParameterKey<Integer> DRAINING_TOLERATED_UNAGREED = ParameterKey.of(
      "TYP-DRAINING.toleratedUnagreed", ParameterTypes.COUNT,
      "dopuszczalna liczba zasobów wniesionych przez partnera bez uzgodnionej własności lub zasad"
          + " korzystania",
      "how many resources a partner may bring without agreed ownership or terms of use");

  private static final ParameterSet DEFAULTS = ParameterSet.empty()
      .with(PROGRESS_THRESHOLD, VALID_FROM, Percent.of(10))
      .with(PROGRESS_MEASURE, VALID_FROM, ProgressMeasure.PERCENTAGE_POINTS_OF_HIGH_ANSWERS)
      .with(HIGH_ANSWER_FROM, VALID_FROM, 5)
      .with(DOMINATION_MAX_DECISION_SHARE, VALID_FROM, Percent.of(50))
      .with(DOMINATION_MIN_DECISIONS, VALID_FROM, 4)
      .with(DOMINATION_ONE_WAY_RESOURCE_USES, VALID_FROM, 2)
      .with(PARALLEL_MIN_CONTACTS, VALID_FROM, 1)
      .with(DRAINING_TOLERATED_UNAGREED, VALID_FROM, 0);

  private EvaluationParameters() {}

  /** Every evaluation parameter key, in the order listed above. */
  public static List<ParameterKey<?>> keys() {
    return List.of(PROGRESS_THRESHOLD, PROGRESS_MEASURE, HIGH_ANSWER_FROM,
        DOMINATION_MAX_DECISION_SHARE, DOMINATION_MIN_DECISIONS, DOMINATION_ONE_WAY_RESOURCE_USES,
        PARALLEL_MIN_CONTACTS, DRAINING_TOLERATED_UNAGREED);
  }

  /**
   * The defaults (10, percentage points of high answers, high from 5; 50% of at least 4
   * decisions, 2 one-way resource uses; 1 contact; 0 unagreed resources), each valid from {@link
   * #VALID_FROM}.
   */
  public static ParameterSet defaults() {
    return DEFAULTS;
  }
}
