/**
 * The rule framework: every legal or organisational requirement the library checks is a
 * first-class {@link pl.lsw.core.rules.Rule} with a stable {@link pl.lsw.core.rules.RuleCode}, a
 * version, a {@link pl.lsw.core.rules.Severity}, a {@link pl.lsw.core.rules.SourceReference}, typed
 * {@link pl.lsw.core.rules.ParameterKey parameters} whose values carry validity dates, and
 * messages in Polish and English.
 *
 * <p>A caller evaluates rules with {@link pl.lsw.core.rules.RuleEngine#evaluate} (subject, its
 * reference, the rules, the as-of date, a {@link pl.lsw.core.rules.ParameterSet} such as {@link
 * pl.lsw.core.rules.ParameterSet#statutory()}) and gets a {@link pl.lsw.core.rules.RuleReport}
 * holding every finding; a rule that throws is reported as a {@link pl.lsw.core.rules.RuleFailure},
 * never dropped. Messages are Polish by default and English for an English locale, whatever the
 * JVM's default locale ({@link pl.lsw.core.kernel.MessageBundle}). {@link
 * pl.lsw.core.StandardRules#catalog()} lists every rule the library knows; a capability adds
 * its rules by adding one {@link pl.lsw.core.rules.RuleSet} to {@link
 * pl.lsw.core.StandardRules}.
 *
 * <p>Polish: <i>reguły (przepisy i zasady) oraz ich sprawdzanie</i>.
 */
@LswStyle
package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.LswStyle;
