package pl.lsw.core.financing.smallgrant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.rules.RuleReport;

/**
 * The result of checking a register of small grants ({@link SmallGrantChecker#checkRegister}): the
 * {@link RuleReport} of each {@link SmallGrantEntry}, found by its register number (in the order
 * the entries were given), the totals per organisation and year (named by the organisation's
 * name), per local government unit (JST) and year, and per body and year. The totals count the
 * register's entries together with the stored grants given to the check.
 *
 * <p>Immutable. Polish: <i>raport sprawdzenia rejestru małych grantów</i>.
 */
public final class SmallGrantRegisterReport {

  private final Map<String, SmallGrantEntry> entries;
  private final Map<String, RuleReport> reports;
  private final List<NamedOrganisationYearTotal> organisationTotals;
  private final List<LocalGovernmentYearTotal> localGovernmentTotals;
  private final List<BodyYearTotal> bodyTotals;

  /**
   * Creates a report; normally done by {@link SmallGrantChecker#checkRegister}.
   *
   * @param entries the entries checked, in order
   * @param reports the report of each entry, by register number
   * @param organisationTotals totals per organisation and year
   * @param localGovernmentTotals totals per local government unit and year
   * @param bodyTotals totals per body and year
   * @throws IllegalArgumentException when an entry has no report
   */
  public SmallGrantRegisterReport(List<SmallGrantEntry> entries, Map<String, RuleReport> reports,
      List<NamedOrganisationYearTotal> organisationTotals, List<LocalGovernmentYearTotal> localGovernmentTotals,
      List<BodyYearTotal> bodyTotals) {
    Map<String, SmallGrantEntry> e = new LinkedHashMap<>();
    Map<String, RuleReport> r = new LinkedHashMap<>();
    for (SmallGrantEntry entry : entries) {
      RuleReport report = reports.get(entry.registerNumber());
      if (report == null) {
        throw new IllegalArgumentException("no report for " + entry.registerNumber());
      }
      e.put(entry.registerNumber(), entry);
      r.put(entry.registerNumber(), report);
    }
    this.entries = Collections.unmodifiableMap(e);
    this.reports = Collections.unmodifiableMap(r);
    this.organisationTotals = List.copyOf(organisationTotals);
    this.localGovernmentTotals = List.copyOf(localGovernmentTotals);
    this.bodyTotals = List.copyOf(bodyTotals);
  }

  /** The entries checked, in the order they were given. */
  public List<SmallGrantEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The report of each entry by its register number, in the order the entries were given. */
  public Map<String, RuleReport> reports() {
    return reports;
  }

  /**
   * The report of one entry.
   *
   * @param registerNumber the entry's register number
   * @throws IllegalArgumentException when no entry has that number
   */
  public RuleReport reportOf(String registerNumber) {
    RuleReport r = reports.get(Objects.requireNonNull(registerNumber, "registerNumber"));
    if (r == null) {
      throw new IllegalArgumentException("no entry " + registerNumber + " in the register");
    }
    return r;
  }

  /**
   * The entry with a register number.
   *
   * @param registerNumber the register number
   * @throws IllegalArgumentException when no entry has that number
   */
  public SmallGrantEntry entry(String registerNumber) {
    SmallGrantEntry e = entries.get(Objects.requireNonNull(registerNumber, "registerNumber"));
    if (e == null) {
      throw new IllegalArgumentException("no entry " + registerNumber + " in the register");
    }
    return e;
  }

  /** Totals per organisation and year, ordered by year, then organisation name. */
  public List<NamedOrganisationYearTotal> organisationTotals() {
    return organisationTotals;
  }

  /** Totals per local government unit (JST) and year, ordered by year, then TERYT code. */
  public List<LocalGovernmentYearTotal> localGovernmentTotals() {
    return localGovernmentTotals;
  }

  /** Totals per body and year, ordered by year, then body area code. */
  public List<BodyYearTotal> bodyTotals() {
    return bodyTotals;
  }

  /** How many entries comply with every rule. */
  public long compliantCount() {
    return reports.values().stream().filter(RuleReport::isCompliant).count();
  }

  /** How many entries do not comply. */
  public long nonCompliantCount() {
    return reports.size() - compliantCount();
  }

  /**
   * Whether an entry breaks a MUST rule or a rule could not be evaluated (the same as {@code
   * nonCompliantCount() > 0}; SHOULD findings do not count).
   */
  public boolean hasMustViolations() {
    return reports.values().stream().anyMatch(r -> !r.isCompliant());
  }
}
