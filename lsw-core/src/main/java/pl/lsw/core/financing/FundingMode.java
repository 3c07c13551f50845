package pl.lsw.core.financing;

/**
 * How a public task is commissioned to an organisation (UDPP art. 5 ust. 4 pkt 2, art. 11 ust. 1).
 *
 * <p>Polish: <i>forma zlecenia zadania publicznego</i>.
 */
public enum FundingMode {

  /**
   * Support: the body co-finances the task, the organisation contributes its own resources.
   * Polish: <i>wspieranie wykonania zadania publicznego wraz z udzieleniem dotacji na
   * dofinansowanie jego realizacji</i>.
   */
  SUPPORT,

  /**
   * Entrusting: the body finances the task in full. Polish: <i>powierzanie wykonania zadania
   * publicznego wraz z udzieleniem dotacji na finansowanie jego realizacji</i>.
   */
  ENTRUSTING
}
