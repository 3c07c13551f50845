package pl.lsw.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * A first-class rule: its {@link #definition()} and a check of a subject. A rule returns every
 * finding it makes (an empty list when the subject complies), never only the first. Rules are
 * stateless and thread-safe; they read dates and numbers only through the {@link RuleContext}.
 *
 * <pre>{@code
 * Rule<Grant> amount = Rule.of(definition, (grant, ctx) -> {
 *   Money max = ctx.parameter(MAX);
 *   return grant.amount().isGreaterThan(max)
 *       ? List.of(ctx.finding("amount", "tooHigh", "amount", grant.amount(), "max", max))
 *       : ctx.none();
 * });
 * }</pre>
 *
 * <p>Polish: <i>reguła</i>.
 *
 * @param <S> the type of subject checked
 */
public interface Rule<S> {

  /** The rule's code, version, severity, source, parameters and messages. */
  RuleDefinition definition();

  /**
   * Checks {@code subject} and returns every finding, in a stable order (the order the rule checks
   * its fields in).
   */
  List<Finding> evaluate(S subject, RuleContext context);

  /** The rule's code and version. */
  default RuleId id() {
    return definition().id();
  }

  /**
   * The check of a rule as a function, for {@link #of}.
   *
   * @param <S> the type of subject checked
   */
  @FunctionalInterface
  interface Check<S> {
    /** Checks the subject; see {@link Rule#evaluate}. */
    List<Finding> evaluate(S subject, RuleContext context);
  }

  /** A rule made of a definition and a check function. */
  static <S> Rule<S> of(RuleDefinition definition, Check<S> check) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(check, "check");
    return new Rule<>() {
      @Override
      public RuleDefinition definition() {
        return definition;
      }

      @Override
      public List<Finding> evaluate(S subject, RuleContext context) {
        return check.evaluate(subject, context);
      }

      @Override
      public String toString() {
        return "Rule[" + definition.id() + "]";
      }
    };
  }
}
