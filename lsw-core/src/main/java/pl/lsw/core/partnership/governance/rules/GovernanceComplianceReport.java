package pl.lsw.core.partnership.governance.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.MissingParameterException;
import pl.lsw.core.rules.ParameterValue;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleFailure;
import pl.lsw.core.rules.RuleId;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.Severity;

/**
 * The governance compliance report of one partnership over one period: every breach of every
 * {@code GOV-…} rule with its dates (the quarter without a Steering Committee meeting, the dates of
 * a Task Team gap, the meetings and decisions concerned). It wraps the framework's {@link
 * RuleReport}, whose findings carry each rule's code, version, severity, path, the parameter
 * values applied and messages in Polish and English.
 *
 * <p>Immutable and thread-safe. {@link #render(Locale, Grouping)} writes it as plain text, grouped
 * by rule or in date order (a finding's date is its {@code from} argument, or its {@code on}
 * argument for a finding about the state on a day; findings without one come first).
 *
 * <p>Polish: <i>raport zgodności zarządzania partnerstwem</i>.
 */
public final class GovernanceComplianceReport {

  /**
   * How the plain text groups the findings.
   *
   * <p>Polish: <i>układ raportu (według reguł / chronologicznie)</i>.
   */
  public enum Grouping {
    /** Rule by rule in catalog order, each rule's findings in the order found. Polish: <i>według reguł</i>. */
    BY_RULE,
    /** All findings by date. Polish: <i>chronologicznie</i>. */
    CHRONOLOGICAL
  }

  private final PartnershipId partnership;
  private final String partnershipName;
  private final DateRange period;
  private final RuleReport report;

  /**
   * Creates a report; normally done by {@link GovernanceCompliance}.
   *
   * @param partnership the partnership's id
   * @param partnershipName its name
   * @param period the period reviewed
   * @param report the framework's report of the governance rules
   */
  public GovernanceComplianceReport(PartnershipId partnership, String partnershipName,
      DateRange period, RuleReport report) {
    this.partnership = Objects.requireNonNull(partnership, "partnership");
    this.partnershipName = Objects.requireNonNull(partnershipName, "partnershipName");
    this.period = Objects.requireNonNull(period, "period");
    this.report = Objects.requireNonNull(report, "report");
  }

  /** The partnership reviewed. */
  public PartnershipId partnership() {
    return partnership;
  }

  /** Its name at the time of the review. */
  public String partnershipName() {
    return partnershipName;
  }

  /** The period reviewed. */
  public DateRange period() {
    return period;
  }

  /** The day the review was made as of (parameters valid that day; later days not judged). */
  public LocalDate asOf() {
    return report.asOf();
  }

  /** The framework's report: rules evaluated, every finding, every failure. */
  public RuleReport ruleReport() {
    return report;
  }

  /** Every finding, in rule order. */
  public List<Finding> findings() {
    return report.findings();
  }

  /** The MUST findings (breaches). */
  public List<Finding> violations() {
    return report.violations();
  }

  /** The SHOULD findings. */
  public List<Finding> warnings() {
    return report.warnings();
  }

  /** The findings of one rule. */
  public List<Finding> findingsOf(RuleCode code) {
    return report.findingsOf(code);
  }

  /** Every finding in date order (undated first; stable for equal dates). */
  public List<Finding> findingsByDate() {
    return report.findings().stream()
        .sorted(Comparator.comparing((Finding f) -> dateOf(f).orElse(LocalDate.MIN)))
        .collect(Collectors.toUnmodifiableList());
  }

  /** Whether every rule was checked and no MUST rule was breached. */
  public boolean isCompliant() {
    return report.isCompliant();
  }

  /**
   * The date a finding concerns: its {@code from} argument, else its {@code on} argument, when
   * that is a date.
   */
  public static Optional<LocalDate> dateOf(Finding finding) {
    for (String name : List.of("from", "on")) {
      Object v = finding.arguments().get(name);
      if (v instanceof LocalDate) {
        return Optional.of((LocalDate) v);
      }
    }
    return Optional.empty();
  }

  /** The plain text grouped by rule, in the language of {@code locale} (Polish by default). */
  public String render(Locale locale) {
    return render(locale, Grouping.BY_RULE);
  }

