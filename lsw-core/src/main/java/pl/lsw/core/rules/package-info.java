/**
 * The rule framework: every legal or organisational requirement the library checks is a
 * first-class {@link pl.lsw.core.rules.Rule} with a stable {@link pl.lsw.core.rules.RuleCode}, a
 * version, a {@link pl.lsw.core.rules.Severity}, a {@link pl.lsw.core.rules.SourceReference}, typed
 * {@link pl.lsw.core.rules.ParameterKey parameters} whose values carry validity dates, and
 * messages in Polish and English.
 *
 * <p>A caller evaluates rules with {@link pl.lsw.core.rules.RuleEngine#evaluate} and gets a
 * {@link pl.lsw.core.rules.RuleReport} holding every finding. {@link
 * pl.lsw.core.rules.RuleCatalog#standard()} lists every rule the library knows; a capability adds
 * its rules by adding one {@link pl.lsw.core.rules.RuleSet} to {@link
 * pl.lsw.core.rules.StandardRuleSets}.
 *
 * <p>Polish: <i>reguły (przepisy i zasady) oraz ich sprawdzanie</i>.
 */
@LswStyle
package pl.lsw.core.rules;

import pl.lsw.core.kernel.LswStyle;
