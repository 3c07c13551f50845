package pl.lsw.core.partnership.governance;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Task Team, led by the Task Team Manager with the knowledge-management specialist; it runs
 * the cooperation programme and monitors the consortia [000 §Zadania Zespołu Zadaniowego].
 *
 * <p>Polish: <i>Zespół Zadaniowy (ZZ)</i>.
 */
@Value.Immutable
abstract class AbstractTaskTeam {

  /** The body's id. */
  public abstract BodyId id();

  /** The Task Team Manager. */
  public abstract PersonId manager();

  /** The manager's qualifications. */
  public abstract ManagerQualifications managerQualifications();

  /** The knowledge-management specialist, once appointed. */
  public abstract Optional<PersonId> knowledgeManagementSpecialist();

  /** The other members. */
  public abstract List<PersonId> members();

  /** Whether the person belongs to the team in any capacity (manager, specialist, member). */
  public boolean includes(PersonId person) {
    return manager().equals(person) || knowledgeManagementSpecialist().equals(Optional.of(person))
        || members().contains(person);
  }
}
