package pl.lsw.core.initiative;

import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingRole;

/**
 * What rule {@code INI-RECOMMENDATION} checks: the entry proposed for the Initiative Bank, the
 * role its proposer acts in, and whether they really hold a Task Team role in the partnership.
 *
 * <p>Immutable. Polish: <i>kandydatura do Banku Inicjatyw</i>.
 *
 * @param entry the entry of the Map proposed for the Bank
 * @param role the role the proposer acts in
 * @param taskTeam whether the proposer acts in a Task Team role they hold
 */
public record RecommendationCandidate(MapEntry entry, ActingRole role, boolean taskTeam) {

  /** Refuses nulls. */
  public RecommendationCandidate {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(role, "role");
  }
}
