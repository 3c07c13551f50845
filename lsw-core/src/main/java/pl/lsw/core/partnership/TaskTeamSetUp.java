package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.TaskTeam;

/**
 * The Task Team was set up.
 *
 * <p>Polish: <i>powołano Zespół Zadaniowy</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param team the team
 */
public record TaskTeamSetUp(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, TaskTeam team)
    implements PartnershipEvent {

  /** Refuses null components. */
  public TaskTeamSetUp {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(team, "team");
  }
}
