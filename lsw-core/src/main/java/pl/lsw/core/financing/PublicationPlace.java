package pl.lsw.core.financing;

import pl.lsw.core.kernel.Displayable;

/**
 * A place where a body publishes: a competition announcement (UDPP art. 13 ust. 3) or a
 * small-grant offer posted for comments (UDPP art. 19a ust. 3); all three are required for both.
 *
 * <p>Polish: <i>miejsce publikacji (ogłoszenia konkursu, zamieszczenia oferty)</i>.
 */
public enum PublicationPlace implements Displayable {
  /** The Public Information Bulletin. Polish: <i>Biuletyn Informacji Publicznej</i>. */
  BIP("Biuletyn Informacji Publicznej", "Public Information Bulletin (BIP)"),
  /** The notice board at the body's seat. Polish: <i>tablica ogłoszeń w siedzibie organu</i>. */
  NOTICE_BOARD("tablica ogłoszeń w siedzibie organu", "notice board at the body's seat"),
  /** The body's website. Polish: <i>strona internetowa organu</i>. */
  WEBSITE("strona internetowa organu", "the body's website");

  private final String polishName;
  private final String englishName;

  PublicationPlace(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  @Override
  public String polishName() {
    return polishName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
