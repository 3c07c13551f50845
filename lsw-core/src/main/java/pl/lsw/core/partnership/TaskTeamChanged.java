package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.TaskTeam;

/**
 * The Task Team's manager, specialist or members changed.
 *
 * <p>Polish: <i>zmiana składu Zespołu Zadaniowego</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param team the team as it is now
 */
public record TaskTeamChanged(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, TaskTeam team)
    implements PartnershipEvent {

  /** Refuses null components. */
  public TaskTeamChanged {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(team, "team");
  }
}
