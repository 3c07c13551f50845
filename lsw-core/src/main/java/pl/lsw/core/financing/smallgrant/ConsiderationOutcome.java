package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.Displayable;

/**
 * What the body decided about a comment on a small-grant offer.
 *
 * <p>Polish: <i>sposób rozpatrzenia uwagi</i>.
 */
public enum ConsiderationOutcome implements Displayable {
  /** The comment was accepted. Polish: <i>uwaga uwzględniona</i>. */
  ACCEPTED("uwaga uwzględniona", "accepted"),
  /** The comment was accepted in part. Polish: <i>uwaga uwzględniona częściowo</i>. */
  PARTLY_ACCEPTED("uwaga uwzględniona częściowo", "partly accepted"),
  /** The comment was rejected. Polish: <i>uwaga nieuwzględniona</i>. */
  REJECTED("uwaga nieuwzględniona", "rejected");

  private final String polishName;
  private final String englishName;

  ConsiderationOutcome(String polishName, String englishName) {
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
