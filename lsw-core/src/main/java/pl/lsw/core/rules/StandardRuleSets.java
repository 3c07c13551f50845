package pl.lsw.core.rules;

import java.util.List;

/**
 * The one place where the library's capabilities register their rules: {@link
 * RuleCatalog#standard()} is built from {@link #all()}.
 *
 * <p>To add a capability's rules, give the capability a class with a {@code ruleSet()} method
 * (as {@link KernelRules#ruleSet()}) and add its call to the list in {@link #all()}; the catalog
 * then refuses a duplicate code and the bundle test checks the new rules' messages in both
 * languages.
 *
 * <p>Polish: <i>standardowe zbiory reguł biblioteki</i>.
 */
public final class StandardRuleSets {

  private StandardRuleSets() {}

  /** Every rule set of the library, in catalog order. */
  public static List<RuleSet> all() {
    return List.of(
        KernelRules.ruleSet()
        // capabilities add their rule sets here, e.g. SmallGrantRules.ruleSet()
        );
  }
}
