package pl.lsw.core.partnership.governance;

import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Actor;

/**
 * Who gives a command: a person and the role they act in. Every command to a partnership or a
 * process names its actor, so that access can be checked and the history can say who did what.
 *
 * <p>Polish: <i>osoba działająca (wykonawca polecenia)</i>.
 *
 * @param person the person, a professional acting for an organisation
 * @param role the role in which the person acts
 */
public record ActingPerson(PersonId person, ActingRole role) implements Actor {

  /** Refuses null components. */
  public ActingPerson {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
  }

  /** The person acting in the given role. */
  public static ActingPerson of(PersonId person, ActingRole role) {
    return new ActingPerson(person, role);
  }

  /** @return {@code person:<id>/<ROLE>}, e.g. for an audit record */
  @Override
  public String reference() {
    return "person:" + person.value() + "/" + role.name();
  }

  /** @return the role the person acts in, in the reader's language */
  @Override
  public String display(Locale locale) {
    return role.display(locale);
  }
}
