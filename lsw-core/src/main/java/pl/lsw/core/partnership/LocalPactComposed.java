package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import java.util.List;

/**
 * A local pact's component partnerships were set.
 *
 * <p>Polish: <i>ustalono skład paktu lokalnego</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param components the component partnerships
 */
public record LocalPactComposed(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, List<PartnershipId> components)
    implements PartnershipEvent {

  /** Refuses null components. */
  public LocalPactComposed {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(components, "components");
    components = List.copyOf(components);
  }
}
