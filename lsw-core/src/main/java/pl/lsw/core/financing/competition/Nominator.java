package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

/**
 * Who nominated a committee member (UDPP art. 15 ust. 2a).
 *
 * <p>Polish: <i>podmiot wskazujący członka komisji konkursowej</i>.
 */
public enum Nominator implements Displayable {
  /** A representative of the executive body. Polish: <i>przedstawiciel organu wykonawczego</i>. */
  EXECUTIVE_BODY("przedstawiciel organu wykonawczego", "representative of the executive body"),
  /** A person nominated by an NGO. Polish: <i>osoba wskazana przez organizację pozarządową</i>. */
  ORGANISATION("osoba wskazana przez organizację pozarządową", "person nominated by an NGO");

  private final String polishName;
  private final String englishName;

  Nominator(String polishName, String englishName) {
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
