package pl.lsw.core.financing.smallgrant;

/**
 * What may be done to a small grant; {@link SmallGrantStatus#allows} says in which status.
 *
 * <p>Polish: <i>czynność w postępowaniu o mały grant</i>.
 */
public enum SmallGrantAction {
  /** Post the offer in a place. Polish: <i>zamieszczenie oferty</i>. */
  PUBLISH,
  /** Record a comment. Polish: <i>przyjęcie uwagi</i>. */
  RECEIVE_COMMENT,
  /** Record the consideration of a comment. Polish: <i>rozpatrzenie uwagi</i>. */
  CONSIDER_COMMENT,
  /** Close the comment period. Polish: <i>zamknięcie okresu zgłaszania uwag</i>. */
  CLOSE_COMMENT_PERIOD,
  /** Sign the contract. Polish: <i>zawarcie umowy</i>. */
  SIGN_CONTRACT,
  /** Refuse the grant. Polish: <i>odmowa zlecenia zadania</i>. */
  REFUSE,
  /** Record the organisation's withdrawal of the offer. Polish: <i>wycofanie oferty</i>. */
  WITHDRAW
}
