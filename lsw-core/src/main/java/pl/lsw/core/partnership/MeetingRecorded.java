package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.Meeting;

/**
 * A meeting of a body was recorded.
 *
 * <p>Polish: <i>zarejestrowano spotkanie</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param meeting the meeting
 */
public record MeetingRecorded(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, Meeting meeting)
    implements PartnershipEvent {

  /** Refuses null components. */
  public MeetingRecorded {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(meeting, "meeting");
  }
}
