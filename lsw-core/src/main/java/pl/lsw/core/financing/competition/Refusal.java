package pl.lsw.core.financing.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.Finding;

/**
 * Why a command was refused: every reason at once — the state or input problems, and the
 * violations of rules that the command checks (kept as {@link Finding}s, so they can be shown in
 * Polish or English).
 *
 * <p>Polish: <i>odmowa wykonania polecenia</i>.
 *
 * @param problems the problems with the state or the input, in the order found
 * @param violations the rule findings of severity MUST that block the command
 */
public record Refusal(List<Problem> problems, List<Finding> violations) {

  /** Copies the lists; a refusal has at least one reason. */
  public Refusal {
    problems = List.copyOf(problems);
    violations = List.copyOf(violations);
    if (problems.isEmpty() && violations.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
  }

  /** A refusal for the given problems. */
  public static Refusal of(List<Problem> problems) {
    return new Refusal(problems, List.of());
  }

  /**
   * Every reason as a problem: the problems first, then each violation with its rule code as the
   * code and its English message.
   */
  public List<Problem> reasons() {
    List<Problem> all = new ArrayList<>(problems);
    for (Finding f : violations) {
      all.add(new Problem(f.path(), f.code().value(), f.message(Locale.ENGLISH)));
    }
    return List.copyOf(all);
  }

  /** The codes of every reason, in order: problem codes, then rule codes. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    reasons().forEach(p -> codes.add(p.code()));
    return codes;
  }

  /** Whether any reason has this problem or rule code. */
  public boolean has(String code) {
    Objects.requireNonNull(code, "code");
    return codes().contains(code);
  }
}
