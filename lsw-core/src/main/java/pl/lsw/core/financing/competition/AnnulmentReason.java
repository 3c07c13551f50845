package pl.lsw.core.financing.competition;

/**
 * The only grounds to annul a competition (UDPP art. 18a ust. 1).
 *
 * <p>Polish: <i>przesłanka unieważnienia konkursu</i>.
 */
public enum AnnulmentReason {
  /** No offer came. Polish: <i>nie złożono żadnej oferty</i>. */
  NO_OFFERS,
  /** No offer met the announced requirements. Polish: <i>żadna ze złożonych ofert nie spełnia wymogów</i>. */
  NO_OFFER_MEETS_REQUIREMENTS
}
