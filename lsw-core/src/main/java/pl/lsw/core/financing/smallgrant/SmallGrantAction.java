package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.Displayable;

/**
 * What may be done to a small grant; {@link SmallGrantStatus#allows} says in which status.
 *
 * <p>Polish: <i>czynność w postępowaniu o mały grant</i>.
 */
public enum SmallGrantAction implements Displayable {
  /** Post the offer in a place. Polish: <i>zamieszczenie oferty</i>. */
  PUBLISH("zamieszczenie oferty", "posting the offer"),
  /** Record a comment. Polish: <i>przyjęcie uwagi</i>. */
  RECEIVE_COMMENT("przyjęcie uwagi", "recording a comment"),
  /** Record the consideration of a comment. Polish: <i>rozpatrzenie uwagi</i>. */
  CONSIDER_COMMENT("rozpatrzenie uwagi", "considering a comment"),
  /** Close the comment period. Polish: <i>zamknięcie okresu zgłaszania uwag</i>. */
  CLOSE_COMMENT_PERIOD("zamknięcie okresu zgłaszania uwag", "closing the comment period"),
  /** Sign the contract. Polish: <i>zawarcie umowy</i>. */
  SIGN_CONTRACT("zawarcie umowy", "signing the contract"),
  /** Refuse the grant. Polish: <i>odmowa zlecenia zadania</i>. */
  REFUSE("odmowa zlecenia zadania", "refusing the task"),
  /** Record the organisation's withdrawal of the offer. Polish: <i>wycofanie oferty</i>. */
  WITHDRAW("wycofanie oferty", "withdrawing the offer");

  private final String polishName;
  private final String englishName;

  SmallGrantAction(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The Polish name. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name. */
  @Override
  public String englishName() {
    return englishName;
  }
}
