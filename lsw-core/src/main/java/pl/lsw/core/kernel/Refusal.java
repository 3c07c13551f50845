package pl.lsw.core.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a command was refused: every reason at once — problems of the input or the state, and the
 * violations of the rules the command checks (a rule's violation has the rule's code, e.g.
 * {@code FIN-SMALL-GRANT-AMOUNT}). A refused command changes nothing: nothing is stored and no
 * event is published. Every command of every capability answers {@code Either<Refusal,
 * Change<S>>}.
 *
 * <p>Immutable and thread-safe. Polish: <i>odmowa wykonania polecenia (z uzasadnieniem)</i>.
 *
 * @param reasons every reason, in the order found; never empty
 */
public record Refusal(List<Problem> reasons) {

  /**
   * Copies the reasons; a refusal has at least one.
   *
   * @param reasons every reason
   */
  public Refusal {
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
  }

  /**
   * A refusal for these reasons.
   *
   * @param reasons at least one reason
   * @return the refusal
   */
  public static Refusal of(Collection<Problem> reasons) {
    return new Refusal(List.copyOf(reasons));
  }

  /**
   * A refusal for these reasons.
   *
   * @param first the first reason
   * @param more further reasons
   * @return the refusal
   */
  public static Refusal of(Problem first, Problem... more) {
    List<Problem> all = new ArrayList<>(1 + more.length);
    all.add(first);
    all.addAll(List.of(more));
    return new Refusal(all);
  }

  /**
   * The reasons of this refusal followed by those of another.
   *
   * @param other another refusal
   * @return a refusal with both lists of reasons
   */
  public Refusal and(Refusal other) {
    List<Problem> all = new ArrayList<>(reasons);
    all.addAll(other.reasons);
    return new Refusal(all);
  }

  /** @return the codes of the reasons, in order (a code appears once per reason) */
  public List<String> codes() {
    return reasons.stream().map(Problem::code).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether a reason has this code: a problem code such as {@code ACTOR_NOT_MEMBER} or a rule
   * code such as {@code FIN-SMALL-GRANT-AMOUNT}.
   *
   * @param code the code
   * @return true when some reason has it
   */
  public boolean has(String code) {
    Objects.requireNonNull(code, "code");
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }

  /**
   * The reasons with this code.
   *
   * @param code the code
   * @return the reasons with it, in order; empty when none
   */
  public List<Problem> reasons(String code) {
    Objects.requireNonNull(code, "code");
    return reasons.stream().filter(r -> r.code().equals(code))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every reason for people, one per line ({@code path: message [CODE]}).
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public String message(Locale locale) {
    return reasons.stream().map(r -> r.describe(locale)).collect(Collectors.joining("\n"));
  }

  /**
   * Every reason in English, one per line.
   *
   * @return the lines
   */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /** {@code refused: } and the English reasons, for logs and test failures. */
  @Override
  public String toString() {
    return "refused: " + reasons.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
