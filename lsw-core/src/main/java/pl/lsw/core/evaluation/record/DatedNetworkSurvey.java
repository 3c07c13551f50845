package pl.lsw.core.evaluation.record;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.evaluation.NetworkMeasures;
import pl.lsw.core.evaluation.NetworkSurvey;

/**
 * A survey of a partnership's network on the day it was held: the members and each member's
 * directed ratings of its relationships with the others.
 *
 * <p>Immutable. Polish: <i>badanie sieci współpracy z datą</i>.
 *
 * @param surveyedOn the day the survey was held (or closed)
 * @param survey the members and their ratings
 */
public record DatedNetworkSurvey(LocalDate surveyedOn, NetworkSurvey survey) {

  /** Refuses nulls. */
  public DatedNetworkSurvey {
    Objects.requireNonNull(surveyedOn, "surveyedOn");
    Objects.requireNonNull(survey, "survey");
  }

  /**
   * A dated survey.
   *
   * @param surveyedOn the day
   * @param survey the survey
   * @return the dated survey
   */
  public static DatedNetworkSurvey of(LocalDate surveyedOn, NetworkSurvey survey) {
    return new DatedNetworkSurvey(surveyedOn, survey);
  }

  /** @return the survey's measures (ties where either member reports one) */
  public NetworkMeasures measures() {
    return survey.measures();
  }
}
