package pl.lsw.core.financing.competition;

import java.util.Objects;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.kernel.Money;

/**
 * One chosen offer and the grant awarded to it.
 *
 * <p>Polish: <i>wybrana oferta i przyznana dotacja</i>.
 *
 * @param offer the offer chosen
 * @param grant the grant awarded, positive
 */
public record Award(OfferId offer, Money grant) {

  /** Refuses nulls. */
  public Award {
    Objects.requireNonNull(offer, "offer");
    Objects.requireNonNull(grant, "grant");
  }
}
