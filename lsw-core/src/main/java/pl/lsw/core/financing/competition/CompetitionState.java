package pl.lsw.core.financing.competition;

/**
 * Where a competition stands; each state allows different commands.
 *
 * <ul>
 *   <li>{@link #DRAFT}: prepared, not published — may be announced;
 *   <li>{@link #ANNOUNCED}: published, accepting offers until the deadline — offers received,
 *       committee appointed, offers closed after the deadline, annulled when none came;
 *   <li>{@link #ASSESSMENT}: offers closed — committee appointed (before the first assessment),
 *       offers assessed, results decided, or annulled;
 *   <li>{@link #DECIDED} and {@link #ANNULLED}: final, no command is accepted.
 * </ul>
 *
 * <p>Polish: <i>etap konkursu</i>.
 */
public enum CompetitionState {
  /** Polish: <i>projekt ogłoszenia</i>. */
  DRAFT,
  /** Polish: <i>ogłoszony, nabór ofert</i>. */
  ANNOUNCED,
  /** Polish: <i>ocena ofert</i>. */
  ASSESSMENT,
  /** Polish: <i>rozstrzygnięty</i>. */
  DECIDED,
  /** Polish: <i>unieważniony</i>. */
  ANNULLED;

  /** Whether no further command is accepted. */
  public boolean isFinal() {
    return this == DECIDED || this == ANNULLED;
  }
}
