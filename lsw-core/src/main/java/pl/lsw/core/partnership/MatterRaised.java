package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;


/**
 * A partner raised a matter.
 *
 * <p>Polish: <i>partner zgłosił sprawę</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param matter the matter
 */
public record MatterRaised(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, RaisedMatter matter)
    implements PartnershipEvent {

  /** Refuses null components. */
  public MatterRaised {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(matter, "matter");
  }
}
