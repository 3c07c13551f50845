package pl.lsw.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * The rules of one capability (the kernel, small grants, governance, ...) as one named group. A
 * capability makes its rules known to {@code pl.lsw.core.StandardRules.catalog()} by adding its rule set to
 * {@code pl.lsw.core.StandardRules.ruleSets()}.
 *
 * <p>Polish: <i>zbiór reguł</i>.
 */
public interface RuleSet {

  /** A short name of the group, e.g. {@code "kernel"}. */
  String name();

  /** The rules, in the order they are listed and evaluated. */
  List<Rule<?>> rules();

  /** A rule set of the given rules. */
  static RuleSet of(String name, List<? extends Rule<?>> rules) {
    Checks.requireText(name, "rule set name");
    List<Rule<?>> copy = List.copyOf(rules);
    return new RuleSet() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Rule<?>> rules() {
        return copy;
      }

      @Override
      public String toString() {
        return "RuleSet[" + name + ", " + copy.size() + " rules]";
      }
    };
  }

  /** A rule set of the given rules. */
  static RuleSet of(String name, Rule<?>... rules) {
    Objects.requireNonNull(rules, "rules");
    return of(name, List.of(rules));
  }
}
