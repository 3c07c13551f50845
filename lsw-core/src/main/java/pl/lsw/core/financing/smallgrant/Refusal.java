package pl.lsw.core.financing.smallgrant;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import pl.lsw.core.kernel.Problem;

/**
 * Why a command on a small grant was refused: every reason, never only the first.
 *
 * <p>Polish: <i>odmowa wykonania czynności</i>.
 *
 * @param reasons the problems, at least one
 */
public record Refusal(Seq<Problem> reasons) {

  /** Refuses an empty list of reasons. */
  public Refusal {
    Objects.requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs a reason");
    }
    reasons = List.ofAll(reasons);
  }

  /** A refusal with one reason. */
  public static Refusal of(String code, String message) {
    return new Refusal(List.of(Problem.of(code, message)));
  }

  /** Whether a reason has this code. */
  public boolean hasCode(String code) {
    return reasons.exists(p -> p.code().equals(code));
  }
}
