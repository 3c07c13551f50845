package pl.lsw.core.organisation;

/**
 * Raw input for a {@link ContactPerson}, as typed into a form; any component may be null or
 * blank. Validate it with {@link ContactPerson#validate(ContactPersonDraft)}.
 *
 * <p>Polish: <i>dane osoby do kontaktu (formularz)</i>.
 *
 * @param name the person's name
 * @param role the role in the organisation
 * @param email the e-mail address, or null/blank for none
 * @param phone the phone number, or null/blank for none
 */
public record ContactPersonDraft(String name, String role, String email, String phone) {

  /** The draft of an existing contact person, for editing. */
  public static ContactPersonDraft from(ContactPerson person) {
    return new ContactPersonDraft(person.name(), person.role(), person.email().orElse(null),
        person.phone().orElse(null));
  }
}
