package pl.lsw.core.basket;

import pl.lsw.core.kernel.Displayable;

/**
 * The kinds of accepted change the Local Service Basket records in its history; the constant's
 * name is the {@link pl.lsw.core.kernel.history.Revision#kind() kind} of the revision.
 *
 * <p>Polish: <i>rodzaje zmian Lokalnego Koszyka Usług</i>.
 */
public enum BasketRevisionKind implements Displayable {
  /** A service was added. Polish: <i>dodano usługę</i>. */
  ADDED("dodano usługę", "service added", "BasketServiceAdded"),
  /** A service was changed. Polish: <i>zmieniono usługę</i>. */
  CHANGED("zmieniono usługę", "service changed", "BasketServiceChanged"),
  /** A service was withdrawn. Polish: <i>wycofano usługę</i>. */
  WITHDRAWN("wycofano usługę", "service withdrawn", "BasketServiceWithdrawn"),
  /** A service was confirmed current. Polish: <i>potwierdzono aktualność usługi</i>. */
  VERIFIED("potwierdzono aktualność usługi", "service verified", "BasketServiceVerified"),
  /** The basket was agreed at a partnership meeting. Polish: <i>uzgodniono koszyk</i>. */
  AGREED("uzgodniono koszyk na spotkaniu partnerstwa", "basket agreed at a partnership meeting",
      "ServiceBasketAgreed");

  private final String polishName;
  private final String englishName;
  private final String eventType;

  BasketRevisionKind(String polishName, String englishName, String eventType) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.eventType = eventType;
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

  /** The stable type of the event published for this kind of change. */
  public String eventType() {
    return eventType;
  }

  /** Whether this kind changes what a service offers (an addition or a change). */
  public boolean changesOffer() {
    return this == ADDED || this == CHANGED;
  }
}
