package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

/**
 * Who performed an act of the competition: the body itself, or the organisation the running of
 * the competition was outsourced to (UDPP art. 11 ust. 2a).
 *
 * <p>Polish: <i>podmiot dokonujący czynności w konkursie</i>.
 */
public enum ActingParty implements Displayable {
  /** The public body. Polish: <i>organ administracji publicznej</i>. */
  BODY("organ administracji publicznej", "the public body"),
  /** The organisation running the competition for the body. Polish: <i>organizacja przeprowadzająca konkurs</i>. */
  OPERATOR("organizacja przeprowadzająca konkurs", "the organisation running the competition");

  private final String polishName;
  private final String englishName;

  ActingParty(String polishName, String englishName) {
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
