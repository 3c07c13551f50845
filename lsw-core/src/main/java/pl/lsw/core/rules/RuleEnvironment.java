package pl.lsw.core.rules;

import java.util.Objects;
import pl.lsw.core.kernel.WorkingDayCalendar;

/**
 * Everything the rules of a command or a check read besides their subject: the dated parameter
 * values, the working-day calendar of statutory deadlines, and any other reference data. The
 * entry point {@code Lsw} builds one environment from what the embedder gave it and hands the
 * same one to every capability; nothing inside the library picks a calendar or a parameter set
 * by itself.
 *
 * <p>Immutable and thread-safe. Polish: <i>otoczenie reguł (parametry, kalendarz, dane
 * referencyjne)</i>.
 *
 * @param parameters the dated parameter values
 * @param calendar the working-day calendar
 * @param referenceData the reference data, always holding {@code calendar} under {@link
 *     WorkingDayCalendar}
 */
public record RuleEnvironment(ParameterSet parameters, WorkingDayCalendar calendar,
    ReferenceData referenceData) {

  /**
   * Refuses nulls and puts the calendar into the reference data.
   *
   * @param parameters the dated parameter values
   * @param calendar the working-day calendar
   * @param referenceData further reference data
   */
  public RuleEnvironment {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(calendar, "calendar");
    referenceData = Objects.requireNonNull(referenceData, "referenceData")
        .with(WorkingDayCalendar.class, calendar);
  }

  /**
   * An environment of these parameters and this calendar, with no other reference data.
   *
   * @param parameters the dated parameter values
   * @param calendar the working-day calendar
   * @return the environment
   */
  public static RuleEnvironment of(ParameterSet parameters, WorkingDayCalendar calendar) {
    return new RuleEnvironment(parameters, calendar, ReferenceData.empty());
  }

  /**
   * The same environment with other parameters (e.g. a draft law laid over the statutory values).
   *
   * @param other the parameters
   * @return the environment with them
   */
  public RuleEnvironment withParameters(ParameterSet other) {
    return new RuleEnvironment(other, calendar, referenceData);
  }
}
