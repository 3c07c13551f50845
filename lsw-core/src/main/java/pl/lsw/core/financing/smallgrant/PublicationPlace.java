package pl.lsw.core.financing.smallgrant;

/**
 * Where a small-grant offer is posted for comments (UDPP art. 19a ust. 3): all three are required.
 *
 * <p>Polish: <i>miejsce zamieszczenia oferty</i>.
 */
public enum PublicationPlace {
  /** The Public Information Bulletin. Polish: <i>Biuletyn Informacji Publicznej</i>. */
  BIP,
  /** The notice board at the body's seat. Polish: <i>tablica ogłoszeń w siedzibie organu</i>. */
  NOTICE_BOARD,
  /** The body's website. Polish: <i>strona internetowa organu</i>. */
  WEBSITE
}
