package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.Displayable;

/**
 * Who sent a comment on a small-grant offer; "anyone" may comment (UDPP art. 19a ust. 3).
 *
 * <p>Polish: <i>rodzaj podmiotu zgłaszającego uwagi</i>.
 */
public enum CommentAuthorKind implements Displayable {
  /** A natural person. Polish: <i>osoba fizyczna</i>. */
  PERSON("osoba fizyczna", "natural person"),
  /** A non-governmental organisation. Polish: <i>organizacja pozarządowa</i>. */
  ORGANISATION("organizacja pozarządowa", "non-governmental organisation"),
  /** A public institution. Polish: <i>instytucja publiczna</i>. */
  PUBLIC_INSTITUTION("instytucja publiczna", "public institution"),
  /** Anyone else, or unknown. Polish: <i>inny podmiot</i>. */
  OTHER("inny podmiot", "other");

  private final String polishName;
  private final String englishName;

  CommentAuthorKind(String polishName, String englishName) {
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
