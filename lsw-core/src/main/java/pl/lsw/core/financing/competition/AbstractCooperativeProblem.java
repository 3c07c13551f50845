package pl.lsw.core.financing.competition;

import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
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

  /** Refuses a statement or a required result that holds a PESEL number. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    TextChecks.refusePesel(problems, "statement", "PROBLEM_STATEMENT",
        Label.of("Opis problemu", "The problem's statement"), statement());
    FinancingChecks.refusePesel(problems, "requiredResults", "REQUIRED_RESULT",
        Label.of("Wymagany rezultat", "A required result"), requiredResults());
    FinancingChecks.throwIfAny(problems);
  }
}
