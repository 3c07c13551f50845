package pl.lsw.core.partnership;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.Person;

/**
 * A person was registered in a partnership.
 *
 * <p>Polish: <i>osoba zarejestrowana w partnerstwie</i>.
 *
 * @param partnershipId the partnership
 * @param actor who gave the command
 * @param occurredAt when, from the service's clock
 * @param person the person
 */
public record PersonRegistered(PartnershipId partnershipId, ActingPerson actor, Instant occurredAt, Person person)
    implements PartnershipEvent {

  /** Refuses null components. */
  public PersonRegistered {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(person, "person");
  }
}
