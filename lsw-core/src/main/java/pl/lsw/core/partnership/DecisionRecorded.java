package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.Decision;

/**
 * A decision of the Steering Committee was recorded.
 *
 * <p>Polish: <i>zarejestrowano decyzję</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param decision the decision (with its result)
 */
public record DecisionRecorded(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, Decision decision)
    implements PartnershipEvent {

  /** Refuses null components. */
  public DecisionRecorded {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(decision, "decision");
  }
}
