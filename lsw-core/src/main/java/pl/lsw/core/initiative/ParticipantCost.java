package pl.lsw.core.initiative;

import pl.lsw.core.kernel.Displayable;

/**
 * What taking part costs a participant.
 *
 * <p>Polish: <i>odpłatność dla uczestników</i>.
 */
public enum ParticipantCost implements Displayable {
  /** Free of charge. Polish: <i>bezpłatnie</i>. */
  FREE("bezpłatnie", "free of charge"),
  /** For a fee, the same for everybody. Polish: <i>odpłatnie</i>. */
  FEE("odpłatnie", "for a fee"),
  /** Free or paid depending on the income of the participant's household. Polish: <i>odpłatność zależna od dochodu</i>. */
  MEANS_TESTED("odpłatność zależna od dochodu", "means-tested");

  private final String polishName;
  private final String englishName;

  ParticipantCost(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
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
