package pl.lsw.core.partnership.governance;

/**
 * The result of a decision, computed from the members' positions (see {@link Decision#result()}).
 *
 * <p>Polish: <i>wynik decyzji (przyjęta / nieprzyjęta)</i>.
 */
public enum DecisionResult {
  /** Taken. Polish: <i>przyjęta</i>. */
  ACCEPTED,
  /** Not taken. Polish: <i>nieprzyjęta</i>. */
  NOT_ACCEPTED
}
