package pl.lsw.core.partnership.governance;

import java.util.Objects;

/**
 * Who gives a command: a person and the role they act in. Every command to a partnership or a
 * process names its actor, so that access can be checked and the history can say who did what.
 *
 * <p>Polish: <i>osoba działająca (wykonawca polecenia)</i>.
 *
 * @param person the person, a professional acting for an organisation
 * @param role the role in which the person acts
 */
public record Actor(PersonId person, ActingRole role) {

  /** Refuses null components. */
  public Actor {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
  }

  /** The person acting in the given role. */
  public static Actor of(PersonId person, ActingRole role) {
    return new Actor(person, role);
  }
}