  /**
   * The plain text in the language of {@code locale} (Polish by default): the partnership, the
   * period, the verdict, then the findings grouped as asked, each with its severity and rule (as
   * codes) and its message; by rule, every rule is listed with its title, weight and source, met
   * or not, with the parameter values its findings applied (each with its name, value and
   * description); rules that could not be checked come last. No id and no path is written: the
   * messages name things by their names.
   */
  public String render(Locale locale, Grouping grouping) {
    StringBuilder sb = new StringBuilder();
    sb.append(label(locale, "governance.report.title", "name", partnershipName, "id", partnership))
        .append('\n');
    sb.append(label(locale, "governance.report.period", "from", period.start(), "to", period.end(),
        "asOf", report.asOf())).append('\n');
    String verdict = !report.isComplete() ? "governance.report.verdict.incomplete"
        : report.isCompliant() ? "governance.report.verdict.compliant"
        : "governance.report.verdict.notCompliant";
    sb.append(label(locale, verdict, "violations", violations().size(), "warnings",
        warnings().size())).append('\n');
    if (grouping == Grouping.CHRONOLOGICAL) {
      if (findings().isEmpty()) {
        sb.append(label(locale, "governance.report.none")).append('\n');
      }
      List<Finding> sorted = findingsByDate();
      List<Finding> undated = sorted.stream().filter(f -> dateOf(f).isEmpty()).toList();
      List<Finding> dated = sorted.stream().filter(f -> dateOf(f).isPresent()).toList();
      if (!undated.isEmpty()) {
        sb.append(label(locale, "governance.report.undated")).append('\n');
        undated.forEach(f -> line(sb, f, locale));
      }
      if (!dated.isEmpty()) {
        sb.append(label(locale, "governance.report.byDate")).append('\n');
        dated.forEach(f -> line(sb, f, locale));
      }
    } else {
      Map<RuleCode, RuleDefinition> definitions = new LinkedHashMap<>();
      for (Rule<GovernanceSubject> r : GovernanceRules.all()) {
        definitions.put(r.definition().code(), r.definition());
      }
      for (RuleId id : report.rulesEvaluated()) {
        RuleDefinition d = definitions.get(id.code());
        List<Finding> own = findingsOf(id.code());
        String title = d == null ? id.toString() : d.title(locale);
        String source = d == null ? "" : d.source().text();
        Severity severity = d == null ? (own.isEmpty() ? Severity.MUST : own.get(0).severity())
            : d.severity();
        sb.append(label(locale, "governance.report.rule", "code", id, "title", title,
            "severity", label(locale, "governance.report.severity." + severity.name()),
            "source", source));
        if (own.isEmpty() && report.failures().stream().noneMatch(f -> f.rule().equals(id))) {
          sb.append(' ').append(label(locale, "governance.report.ok"));
        }
        sb.append('\n');
        own.forEach(f -> line(sb, f, locale));
        Set<String> parameters = new LinkedHashSet<>();
        own.forEach(f -> f.parametersUsed().forEach(p -> parameters.add(parameter(p, locale))));
        if (!parameters.isEmpty()) {
          sb.append("    ").append(label(locale, "governance.report.parameters", "parameters",
              String.join(", ", parameters))).append('\n');
        }
      }
    }
    for (RuleFailure f : report.failures()) {
      if (f.cause() instanceof MissingParameterException) {
        MissingParameterException e = (MissingParameterException) f.cause();
        sb.append(label(locale, "governance.report.failure.parameter", "rule", f.rule(),
            "parameter", e.parameterName(), "date", e.date()));
      } else {
        sb.append(label(locale, "governance.report.failure", "rule", f.rule(), "error", f.error(),
            "message", f.message()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * One finding: its severity and rule as codes, then its message. The path stays in the finding's
   * data: the message names what it concerns (a meeting by its day and body, a decision by its
   * day and subject, people and organisations by their names).
   */
  private static void line(StringBuilder sb, Finding f, Locale locale) {
    sb.append("  [").append(f.severity()).append("] ").append(f.rule());
    sb.append(": ").append(f.message(locale)).append('\n');
  }

  private static String parameter(ParameterValue<?> p, Locale locale) {
    return label(locale, "governance.report.parameter", "name", p.key().name(),
        "value", p.display(locale), "description", p.key().description(locale));
  }

  private static String label(Locale locale, String key, Object... namesAndValues) {
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return GovernanceRules.MESSAGES.format(key, args, locale);
  }

  /** Reports are equal when the partnership, name, period and rule report are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GovernanceComplianceReport)) {
      return false;
    }
    GovernanceComplianceReport r = (GovernanceComplianceReport) o;
    return partnership.equals(r.partnership) && partnershipName.equals(r.partnershipName)
        && period.equals(r.period) && report.equals(r.report);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(partnership, partnershipName, period, report);
  }

  /** The Polish rendering, grouped by rule. */
  @Override
  public String toString() {
    return render(pl.lsw.core.kernel.Messages.POLISH);
  }
}
