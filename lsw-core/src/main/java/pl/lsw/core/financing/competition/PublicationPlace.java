package pl.lsw.core.financing.competition;

/**
 * The three places a competition announcement is published in (UDPP art. 13 ust. 3).
 *
 * <p>Polish: <i>miejsca publikacji ogłoszenia</i>.
 */
public enum PublicationPlace {
  /** Polish: <i>Biuletyn Informacji Publicznej</i>. */
  BIP,
  /** Polish: <i>tablica ogłoszeń w siedzibie organu</i>. */
  SEAT_NOTICE_BOARD,
  /** Polish: <i>strona internetowa organu</i>. */
  WEBSITE
}
