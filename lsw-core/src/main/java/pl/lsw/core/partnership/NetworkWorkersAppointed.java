package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import java.util.List;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * The network workers / cooperation animators were appointed (the whole list).
 *
 * <p>Polish: <i>wyznaczono pracowników ds. sieci / animatorów</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param workers the persons appointed
 */
public record NetworkWorkersAppointed(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, List<PersonId> workers)
    implements PartnershipEvent {

  /** Refuses null components. */
  public NetworkWorkersAppointed {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(workers, "workers");
    workers = List.copyOf(workers);
  }
}
