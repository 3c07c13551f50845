package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

/**
 * The only grounds to annul a competition (UDPP art. 18a ust. 1).
 *
 * <p>Polish: <i>przesłanka unieważnienia konkursu</i>.
 */
public enum AnnulmentReason implements Displayable {
  /** No offer came. Polish: <i>nie złożono żadnej oferty</i>. */
  NO_OFFERS("nie złożono żadnej oferty", "no offer was submitted"),
  /** No offer met the announced requirements. Polish: <i>żadna ze złożonych ofert nie spełnia wymogów</i>. */
  NO_OFFER_MEETS_REQUIREMENTS("żadna ze złożonych ofert nie spełnia wymogów", "no offer meets the requirements");

  private final String polishName;
  private final String englishName;

  AnnulmentReason(String polishName, String englishName) {
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
