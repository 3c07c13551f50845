package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import java.time.LocalDate;
import pl.lsw.core.organisation.OrganisationId;

/**
 * An organisation's membership ended.
 *
 * <p>Polish: <i>członkostwo zakończone</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param organisation the organisation that left
 * @param leftOn the day it left
 */
public record MembershipEnded(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, OrganisationId organisation, LocalDate leftOn)
    implements PartnershipEvent {

  /** Refuses null components. */
  public MembershipEnded {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(leftOn, "leftOn");
  }
}
