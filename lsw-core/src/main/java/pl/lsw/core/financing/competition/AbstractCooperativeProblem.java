package pl.lsw.core.financing.competition;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The problem a cooperative problem-solving competition asks a partnership to solve: its
 * statement, who defined it, the results required of the solution, and optionally the partnership
 * formed for it [seed 000 §Kooperacyjne rozwiązanie problemu]. Checked by {@code
 * FIN-COOP-JOINT-OFFER}.
 *
 * <p>Polish: <i>problem w kooperacyjnym rozwiązywaniu problemów</i>.
 */
@Value.Immutable
abstract class AbstractCooperativeProblem {

  /** The problem as stated. */
  public abstract String statement();

  /** Who defined the problem. */
  public abstract ProblemDefiner definedBy();

  /** The results the competition requires; may be empty (reported by the rule). */
  public abstract List<String> requiredResults();

  /** The partnership formed to solve it, if known. */
  public abstract Optional<PartnershipId> partnership();
}
