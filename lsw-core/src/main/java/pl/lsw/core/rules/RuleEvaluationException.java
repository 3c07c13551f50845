package pl.lsw.core.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link RuleReport#requireComplete()} when one or more rules could not be checked;
 * the message names every failed rule and its cause.
 *
 * <p>Polish: <i>nie udało się sprawdzić reguł</i>.
 */
public final class RuleEvaluationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<RuleFailure> failures;

  /** Creates the exception for a non-empty list of failures. */
  public RuleEvaluationException(String subjectReference, List<RuleFailure> failures) {
    super(failures.size() + (failures.size() == 1 ? " rule" : " rules") + " could not be checked for "
        + subjectReference + ":" + failures.stream().map(f -> "\n - " + f).collect(Collectors.joining()),
        failures.isEmpty() ? null : failures.get(0).cause());
    this.failures = List.copyOf(failures);
  }

  /** Every failure. */
  public List<RuleFailure> failures() {
    return failures;
  }
}
