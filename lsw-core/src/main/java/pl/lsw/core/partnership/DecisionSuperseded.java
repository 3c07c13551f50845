package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.DecisionId;

/**
 * A recorded decision was superseded by a correcting decision.
 *
 * <p>Polish: <i>decyzja zastąpiona nową decyzją</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param superseded the earlier decision
 * @param supersededBy the correcting decision
 */
public record DecisionSuperseded(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, DecisionId superseded, DecisionId supersededBy)
    implements PartnershipEvent {

  /** Refuses null components. */
  public DecisionSuperseded {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(superseded, "superseded");
    Objects.requireNonNull(supersededBy, "supersededBy");
  }
}
