package pl.lsw.core.partnership.governance.rules;

import java.time.LocalDate;
import java.util.List;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ParameterTypes;

/**
 * The numbers of the governance rules, with their defaults from the LSW standard (seed 000) and
 * the partnership manual (seed 004).
 *
 * <p><b>Validity date.</b> Every default applies from {@link #VALID_FROM} (1 January 2000), a
 * documented early baseline chosen so that any period a partnership may be reviewed for is
 * covered; the seeds themselves carry no date from which the numbers apply. A caller who wants
 * other numbers lays its own values over the defaults with {@link ParameterSet#overlay} (or
 * passes them to {@link GovernanceCompliance}, which does so), from the date it chooses.
 *
 * <p>Polish: <i>parametry reguł zarządzania partnerstwem</i>.
 */
public final class GovernanceParameters {

  /** The date from which the defaults apply (see the class documentation). */
  public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

  /** {@code GOV-FOCUS}: the first phase lasts this many months from the founding day (default 12). */
  public static final ParameterKey<Integer> FOCUS_FIRST_PHASE_MONTHS = ParameterKey.of(
      "GOV-FOCUS.firstPhaseMonths", ParameterTypes.MONTHS,
      "czas trwania pierwszej fazy partnerstwa od dnia założenia, w miesiącach",
      "how many months from the founding day the partnership's first phase lasts");

  /**
   * {@code GOV-TT-BIMONTHLY}: the longest allowed interval between Task Team meetings, in months
   * (default 2).
   */
  public static final ParameterKey<Integer> TASK_TEAM_INTERVAL_MONTHS = ParameterKey.of(
      "GOV-TT-BIMONTHLY.intervalMonths", ParameterTypes.MONTHS,
      "najdłuższy dopuszczalny odstęp między spotkaniami Zespołu Zadaniowego, w miesiącach",
      "the longest allowed interval between two Task Team meetings, in months");

  /**
   * {@code GOV-OPEN-MEETING}: how many representatives of supported families must be present at
   * the open meeting (default 1).
   */
  public static final ParameterKey<Integer> OPEN_MEETING_MIN_FAMILY_REPRESENTATIVES = ParameterKey.of(
      "GOV-OPEN-MEETING.minFamilyRepresentatives", ParameterTypes.COUNT,
      "najmniejsza liczba przedstawicieli wspieranych rodzin obecnych na spotkaniu otwartym",
      "the least number of representatives of supported families present at the open meeting");

  /** {@code GOV-TT-MANAGER}: the least whole years of experience in helping families (default 3). */
  public static final ParameterKey<Integer> MANAGER_MIN_YEARS_HELPING_FAMILIES = ParameterKey.of(
      "GOV-TT-MANAGER.minYearsHelpingFamilies", ParameterTypes.COUNT,
      "najmniejsze doświadczenie Kierownika Zespołu Zadaniowego w pomocy rodzinom, w pełnych latach",
      "the least experience of the Task Team Manager in helping families, in whole years");

  /** {@code GOV-TT-MANAGER}: the least months of project coordination (default 6). */
  public static final ParameterKey<Integer> MANAGER_MIN_MONTHS_COORDINATING = ParameterKey.of(
      "GOV-TT-MANAGER.minMonthsCoordinating", ParameterTypes.MONTHS,
      "najmniejsze doświadczenie Kierownika Zespołu Zadaniowego w koordynowaniu projektów, w miesiącach",
      "the least experience of the Task Team Manager in coordinating projects, in months");

  /** {@code GOV-NETWORK-WORKER-PAIR}: the least number of network workers / animators (default 2). */
  public static final ParameterKey<Integer> NETWORK_WORKERS_MIN = ParameterKey.of(
      "GOV-NETWORK-WORKER-PAIR.minWorkers", ParameterTypes.COUNT,
      "najmniejsza liczba osób pełniących rolę pracownika sieci (animatora)",
      "the least number of people holding the network worker (animator) role");

  /**
   * {@code GOV-ROTATING-CHAIR}: the number of consecutive meetings of one body that the same chair
   * or the same host may not fill (default 3: a chair or host in 3 meetings in a row is reported).
   */
  public static final ParameterKey<Integer> ROTATION_CONSECUTIVE_MEETINGS = ParameterKey.of(
      "GOV-ROTATING-CHAIR.consecutiveMeetings", ParameterTypes.COUNT,
      "liczba kolejnych spotkań jednego organu, w których ta sama osoba nie powinna przewodniczyć"
          + " ani ten sam partner gościć",
      "the number of consecutive meetings of one body the same chair or host should not fill");

  private static final ParameterSet DEFAULTS = ParameterSet.empty()
      .with(FOCUS_FIRST_PHASE_MONTHS, VALID_FROM, 12)
      .with(TASK_TEAM_INTERVAL_MONTHS, VALID_FROM, 2)
      .with(OPEN_MEETING_MIN_FAMILY_REPRESENTATIVES, VALID_FROM, 1)
      .with(MANAGER_MIN_YEARS_HELPING_FAMILIES, VALID_FROM, 3)
      .with(MANAGER_MIN_MONTHS_COORDINATING, VALID_FROM, 6)
      .with(NETWORK_WORKERS_MIN, VALID_FROM, 2)
      .with(ROTATION_CONSECUTIVE_MEETINGS, VALID_FROM, 3);

  private GovernanceParameters() {}

  /** Every governance parameter key, in the order listed above. */
  public static List<ParameterKey<?>> keys() {
    return List.of(FOCUS_FIRST_PHASE_MONTHS, TASK_TEAM_INTERVAL_MONTHS,
        OPEN_MEETING_MIN_FAMILY_REPRESENTATIVES, MANAGER_MIN_YEARS_HELPING_FAMILIES,
        MANAGER_MIN_MONTHS_COORDINATING, NETWORK_WORKERS_MIN, ROTATION_CONSECUTIVE_MEETINGS);
  }

  /**
   * The defaults (12 months, 2 months, 1 representative, 3 years, 6 months, 2 workers, 3
   * meetings), each valid from {@link #VALID_FROM}.
   */
  public static ParameterSet defaults() {
    return DEFAULTS;
  }
}
