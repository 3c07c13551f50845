package pl.lsw.core.organisation;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.kernel.DomainEvent;

/**
 * The data of an organisation in the registry was changed (published after it was stored).
 *
 * <p>Polish: <i>dane organizacji zmienione</i>.
 *
 * @param organisationId the organisation's id
 * @param version the newly stored version
 * @param occurredAt when it was changed, from the registry's clock
 */
public record OrganisationUpdated(OrganisationId organisationId, long version, Instant occurredAt)
    implements DomainEvent {

  /** Refuses null components. */
  public OrganisationUpdated {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  @Override
  public String aggregateId() {
    return organisationId.toString();
  }
}
