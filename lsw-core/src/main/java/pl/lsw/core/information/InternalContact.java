package pl.lsw.core.information;

import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * An entry of the internal contact base (seed 000 §Płaszczyzna 2 b: <i>baza kontaktowa wewnątrz
 * LSW</i>): a person registered in the partnership for an active member, with the professional
 * contacts given at registration. Derived from the partnership, never kept on its own.
 *
 * <p>Immutable. Polish: <i>kontakt wewnątrz LSW</i>.
 *
 * @param organisation the member organisation
 * @param person the registered person
 * @param name the professional name
 * @param position the position in the organisation
 * @param email the work e-mail, where given
 * @param phone the work phone, where given
 */
public record InternalContact(OrganisationId organisation, PersonId person, String name,
    String position, Optional<String> email, Optional<String> phone) {

  /**
   * Refuses nulls.
   *
   * @param organisation the organisation
   * @param person the person
   * @param name the name
   * @param position the position
   * @param email the e-mail
   * @param phone the phone
   */
  public InternalContact {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
  }
}
