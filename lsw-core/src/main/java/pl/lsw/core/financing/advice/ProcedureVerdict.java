package pl.lsw.core.financing.advice;

import java.util.List;
import java.util.Objects;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;

/**
 * Whether one procedure is lawful for a task, with the report of the rules checked: MUST findings
 * refuse the procedure, SHOULD findings are notes (e.g. that support mode needs an own
 * contribution).
 *
 * <p>Polish: <i>ocena dopuszczalności trybu</i>.
 *
 * @param procedure the procedure
 * @param report the rules checked and their findings
 */
public record ProcedureVerdict(FundingProcedure procedure, RuleReport report) {

  /** Refuses nulls. */
  public ProcedureVerdict {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(report, "report");
  }

  /** Whether the procedure may be used: no MUST finding and every rule checked. */
  public boolean isLawful() {
    return report.isCompliant();
  }

  /** The findings that refuse the procedure. */
  public List<Finding> refusingFindings() {
    return report.violations();
  }

  /** Notes that do not refuse it. */
  public List<Finding> notes() {
    return report.warnings();
  }
}
