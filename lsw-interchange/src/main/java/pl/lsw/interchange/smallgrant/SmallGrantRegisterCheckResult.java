package pl.lsw.interchange.smallgrant;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import pl.lsw.core.financing.smallgrant.SmallGrantRegisterReport;

/**
 * What {@link SmallGrantRegisterCheck} found in a register file: what was read (with the
 * malformed rows) and the report of the rules on every row read.
 *
 * <p>Polish: <i>wynik sprawdzenia rejestru małych grantów</i>.
 *
 * @param register what was read from the file
 * @param report the report of the rules, keyed by register number
 * @param asOf the day of the check
 */
public record SmallGrantRegisterCheckResult(SmallGrantRegister register, SmallGrantRegisterReport report,
    LocalDate asOf) {

  /** Refuses nulls. */
  public SmallGrantRegisterCheckResult {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Whether the register is clean: every line was read and no entry breaks a MUST rule (SHOULD
   * findings, e.g. a district's own allotment, do not make it unclean).
   */
  public boolean isClean() {
    return register.isFullyRead() && !report.hasMustViolations();
  }

  /** How many MUST violations each rule has, by rule code in alphabetical order. */
  public Map<String, Integer> violationsByRule() {
    Map<String, Integer> out = new TreeMap<>();
    report.reports().values().forEach(r -> r.violations().forEach(f -> out.merge(f.code().value(), 1, Integer::sum)));
    return out;
  }
}
