package pl.lsw.core.financing.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.kernel.Problem;

/**
 * The committee's assessment of one offer: points per statutory criterion (UDPP art. 15 ust. 1)
 * and whether the offer meets the announced requirements.
 *
 * <p>Polish: <i>ocena oferty</i>.
 */
@Value.Immutable
abstract class AbstractAssessment {

  /** The offer assessed. */
  public abstract OfferId offer();

  /** The points given per criterion; a criterion not scored is absent. */
  public abstract Map<Criterion, Integer> scores();

  /** Whether the offer meets the announced formal and material requirements. */
  public abstract boolean meetsRequirements();

  /** The sum of the points. */
  public int totalScore() {
    return scores().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Refuses negative points. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    scores().forEach((c, s) -> {
      if (s < 0) {
        problems.add(CompetitionProblems.PROBLEMS.problem("scores." + c, "SCORE_NEGATIVE",
            "criterion", c, "points", s));
      }
    });
    FinancingChecks.throwIfAny(problems);
  }
}
