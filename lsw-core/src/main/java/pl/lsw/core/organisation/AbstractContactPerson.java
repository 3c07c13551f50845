package pl.lsw.core.organisation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.kernel.Label;

/**
 * A contact person of an organisation, in a professional capacity: a name, the role in the
 * organisation, and an e-mail address and/or a phone number (at least one of them).
 *
 * <p>Polish: <i>osoba do kontaktu</i>.
 *
 * <p>Rules, all reported at once by {@link ContactPerson#validate(ContactPersonDraft)} or by the
 * builder's {@code build()} (as {@link pl.lsw.core.kernel.InvalidInputException}):
 *
 * <ul>
 *   <li>name and role: required, trimmed, at most {@value #MAX_TEXT} characters
 *       ({@code NAME_EMPTY}, {@code ROLE_EMPTY}, {@code ..._UNTRIMMED}, {@code ..._TOO_LONG});
 *   <li>e-mail: {@code local@domain.tld} without spaces, at most {@value #MAX_EMAIL} characters
 *       ({@code EMAIL_FORMAT});
 *   <li>phone: digits with optional spaces, dashes, parentheses and a leading {@code +}; 9 to 15
 *       digits ({@code PHONE_FORMAT}); at most {@value #MAX_PHONE} characters as written, what every
 *       store keeps ({@code PHONE_TOO_LONG});
 *   <li>at least one of e-mail and phone ({@code CONTACT_UNREACHABLE}).
 * </ul>
 */
@Value.Immutable
abstract class AbstractContactPerson {

  /** The longest name or role accepted. */
  public static final int MAX_TEXT = 300;
  /** The longest e-mail address accepted (RFC 5321 path limit). */
  public static final int MAX_EMAIL = 320;
  /** The longest phone number accepted as written, with its spaces and separators. */
  public static final int MAX_PHONE = 40;

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");

  /** The person's name as used at work, e.g. {@code "Anna Kowalska"}. */
  public abstract String name();

  /** The role in the organisation, e.g. {@code "koordynatorka projektów"}. */
  public abstract String role();

  /** The work e-mail address, if any. */
  public abstract Optional<String> email();

  /** The work phone number as written, if any, e.g. {@code "+48 22 123 45 67"}. */
  public abstract Optional<String> phone();

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  @Value.Check
  protected void check() {
    List<Problem> problems = problemsOf(name(), role(), email(), phone());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * Reads a contact person from raw input (texts are trimmed, blank e-mail and phone mean
   * none), collecting every problem.
   */
  public static Validation<Seq<Problem>, ContactPerson> validate(ContactPersonDraft draft) {
    String name = draft.name() == null ? "" : TextChecks.strip(draft.name());
    String role = draft.role() == null ? "" : TextChecks.strip(draft.role());
    Optional<String> email = TextChecks.present(draft.email());
    Optional<String> phone = TextChecks.present(draft.phone());
    List<Problem> problems = problemsOf(name, role, email, phone);
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(
        ContactPerson.builder().name(name).role(role).email(email).phone(phone).build());
  }

  static List<Problem> problemsOf(
      String name, String role, Optional<String> email, Optional<String> phone) {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "NAME",
        Label.of("Imię i nazwisko osoby do kontaktu", "The contact person's name"), name, MAX_TEXT);
    TextChecks.requireText(problems, "role", "ROLE",
        Label.of("Funkcja osoby do kontaktu", "The contact person's role"), role, MAX_TEXT);
    email.ifPresent(e -> {
      if (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
        problems.add(OrganisationProblems.PROBLEMS.problem("email", "EMAIL_FORMAT", "value", e));
      }
    });
    phone.ifPresent(p -> {
      if (p.length() > MAX_PHONE) {
        problems.add(OrganisationProblems.PROBLEMS.problem("phone", "PHONE_TOO_LONG",
            "length", p.length(), "max", MAX_PHONE));
        return;
      }
      long digits = p.chars().filter(c -> c >= '0' && c <= '9').count();
      if (!PHONE.matcher(p).matches() || digits < 9 || digits > 15) {
        problems.add(OrganisationProblems.PROBLEMS.problem("phone", "PHONE_FORMAT", "value", p));
      }
    });
    if (email.isEmpty() && phone.isEmpty()) {
      problems.add(OrganisationProblems.PROBLEMS.problem("", "CONTACT_UNREACHABLE"));
    }
    return problems;
  }
}
