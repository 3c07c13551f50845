package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

/**
 * The acts the body performs itself even when running the competition is outsourced (UDPP art. 11
 * ust. 2b).
 *
 * <p>Polish: <i>czynności zastrzeżone dla organu</i>.
 */
public enum NondelegableAct implements Displayable {
  /** Polish: <i>ogłoszenie konkursu</i>. */
  ANNOUNCE("ogłoszenie konkursu", "announcing the competition"),
  /** Polish: <i>powołanie komisji konkursowej</i>. */
  APPOINT_COMMITTEE("powołanie komisji konkursowej", "appointing the committee"),
  /** Polish: <i>wybór ofert i ogłoszenie wyników</i>. */
  CHOOSE_OFFERS("wybór ofert i ogłoszenie wyników", "choosing the offers and announcing the results"),
  /** Polish: <i>unieważnienie konkursu</i>. */
  ANNUL("unieważnienie konkursu", "annulling the competition");

  private final String polishName;
  private final String englishName;

  NondelegableAct(String polishName, String englishName) {
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
