package pl.lsw.core.rules;

import java.util.Objects;

/**
 * A rule that could not be checked because it threw (for example a parameter had no value on the
 * as-of date). The {@link RuleEngine} records it in the report instead of losing the other rules'
 * findings; a report with a failure is neither complete nor compliant.
 *
 * <p>Polish: <i>błąd sprawdzania reguły</i>.
 *
 * @param rule the rule that failed
 * @param error the exception's class name
 * @param message the exception's message (may be empty)
 * @param cause the exception itself, for logs and debugging
 */
public record RuleFailure(RuleId rule, String error, String message, Throwable cause) {

  /** Validates the components. */
  public RuleFailure {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(cause, "cause");
  }

  /** Describes the failure of {@code rule} caused by {@code e}. */
  public static RuleFailure of(RuleId rule, Throwable e) {
    return new RuleFailure(rule, e.getClass().getName(), e.getMessage() == null ? "" : e.getMessage(), e);
  }

  /** E.g. {@code rule FIN-X v1 failed: java.lang.IllegalStateException: ...}. */
  @Override
  public String toString() {
    return "rule " + rule + " failed: " + error + (message.isEmpty() ? "" : ": " + message);
  }
}
