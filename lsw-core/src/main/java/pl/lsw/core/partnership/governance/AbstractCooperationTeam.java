package pl.lsw.core.partnership.governance;

import java.util.List;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;

/**
 * A Model Kooperacji team: the commune–county Partner Cooperation Team (PZK) or the Voivodeship
 * Cooperation Team (WZK) [003].
 *
 * <p>Polish: <i>Partnerski Zespół Kooperacji (PZK) / Wojewódzki Zespół Kooperacji (WZK)</i>.
 */
@Value.Immutable
abstract class AbstractCooperationTeam {

  /** The body's id. */
  public abstract BodyId id();

  /**
   * {@link BodyKind#PARTNER_COOPERATION_TEAM} or {@link BodyKind#VOIVODESHIP_COOPERATION_TEAM}.
   */
  public abstract BodyKind kind();

  /** The members and their roles. */
  public abstract List<CooperationTeamMember> members();

  /** Whether the person belongs to the team. */
  public boolean includes(PersonId person) {
    return members().stream().anyMatch(m -> m.person().equals(person));
  }

  @Value.Check
  protected void check() {
    if (kind() != BodyKind.PARTNER_COOPERATION_TEAM
        && kind() != BodyKind.VOIVODESHIP_COOPERATION_TEAM) {
      throw new InvalidInputException(List.of(GovernanceProblems.PROBLEMS.problem("kind",
          "COOPERATION_TEAM_KIND", "kind", kind())));
    }
  }
}
