package pl.lsw.core.evaluation.evidence;

import java.time.LocalDate;
import java.util.List;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ParameterTypes;

/**
 * The thresholds of the evidence read from records, as dated parameters (read as of the last day
 * of the period assessed).
 *
 * <ul>
 *   <li>{@link #MIN_INFORMATION_TO_ALL}: how many dispatches sent to all members in the period
 *       evidence {@link RecordSignal#INFORMATION_TO_ALL}; default 1.
 *   <li>{@link #MIN_MEETINGS}: how many meetings with the partners present evidence {@link
 *       RecordSignal#MEETINGS_WITH_ATTENDANCE}; default 1.
 *   <li>{@link #MEETING_MIN_ORGANISATIONS}: from how many member organisations present a meeting
 *       counts as a meeting of partners; default 2 (a meeting of one organisation's people is not
 *       cooperation).
 *   <li>{@link #MIN_JOINT_DECISIONS}: how many joint decisions in force evidence {@link
 *       RecordSignal#JOINT_DECISIONS}; default 1.
 *   <li>{@link #MIN_JOINT_ACTIONS}: how many joint actions evidence {@link
 *       RecordSignal#JOINT_ACTIONS}; default 1.
 * </ul>
 *
 * <p>The seeds give no numbers: one event of a kind in the period is the library's choice, the
 * least that shows the form of cooperation happened at all. A caller asking for regularity lays
 * higher values over them with {@link ParameterSet#overlay}.
 *
 * <p><b>Validity date.</b> Every default applies from {@link #VALID_FROM} (1 January 2000), the
 * library's documented early baseline.
 *
 * <p>Polish: <i>parametry dowodów z dokumentacji</i>.
 */
public final class RecordEvidenceParameters {

  /** The date from which the defaults apply. */
  public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

  /** Dispatches to all members needed (default 1). */
  public static final ParameterKey<Integer> MIN_INFORMATION_TO_ALL = ParameterKey.of(
      "TYP-RECORDS.minInformationToAll", ParameterTypes.COUNT,
      "ile wysyłek informacji do wszystkich członków w okresie stanowi dowód z dokumentacji",
      "how many dispatches to all members in the period count as evidence from records");

  /** Meetings with the partners present needed (default 1). */
  public static final ParameterKey<Integer> MIN_MEETINGS = ParameterKey.of(
      "TYP-RECORDS.minMeetings", ParameterTypes.COUNT,
      "ile spotkań z obecnością partnerów w okresie stanowi dowód z dokumentacji",
      "how many meetings with the partners present in the period count as evidence from records");

  /** Member organisations present for a meeting to count (default 2). */
  public static final ParameterKey<Integer> MEETING_MIN_ORGANISATIONS = ParameterKey.of(
      "TYP-RECORDS.meetingMinOrganisations", ParameterTypes.COUNT,
      "od ilu obecnych organizacji członkowskich spotkanie liczy się jako spotkanie partnerów",
      "from how many member organisations present a meeting counts as a meeting of partners");

  /** Joint decisions in force needed (default 1). */
  public static final ParameterKey<Integer> MIN_JOINT_DECISIONS = ParameterKey.of(
      "TYP-RECORDS.minJointDecisions", ParameterTypes.COUNT,
      "ile wspólnych decyzji w okresie stanowi dowód z dokumentacji",
      "how many joint decisions in the period count as evidence from records");

  /** Joint actions needed (default 1). */
  public static final ParameterKey<Integer> MIN_JOINT_ACTIONS = ParameterKey.of(
      "TYP-RECORDS.minJointActions", ParameterTypes.COUNT,
      "ile wspólnych działań w okresie stanowi dowód z dokumentacji",
      "how many joint actions in the period count as evidence from records");

  private static final ParameterSet DEFAULTS = ParameterSet.empty()
      .with(MIN_INFORMATION_TO_ALL, VALID_FROM, 1)
      .with(MIN_MEETINGS, VALID_FROM, 1)
      .with(MEETING_MIN_ORGANISATIONS, VALID_FROM, 2)
      .with(MIN_JOINT_DECISIONS, VALID_FROM, 1)
      .with(MIN_JOINT_ACTIONS, VALID_FROM, 1);

  private RecordEvidenceParameters() {}

  /** @return every key, in the order listed above */
  public static List<ParameterKey<?>> keys() {
    return List.of(MIN_INFORMATION_TO_ALL, MIN_MEETINGS, MEETING_MIN_ORGANISATIONS,
        MIN_JOINT_DECISIONS, MIN_JOINT_ACTIONS);
  }

  /** @return the defaults (1, 1, 2, 1, 1), each valid from {@link #VALID_FROM} */
  public static ParameterSet defaults() {
    return DEFAULTS;
  }

  /**
   * The threshold of a signal.
   *
   * @param signal the signal
   * @return its key
   */
  public static ParameterKey<Integer> minimum(RecordSignal signal) {
    return switch (signal) {
      case INFORMATION_TO_ALL -> MIN_INFORMATION_TO_ALL;
      case MEETINGS_WITH_ATTENDANCE -> MIN_MEETINGS;
      case JOINT_DECISIONS -> MIN_JOINT_DECISIONS;
      case JOINT_ACTIONS -> MIN_JOINT_ACTIONS;
    };
  }
}
