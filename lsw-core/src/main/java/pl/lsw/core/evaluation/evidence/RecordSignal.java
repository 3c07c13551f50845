package pl.lsw.core.evaluation.evidence;

import pl.lsw.core.kernel.Displayable;

/**
 * What the partnership's own records can show about its cooperation in a period, each read from
 * {@link PartnershipRecords}: information sent to all members, meetings with the organisations
 * present, joint decisions, joint actions of the Action Base. A ladder's indicator is evidenced by
 * the records when one of the signals its {@link RecordEvidenceMap} names reaches its threshold
 * ({@link RecordEvidenceParameters}).
 *
 * <p>Polish: <i>sygnał z dokumentacji partnerstwa</i>.
 */
public enum RecordSignal implements Displayable {
  /**
   * A dispatch of the partnership sent to every organisation that was a member on its day.
   * Polish: <i>informacja wysłana do wszystkich członków</i>.
   */
  INFORMATION_TO_ALL("informacja wysłana do wszystkich członków",
      "information sent to all members"),
  /**
   * A recorded meeting of a body at which people of at least the configured number of member
   * organisations were present. Polish: <i>spotkania z listą obecności</i>.
   */
  MEETINGS_WITH_ATTENDANCE("spotkania z obecnością partnerów", "meetings with the partners present"),
  /**
   * A decision of the Steering Committee accepted and still in force. Polish: <i>wspólne
   * decyzje</i>.
   */
  JOINT_DECISIONS("wspólne decyzje", "joint decisions"),
  /**
   * An action of the Action Base run by a consortium of at least two member organisations.
   * Polish: <i>wspólne działania w Bazie Działań</i>.
   */
  JOINT_ACTIONS("wspólne działania w Bazie Działań", "joint actions in the Action Base");

  private final String polishName;
  private final String englishName;

  RecordSignal(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  @Override
  public String polishName() {
    return polishName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
