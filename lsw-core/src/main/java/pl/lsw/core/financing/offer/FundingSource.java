package pl.lsw.core.financing.offer;

import pl.lsw.core.kernel.Displayable;

/**
 * Where the money (or value) for a cost item comes from: the grant, or one of the kinds of the
 * organisation's own contribution (UDPP; model offer form, Dz.U. 2018 poz. 2057).
 *
 * <p>Polish: <i>źródło finansowania kosztu</i>.
 */
public enum FundingSource implements Displayable {
  /** The grant asked of the body. Polish: <i>dotacja</i>. */
  GRANT("dotacja", "grant"),
  /**
   * The organisation's own money, other public grants, payments from the recipients. Polish:
   * <i>wkład własny finansowy</i>.
   */
  OWN_FINANCIAL("wkład własny finansowy", "own financial contribution"),
  /** Members' social work and volunteers. Polish: <i>wkład osobowy</i>. */
  PERSONAL("wkład osobowy", "personal contribution"),
  /**
   * Property, vehicles, equipment, resources lent or services given free by others. Polish:
   * <i>wkład rzeczowy</i>.
   */
  IN_KIND("wkład rzeczowy", "in-kind contribution"),
  /** Any other source. Polish: <i>inne źródła</i>. */
  OTHER("inne źródła", "other sources");

  private final String polishName;
  private final String englishName;

  FundingSource(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** Whether this source is part of the organisation's own contribution (everything but the grant). */
  public boolean isOwnContribution() {
    return this != GRANT;
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
