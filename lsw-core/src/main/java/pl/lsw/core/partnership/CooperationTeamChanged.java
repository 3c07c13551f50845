package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.CooperationTeam;

/**
 * A Model Kooperacji team's members changed.
 *
 * <p>Polish: <i>zmiana składu zespołu kooperacji</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param team the team as it is now
 */
public record CooperationTeamChanged(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, CooperationTeam team)
    implements PartnershipEvent {

  /** Refuses null components. */
  public CooperationTeamChanged {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(team, "team");
  }
}
