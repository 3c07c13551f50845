package pl.lsw.core.information;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.partnership.PartnershipId;

/**
 * An entry of a partnership's contact base of key external partners was added, changed or
 * removed.
 *
 * <p>Polish: <i>zmieniono bazę kontaktów zewnętrznych</i>.
 *
 * @param partnership the partnership
 * @param contact the entry
 * @param kind {@code EXTERNAL_CONTACT_ADDED}, {@code _CHANGED} or {@code _REMOVED}
 * @param actor who changed it (the actor's reference)
 * @param occurredAt when
 */
public record ContactBaseChanged(PartnershipId partnership, ExternalContactId contact, String kind,
    String actor, Instant occurredAt) implements DomainEvent {

  /**
   * Refuses nulls.
   *
   * @param partnership the partnership
   * @param contact the entry
   * @param kind the kind of change
   * @param actor who
   * @param occurredAt when
   */
  public ContactBaseChanged {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The partnership's id (the contact base is the partnership's). */
  @Override
  public String aggregateId() {
    return partnership.toString();
  }
}
