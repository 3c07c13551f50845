package pl.lsw.core.organisation;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.kernel.DomainEvent;

/**
 * An organisation was entered in the registry (published after it was stored).
 *
 * <p>Polish: <i>organizacja zarejestrowana</i>.
 *
 * @param organisationId the new organisation's id
 * @param version the stored version (1)
 * @param name its name
 * @param sector its sector
 * @param occurredAt when it was registered, from the registry's clock
 */
public record OrganisationRegistered(
    OrganisationId organisationId, long version, String name, Sector sector, Instant occurredAt)
    implements DomainEvent {

  /** Refuses null components. */
  public OrganisationRegistered {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return organisationId.toString();
  }
}
