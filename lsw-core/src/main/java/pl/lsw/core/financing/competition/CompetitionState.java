package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

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
public enum CompetitionState implements Displayable {
  /** Polish: <i>projekt ogłoszenia</i>. */
  DRAFT("projekt ogłoszenia", "draft"),
  /** Polish: <i>ogłoszony, nabór ofert</i>. */
  ANNOUNCED("ogłoszony, nabór ofert", "announced, taking offers"),
  /** Polish: <i>ocena ofert</i>. */
  ASSESSMENT("ocena ofert", "assessment of offers"),
  /** Polish: <i>rozstrzygnięty</i>. */
  DECIDED("rozstrzygnięty", "decided"),
  /** Polish: <i>unieważniony</i>. */
  ANNULLED("unieważniony", "annulled");

  private final String polishName;
  private final String englishName;

  CompetitionState(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** Whether no further command is accepted. */
  public boolean isFinal() {
    return this == DECIDED || this == ANNULLED;
  }

  /** The Polish name. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name. */
  @Override
  public String englishName() {
    return englishName;
  }
}
