package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.CooperationTeam;

/**
 * A Model Kooperacji team (PZK or WZK) was set up.
 *
 * <p>Polish: <i>powołano zespół kooperacji (PZK/WZK)</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param team the team
 */
public record CooperationTeamSetUp(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, CooperationTeam team)
    implements PartnershipEvent {

  /** Refuses null components. */
  public CooperationTeamSetUp {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(team, "team");
  }
}
