package pl.lsw.core.kernel;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link pl.lsw.core.kernel.port.AccessPolicy access policy} answers: the command is
 * permitted, or refused for the problems listed (each with a code and a message in Polish and
 * English). A refused command is not run: the caller gets a {@link Refusal} with exactly these
 * problems and nothing changes.
 *
 * <p>Immutable. Polish: <i>rozstrzygnięcie o dostępie</i>.
 *
 * @param problems why the command is refused; empty when it is permitted
 */
public record AccessDecision(List<Problem> problems) {

  private static final AccessDecision PERMITTED = new AccessDecision(List.of());

  /** Copies the problems. */
  public AccessDecision {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** @return the decision that permits the command */
  public static AccessDecision permitted() {
    return PERMITTED;
  }

  /**
   * The decision that refuses the command.
   *
   * @param problems every reason; at least one
   * @return the decision
   * @throws IllegalArgumentException when there is no reason
   */
  public static AccessDecision refused(List<Problem> problems) {
    if (Objects.requireNonNull(problems, "problems").isEmpty()) {
      throw new IllegalArgumentException("a refusal of access needs at least one reason");
    }
    return new AccessDecision(problems);
  }

  /**
   * The decision that refuses the command.
   *
   * @param first a reason
   * @param more further reasons
   * @return the decision
   */
  public static AccessDecision refused(Problem first, Problem... more) {
    List<Problem> all = new java.util.ArrayList<>();
    all.add(Objects.requireNonNull(first, "first"));
    all.addAll(List.of(more));
    return new AccessDecision(all);
  }

  /** @return whether the command is permitted */
  public boolean isPermitted() {
    return problems.isEmpty();
  }
}
