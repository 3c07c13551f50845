package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;


/**
 * A raised matter's status changed.
 *
 * <p>Polish: <i>zmiana statusu sprawy</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param matter the matter
 * @param from the previous status
 * @param to the new status
 */
public record MatterStatusChanged(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, MatterId matter, MatterStatus from, MatterStatus to)
    implements PartnershipEvent {

  /** Refuses null components. */
  public MatterStatusChanged {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
