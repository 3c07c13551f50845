package pl.lsw.core.partnership.governance;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;

/**
 * What is known of a person before registration gives them an id: raw input, checked by
 * {@link #toPerson(PersonId)} with every problem reported.
 *
 * <p>Polish: <i>dane osoby</i>.
 *
 * @param name the professional name
 * @param position the role or position title
 * @param organisation the organisation the person acts for
 * @param email the contact e-mail address; null for none (or start from {@link #of} and use
 *     {@link #withEmail})
 * @param phone the contact phone number; null for none (or use {@link #withPhone})
 */
public record PersonDetails(
    String name, String position, OrganisationId organisation, String email, String phone) {

  /** A person without contact details. */
  public static PersonDetails of(String name, String position, OrganisationId organisation) {
    return new PersonDetails(name, position, organisation, null, null);
  }

  /**
   * A person of a families' representation (sector {@link
   * pl.lsw.core.organisation.Sector#FAMILY_REPRESENTATIVE}): a member of a family, recorded by
   * a pseudonymous code ({@link pl.lsw.core.kernel.PseudonymousCode}, as a {@code
   * FamilyReference}) in place of a name, with no contact details.
   *
   * @param reference the pseudonymous code, e.g. {@code R-004}
   * @param position the part taken, e.g. {@code "przedstawiciel rodzin w Zespole"}
   * @param organisation the families' representation
   * @return the details
   */
  public static PersonDetails familyRepresentative(String reference, String position,
      OrganisationId organisation) {
    return new PersonDetails(reference, position, organisation, null, null);
  }

  /** The same details with this contact e-mail address. */
  public PersonDetails withEmail(String email) {
    return new PersonDetails(name, position, organisation, email, phone);
  }

  /** The same details with this contact phone number. */
  public PersonDetails withPhone(String phone) {
    return new PersonDetails(name, position, organisation, email, phone);
  }

  /** The person with this id, or every problem of the details. */
  public Validation<Seq<Problem>, Person> toPerson(PersonId id) {
    java.util.List<Problem> problems = AbstractPerson.problems(name, position, email, phone);
    TextChecks.requirePresent(problems, "organisation", "PERSON_ORGANISATION",
        Label.of("Organizacja, w imieniu której działa osoba", "The organisation the person acts for"),
        organisation);
    if (!problems.isEmpty()) {
      return Validation.invalid(List.ofAll(problems));
    }
    return Validation.valid(Person.builder().id(id).name(name).position(position)
        .organisation(organisation)
        .email(Optional.ofNullable(email).map(String::strip))
        .phone(Optional.ofNullable(phone).map(String::strip)).build());
  }
}
