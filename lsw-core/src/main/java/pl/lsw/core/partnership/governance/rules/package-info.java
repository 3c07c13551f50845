/**
 * The governance rules of a partnership ({@code GOV-…}, seeds 000, 001 and 004) and the governance
 * compliance report built from them.
 *
 * <p>Every rule checks a {@link pl.lsw.core.partnership.governance.rules.GovernanceSubject}: a
 * partnership, the organisations of its members and the period under review. The rules read
 * their numbers from {@link pl.lsw.core.partnership.governance.rules.GovernanceParameters} and
 * their messages (Polish and English) from their own bundle. {@link
 * pl.lsw.core.partnership.governance.rules.GovernanceRules#ruleSet()} exposes them to the
 * library's catalog; {@link pl.lsw.core.partnership.governance.rules.GovernanceCompliance} runs
 * them and returns a {@link
 * pl.lsw.core.partnership.governance.rules.GovernanceComplianceReport}.
 *
 * <p>Polish: <i>reguły zarządzania partnerstwem i raport zgodności</i>.
 */
package pl.lsw.core.partnership.governance.rules;
