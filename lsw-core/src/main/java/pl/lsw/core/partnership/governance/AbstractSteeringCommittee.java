package pl.lsw.core.partnership.governance;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;

/**
 * The Steering Committee: decision-makers of the partners; sets directions, takes key decisions
 * (budget, schedule, risks, finances, reports, conflicts), led by a chair who represents the
 * local government (JST) [000 §Płaszczyzna 1; 001 §5.1].
 *
 * <p>Polish: <i>Komitet Sterujący (KS)</i>.
 *
 * <p>The chair is one of the members. That the chair's organisation is a JST unit is checked by
 * the commands that set the committee up or change it (they are given the JST organisations).
 */
@Value.Immutable
abstract class AbstractSteeringCommittee {

  /** The body's id. */
  public abstract BodyId id();

  /** The members, in the order given; each person once. */
  public abstract List<SteeringCommitteeMember> members();

  /** The chair, one of the members. */
  public abstract PersonId chair();

  /** The member seat of a person, if they sit on the committee. */
  public Optional<SteeringCommitteeMember> member(PersonId person) {
    return members().stream().filter(m -> m.person().equals(person)).findFirst();
  }

  /** Whether the person sits on the committee. */
  public boolean isMember(PersonId person) {
    return member(person).isPresent();
  }

  @Value.Check
  protected void check() {
    if (!isMember(chair())) {
      throw new InvalidInputException(List.of(
          GovernanceProblems.PROBLEMS.problem("chair", "SC_CHAIR_NOT_MEMBER")));
    }
    if (members().stream().map(SteeringCommitteeMember::person).distinct().count()
        != members().size()) {
      throw new InvalidInputException(List.of(
          GovernanceProblems.PROBLEMS.problem("members", "SC_MEMBER_REPEATED")));
    }
  }
}
