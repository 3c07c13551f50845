package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A partnership was founded.
 *
 * <p>Polish: <i>partnerstwo założone</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param name its name
 * @param kind its kind
 * @param leader the leader organisation
 */
public record PartnershipFounded(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, String name, PartnershipKind kind, OrganisationId leader)
    implements PartnershipEvent {

  /** Refuses null components. */
  public PartnershipFounded {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(leader, "leader");
  }
}
