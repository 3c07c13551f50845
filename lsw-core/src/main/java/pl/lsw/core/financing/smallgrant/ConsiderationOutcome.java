package pl.lsw.core.financing.smallgrant;

/**
 * What the body decided about a comment on a small-grant offer.
 *
 * <p>Polish: <i>sposób rozpatrzenia uwagi</i>.
 */
public enum ConsiderationOutcome {
  /** The comment was accepted. Polish: <i>uwaga uwzględniona</i>. */
  ACCEPTED,
  /** The comment was accepted in part. Polish: <i>uwaga uwzględniona częściowo</i>. */
  PARTLY_ACCEPTED,
  /** The comment was rejected. Polish: <i>uwaga nieuwzględniona</i>. */
  REJECTED
}
