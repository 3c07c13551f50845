package pl.lsw.core.partnership;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import pl.lsw.core.kernel.Problem;

/**
 * Why a command to a partnership was refused: every reason, each with a stable code. A refused
 * command changes nothing.
 *
 * <p>Polish: <i>odmowa wykonania polecenia (z uzasadnieniem)</i>.
 *
 * @param reasons the reasons, never empty
 */
public record Refusal(Seq<Problem> reasons) {

  /** Refuses an empty list of reasons. */
  public Refusal {
    Objects.requireNonNull(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a refusal has at least one reason");
    }
  }

  /** A refusal for these reasons. */
  public static Refusal of(Iterable<Problem> reasons) {
    return new Refusal(List.ofAll(reasons));
  }

  /** A refusal for one reason. */
  public static Refusal of(String code, String message) {
    return new Refusal(List.of(Problem.of(code, message)));
  }

  /** The codes of the reasons, in order. */
  public Seq<String> codes() {
    return reasons.map(Problem::code);
  }

  /** Whether one of the reasons has this code. */
  public boolean hasCode(String code) {
    return reasons.exists(p -> p.code().equals(code));
  }

  @Override
  public String toString() {
    return "refused: " + reasons.mkString("; ");
  }
}
