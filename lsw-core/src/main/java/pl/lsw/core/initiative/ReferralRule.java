package pl.lsw.core.initiative;

import pl.lsw.core.kernel.Displayable;

/**
 * Whether an offer needs a referral (from a social worker, a doctor, a court, ...) or is open to anybody who meets its conditions.
 *
 * <p>Polish: <i>tryb dostępu (skierowanie albo dostęp otwarty)</i>.
 */
public enum ReferralRule implements Displayable {
  /** Open access: no referral needed. Polish: <i>dostęp otwarty</i>. */
  OPEN_ACCESS("dostęp otwarty", "open access"),
  /** A referral is needed. Polish: <i>wymagane skierowanie</i>. */
  REFERRAL_REQUIRED("wymagane skierowanie", "referral required");

  private final String polishName;
  private final String englishName;

  ReferralRule(String polishName, String englishName) {
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
