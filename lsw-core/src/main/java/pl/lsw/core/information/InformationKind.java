package pl.lsw.core.information;

import pl.lsw.core.kernel.Displayable;

/**
 * What kind of information is sent to the partnership's members (seed 001 §2.1.1: information
 * exchange inside the LSW, meetings of the LSW's members, the newsletter).
 *
 * <p>Polish: <i>rodzaj informacji</i>.
 */
public enum InformationKind implements Displayable {
  /** Polish: <i>ogłoszenie</i>. */
  ANNOUNCEMENT("ogłoszenie", "announcement"),
  /** Polish: <i>zaproszenie na spotkanie Podmiotów LSW</i>. */
  MEETING_INVITATION("zaproszenie na spotkanie", "meeting invitation"),
  /** Polish: <i>newsletter – biuletyn informacyjny</i>. */
  NEWSLETTER("newsletter", "newsletter"),
  /** Polish: <i>informacja o działaniach i zasobach członków</i>. */
  MEMBERS_ACTIONS("informacja o działaniach członków", "information on members' actions");

  private final String polishName;
  private final String englishName;

  InformationKind(String polishName, String englishName) {
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
