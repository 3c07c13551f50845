package pl.lsw.core.partnership.governance;

/**
 * The kind of a decision of the Steering Committee [001 §5.1.1]. The kind decides
 * how the result is computed: see {@link Decision#result()}.
 *
 * <p>Polish: <i>rodzaj decyzji</i>.
 */
public enum DecisionKind {
  /** Directions and plans. Polish: <i>decyzja strategiczna (kierunki działań)</i>. */
  STRATEGIC,
  /** Money: costs borne by partners, sharing a grant. Polish: <i>decyzja finansowa</i>. */
  FINANCIAL,
  /** A change of schedule or budget. Polish: <i>zmiana harmonogramu lub budżetu</i>. */
  SCHEDULE_OR_BUDGET_CHANGE,
  /** Accepting a substantive report. Polish: <i>akceptacja sprawozdania</i>. */
  REPORT_ACCEPTANCE,
  /** Resolving a conflict. Polish: <i>rozwiązanie konfliktu</i>. */
  CONFLICT_RESOLUTION,
  /** Anything else. Polish: <i>inna</i>. */
  OTHER;

  /**
   * Whether every member's acceptance is needed ({@code GOV-FINANCIAL-CONSENSUS}, 001 §5.1.4): true
   * for {@link #FINANCIAL} only.
   */
  public boolean needsEveryAcceptance() {
    return this == FINANCIAL;
  }
}
