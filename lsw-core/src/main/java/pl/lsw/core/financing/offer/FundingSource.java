package pl.lsw.core.financing.offer;

/**
 * Where the money (or value) for a cost item comes from: the grant, or one of the kinds of the
 * organisation's own contribution (UDPP; model offer form, Dz.U. 2018 poz. 2057).
 *
 * <p>Polish: <i>źródło finansowania kosztu</i>.
 */
public enum FundingSource {
  /** The grant asked of the body. Polish: <i>dotacja</i>. */
  GRANT,
  /**
   * The organisation's own money, other public grants, payments from the recipients. Polish:
   * <i>wkład własny finansowy</i>.
   */
  OWN_FINANCIAL,
  /** Members' social work and volunteers. Polish: <i>wkład osobowy</i>. */
  PERSONAL,
  /**
   * Property, vehicles, equipment, resources lent or services given free by others. Polish:
   * <i>wkład rzeczowy</i>.
   */
  IN_KIND,
  /** Any other source. Polish: <i>inne źródła</i>. */
  OTHER;

  /** Whether this source is part of the organisation's own contribution (everything but the grant). */
  public boolean isOwnContribution() {
    return this != GRANT;
  }
}
