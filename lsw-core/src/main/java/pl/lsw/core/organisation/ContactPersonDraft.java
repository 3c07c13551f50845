package pl.lsw.core.organisation;

/**
 * Raw input for a {@link ContactPerson}, as typed into a form; any component may be blank
 * (a form's empty field may also arrive as null). Made with {@link #byEmail}, {@link #byPhone} or,
 * with both ways of reaching the person, the constructor. Validate it with {@link ContactPerson#validate(ContactPersonDraft)}.
 *
 * <p>Polish: <i>dane osoby do kontaktu (formularz)</i>.
 *
 * @param name the person's name
 * @param role the role in the organisation
 * @param email the e-mail address, or null/blank for none
 * @param phone the phone number, or null/blank for none
 */
public record ContactPersonDraft(String name, String role, String email, String phone) {

  /**
   * A contact person reached by e-mail only.
   *
   * @param name the person's name
   * @param role the role in the organisation
   * @param email the e-mail address
   * @return the draft
   */
  public static ContactPersonDraft byEmail(String name, String role, String email) {
    return new ContactPersonDraft(name, role, email, "");
  }

  /**
   * A contact person reached by phone only.
   *
   * @param name the person's name
   * @param role the role in the organisation
   * @param phone the phone number
   * @return the draft
   */
  public static ContactPersonDraft byPhone(String name, String role, String phone) {
    return new ContactPersonDraft(name, role, "", phone);
  }

  /** The draft of an existing contact person, for editing. */
  public static ContactPersonDraft from(ContactPerson person) {
    return new ContactPersonDraft(person.name(), person.role(), person.email().orElse(""),
        person.phone().orElse(""));
  }
}
