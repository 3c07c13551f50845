package pl.lsw.core.financing.offer;

/**
 * Whether an offer is made by one organisation or jointly by several (UDPP art. 14 ust. 2).
 *
 * <p>Polish: <i>rodzaj oferty: oferta / oferta wspólna</i>.
 */
public enum OfferKind {
  /** One organisation. Polish: <i>oferta</i>. */
  SINGLE,
  /** Two or more organisations together. Polish: <i>oferta wspólna</i>. */
  JOINT
}
