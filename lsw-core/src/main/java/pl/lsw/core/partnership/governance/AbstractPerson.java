package pl.lsw.core.partnership.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A professional registered in a partnership, acting for one partner organisation. Families never
 * appear as persons.
 *
 * <p>Polish: <i>osoba (przedstawiciel partnera)</i>.
 *
 * <p>Rules ({@code build()} throws {@link pl.lsw.core.kernel.InvalidInputException} listing all): name and position
 * required, trimmed, at most {@value #MAX_TEXT} characters; an e-mail address has one {@code @}
 * with text on both sides; a phone number has 7 to 15 digits and only digits, spaces, {@code +},
 * {@code -}, parentheses.
 */
@Value.Immutable
abstract class AbstractPerson {

  /** The longest name or position accepted. */
  public static final int MAX_TEXT = 200;

  private static final Label NAME = Label.of("Imię i nazwisko osoby", "The person's name");
  private static final Label POSITION = Label.of("Stanowisko osoby", "The person's position");

  /** The id. */
  public abstract PersonId id();

  /** The professional name, e.g. {@code "Anna Kowalska"}. */
  public abstract String name();

  /** The role or position title in the organisation, e.g. {@code "dyrektor OPS"}. */
  public abstract String position();

  /** The organisation the person acts for. */
  public abstract OrganisationId organisation();

  /** The contact e-mail address, where given. */
  public abstract Optional<String> email();

  /** The contact phone number, where given. */
  public abstract Optional<String> phone();

  @Value.Check
  protected void check() {
    List<Problem> problems = problems(name(), position(), email().orElse(null),
        phone().orElse(null));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Every problem of the free-text parts of a person; empty when they are fine. */
  static List<Problem> problems(String name, String position, String email, String phone) {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "PERSON_NAME", NAME, name, MAX_TEXT);
    TextChecks.requireText(problems, "position", "PERSON_POSITION", POSITION, position, MAX_TEXT);
    if (email != null && !TextChecks.strip(email).matches("[^@\\s]+@[^@\\s]+")) {
      problems.add(GovernanceProblems.PROBLEMS.problem("email", "PERSON_EMAIL", "value", email));
    }
    if (phone != null) {
      long digits = phone.chars().filter(Character::isDigit).count();
      if (!phone.matches("[0-9 +()\\-]+") || digits < 7 || digits > 15) {
        problems.add(GovernanceProblems.PROBLEMS.problem("phone", "PERSON_PHONE", "value", phone));
      }
    }
    return problems;
  }
}
