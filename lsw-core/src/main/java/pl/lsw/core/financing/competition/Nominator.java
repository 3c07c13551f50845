package pl.lsw.core.financing.competition;

/**
 * Who nominated a committee member (UDPP art. 15 ust. 2a).
 *
 * <p>Polish: <i>podmiot wskazujący członka komisji konkursowej</i>.
 */
public enum Nominator {
  /** A representative of the executive body. Polish: <i>przedstawiciel organu wykonawczego</i>. */
  EXECUTIVE_BODY,
  /** A person nominated by an NGO. Polish: <i>osoba wskazana przez organizację pozarządową</i>. */
  ORGANISATION
}
