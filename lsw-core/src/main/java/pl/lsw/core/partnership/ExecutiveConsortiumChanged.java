package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ExecutiveConsortium;

/**
 * An Executive Consortium's members changed.
 *
 * <p>Polish: <i>zmiana składu Konsorcjum Wykonawczego</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param consortium the consortium as it is now
 */
public record ExecutiveConsortiumChanged(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, ExecutiveConsortium consortium)
    implements PartnershipEvent {

  /** Refuses null components. */
  public ExecutiveConsortiumChanged {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(consortium, "consortium");
  }
}
