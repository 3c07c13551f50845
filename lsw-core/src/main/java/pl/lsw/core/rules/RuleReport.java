package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The immutable result of checking one subject against a list of rules: what was checked
 * (subject reference, as-of date, every rule's code and version), every finding of every rule (never
 * only the first), and every rule that could not be checked.
 *
 * <p>{@link #isCompliant()} is true when no MUST finding was made and every rule was checked;
 * SHOULD findings ({@link #warnings()}) never make a report non-compliant.
 *
 * <p>Polish: <i>raport zgodności</i>.
 */
public final class RuleReport {

  private static final MessageBundle LABELS = MessageBundle.of(RuleReport.class, KernelRules.BUNDLE);

  private final String subjectReference;
  private final LocalDate asOf;
  private final List<RuleId> rulesEvaluated;
  private final List<Finding> findings;
  private final List<RuleFailure> failures;

  /**
   * Creates a report; normally done by {@link RuleEngine}.
   *
   * @param subjectReference what was checked, e.g. {@code "grant 2026/17"}
   * @param asOf the date the check was made as of
   * @param rulesEvaluated every rule checked, in order
   * @param findings every finding, in rule order
   * @param failures every rule that threw
   */
  public RuleReport(String subjectReference, LocalDate asOf, List<RuleId> rulesEvaluated,
      List<Finding> findings, List<RuleFailure> failures) {
    this.subjectReference = Objects.requireNonNull(subjectReference, "subjectReference");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.rulesEvaluated = List.copyOf(rulesEvaluated);
    this.findings = List.copyOf(findings);
    this.failures = List.copyOf(failures);
  }

  /** What was checked, as given by the caller. */
  public String subjectReference() {
    return subjectReference;
  }

  /** The date the check was made as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The code and version of every rule checked (failed ones included), in evaluation order. */
  public List<RuleId> rulesEvaluated() {
    return rulesEvaluated;
  }

  /** Every finding, in the order of the rules and, within a rule, in the rule's order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The MUST findings. */
  public List<Finding> violations() {
    return findings.stream().filter(f -> f.severity() == Severity.MUST).collect(Collectors.toUnmodifiableList());
  }

  /** The SHOULD findings. */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.SHOULD).collect(Collectors.toUnmodifiableList());
  }

  /** The findings of one rule. */
  public List<Finding> findingsOf(RuleCode code) {
    return findings.stream().filter(f -> f.code().equals(code)).collect(Collectors.toUnmodifiableList());
  }

  /** The rules that threw instead of answering. */
  public List<RuleFailure> failures() {
    return failures;
  }

  /** Whether every rule was checked (no failures). */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /**
   * Whether the subject complies: no MUST finding, and every rule was checked. A report with a
   * failed rule is not compliant, since the failed rule might have found a violation.
   */
  public boolean isCompliant() {
    return isComplete() && violations().isEmpty();
  }

  /**
   * This report, when every rule was checked.
   *
   * @throws RuleEvaluationException naming every rule that could not be checked
   */
  public RuleReport requireComplete() {
    if (!isComplete()) {
      throw new RuleEvaluationException(subjectReference, failures);
    }
    return this;
  }

  /**
   * The report as plain text in the language of {@code locale} (Polish by default): the subject,
   * the date, the verdict, the rules checked, then every violation, warning and failure, one per
   * line.
   */
  public String render(Locale locale) {
    StringBuilder sb = new StringBuilder();
    sb.append(label("report.subject", locale, "subject", subjectReference)).append('\n');
    sb.append(label("report.asOf", locale, "date", asOf)).append('\n');
    String verdict = !isComplete() ? "report.verdict.incomplete"
        : isCompliant() ? "report.verdict.compliant" : "report.verdict.notCompliant";
    sb.append(label(verdict, locale, "violations", violations().size(), "warnings", warnings().size()))
        .append('\n');
    sb.append(label("report.rules", locale, "count", rulesEvaluated.size(), "rules",
        rulesEvaluated.stream().map(RuleId::toString).collect(Collectors.joining(", ")))).append('\n');
    section(sb, "report.violations", violations(), locale);
    section(sb, "report.warnings", warnings(), locale);
    if (!failures.isEmpty()) {
      sb.append(label("report.failures", locale)).append('\n');
      failures.forEach(f -> sb.append("  ")
          .append(label("report.failure", locale, "rule", f.rule(), "error", f.error(), "message", f.message()))
          .append('\n'));
    }
    return sb.toString();
  }

  private void section(StringBuilder sb, String key, List<Finding> list, Locale locale) {
    if (list.isEmpty()) {
      return;
    }
    sb.append(label(key, locale)).append('\n');
    for (Finding f : list) {
      sb.append("  [").append(f.severity()).append("] ").append(f.rule());
      if (!f.path().isEmpty()) {
        sb.append(' ').append(f.path());
      }
      sb.append(": ").append(f.message(locale)).append('\n');
    }
  }

  private static String label(String key, Locale locale, Object... namesAndValues) {
    Map<String, Object> args = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return LABELS.format(key, args, locale);
  }

  /** Reports are equal when all their parts are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleReport)) {
      return false;
    }
    RuleReport r = (RuleReport) o;
    return subjectReference.equals(r.subjectReference) && asOf.equals(r.asOf)
        && rulesEvaluated.equals(r.rulesEvaluated) && findings.equals(r.findings)
        && failures.equals(r.failures);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(subjectReference, asOf, rulesEvaluated, findings, failures);
  }

  /** The Polish rendering. */
  @Override
  public String toString() {
    return render(Messages.POLISH);
  }
}
