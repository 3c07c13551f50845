package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.SteeringCommittee;

/**
 * The Steering Committee was set up.
 *
 * <p>Polish: <i>powołano Komitet Sterujący</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param committee the committee
 */
public record SteeringCommitteeSetUp(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, SteeringCommittee committee)
    implements PartnershipEvent {

  /** Refuses null components. */
  public SteeringCommitteeSetUp {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(committee, "committee");
  }
}
