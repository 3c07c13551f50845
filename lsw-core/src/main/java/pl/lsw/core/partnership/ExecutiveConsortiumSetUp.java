package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ExecutiveConsortium;

/**
 * An Executive Consortium was set up.
 *
 * <p>Polish: <i>powołano Konsorcjum Wykonawcze</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param consortium the consortium
 */
public record ExecutiveConsortiumSetUp(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, ExecutiveConsortium consortium)
    implements PartnershipEvent {

  /** Refuses null components. */
  public ExecutiveConsortiumSetUp {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(consortium, "consortium");
  }
}
