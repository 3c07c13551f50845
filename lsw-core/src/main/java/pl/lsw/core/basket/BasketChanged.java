package pl.lsw.core.basket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The Local Service Basket of a partnership changed: a service was added, changed, withdrawn or
 * verified, or the basket was agreed at a meeting. It names no family.
 *
 * <p>Polish: <i>zmieniono Lokalny Koszyk Usług</i>.
 *
 * @param partnership the partnership whose basket it is
 * @param kind what kind of change
 * @param service the service concerned, absent for an agreement
 * @param occurredAt when
 */
public record BasketChanged(PartnershipId partnership, BasketRevisionKind kind,
    Optional<BasketServiceId> service, Instant occurredAt) implements DomainEvent {

  /** Refuses nulls. */
  public BasketChanged {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The partnership's id. */
  @Override
  public String aggregateId() {
    return partnership.toString();
  }

  /** E.g. {@code BasketServiceAdded} or {@code ServiceBasketAgreed}. */
  @Override
  public String type() {
    return kind.eventType();
  }
}
