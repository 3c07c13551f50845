package pl.lsw.core.financing.smallgrant;

/**
 * Who sent a comment on a small-grant offer; "anyone" may comment (UDPP art. 19a ust. 3).
 *
 * <p>Polish: <i>rodzaj podmiotu zgłaszającego uwagi</i>.
 */
public enum CommentAuthorKind {
  /** A natural person. Polish: <i>osoba fizyczna</i>. */
  PERSON,
  /** A non-governmental organisation. Polish: <i>organizacja pozarządowa</i>. */
  ORGANISATION,
  /** A public institution. Polish: <i>instytucja publiczna</i>. */
  PUBLIC_INSTITUTION,
  /** Anyone else, or unknown. Polish: <i>inny podmiot</i>. */
  OTHER
}
