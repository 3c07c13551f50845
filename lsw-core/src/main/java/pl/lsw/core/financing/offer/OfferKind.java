package pl.lsw.core.financing.offer;

import pl.lsw.core.kernel.Displayable;

/**
 * Whether an offer is made by one organisation or jointly by several (UDPP art. 14 ust. 2).
 *
 * <p>Polish: <i>rodzaj oferty: oferta / oferta wspólna</i>.
 */
public enum OfferKind implements Displayable {
  /** One organisation. Polish: <i>oferta</i>. */
  SINGLE("oferta", "single offer"),
  /** Two or more organisations together. Polish: <i>oferta wspólna</i>. */
  JOINT("oferta wspólna", "joint offer");

  private final String polishName;
  private final String englishName;

  OfferKind(String polishName, String englishName) {
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
