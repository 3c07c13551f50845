package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;


/**
 * An organisation joined a partnership (formally or informally).
 *
 * <p>Polish: <i>organizacja przystąpiła do partnerstwa</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param membership the new membership
 */
public record MemberJoined(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, Membership membership)
    implements PartnershipEvent {

  /** Refuses null components. */
  public MemberJoined {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(membership, "membership");
  }
}
