package pl.lsw.core.financing.smallgrant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.rules.RuleReport;

/**
 * The result of checking many small grants at once: a {@link RuleReport} per grant (in the order
 * the grants were given), the totals per organisation and year, and per body and year.
 *
 * <p>Polish: <i>zbiorczy raport zgodności małych grantów</i>.
 */
public final class SmallGrantBatchReport {

  private final Map<GrantId, RuleReport> reports;
  private final List<OrganisationYearTotal> organisationTotals;
  private final List<BodyYearTotal> bodyTotals;

  /**
   * Creates a batch report; normally done by {@link SmallGrantChecker#checkAll}.
   *
   * @param reports the report of each grant, in the order the grants were given
   * @param organisationTotals totals per organisation and year
   * @param bodyTotals totals per body and year
   */
  public SmallGrantBatchReport(Map<GrantId, RuleReport> reports, List<OrganisationYearTotal> organisationTotals,
      List<BodyYearTotal> bodyTotals) {
    this.reports = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    this.organisationTotals = List.copyOf(organisationTotals);
    this.bodyTotals = List.copyOf(bodyTotals);
  }

  /** The report of each grant, in the order the grants were given. */
  public Map<GrantId, RuleReport> reports() {
    return reports;
  }

  /**
   * The report of one grant.
   *
   * @throws IllegalArgumentException when the grant was not in the batch
   */
  public RuleReport reportOf(GrantId id) {
    RuleReport r = reports.get(Objects.requireNonNull(id, "id"));
    if (r == null) {
      throw new IllegalArgumentException("grant " + id + " was not in the batch");
    }
    return r;
  }

  /** Totals per organisation and year, ordered by year, then organisation id (as text). */
  public List<OrganisationYearTotal> organisationTotals() {
    return organisationTotals;
  }

  /** Totals per body and year, ordered by year, then body area code. */
  public List<BodyYearTotal> bodyTotals() {
    return bodyTotals;
  }

  /** How many grants comply. */
  public long compliantCount() {
    return reports.values().stream().filter(RuleReport::isCompliant).count();
  }

  /** How many grants do not comply. */
  public long nonCompliantCount() {
    return reports.size() - compliantCount();
  }
}
