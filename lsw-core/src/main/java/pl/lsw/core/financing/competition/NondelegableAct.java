package pl.lsw.core.financing.competition;

/**
 * The acts the body performs itself even when running the competition is outsourced (UDPP art. 11
 * ust. 2b).
 *
 * <p>Polish: <i>czynności zastrzeżone dla organu</i>.
 */
public enum NondelegableAct {
  /** Polish: <i>ogłoszenie konkursu</i>. */
  ANNOUNCE,
  /** Polish: <i>powołanie komisji konkursowej</i>. */
  APPOINT_COMMITTEE,
  /** Polish: <i>wybór ofert i ogłoszenie wyników</i>. */
  CHOOSE_OFFERS,
  /** Polish: <i>unieważnienie konkursu</i>. */
  ANNUL
}
