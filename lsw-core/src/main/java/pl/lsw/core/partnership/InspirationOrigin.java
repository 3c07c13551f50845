package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Displayable;

/**
 * Where the inspiration to found a partnership came from [000 §Wstęp].
 *
 * <p>Polish: <i>źródło inspiracji partnerstwa</i>.
 */
public enum InspirationOrigin implements Displayable {
  /** Local leaders. Polish: <i>lokalni liderzy</i>. */
  LOCAL_LEADERS("lokalni liderzy", "local leaders"),
  /** Local business. Polish: <i>lokalny biznes</i>. */
  LOCAL_BUSINESS("lokalny biznes", "local business"),
  /** The local government. Polish: <i>samorząd lokalny</i>. */
  LOCAL_GOVERNMENT("samorząd lokalny", "local government"),
  /** Another origin. Polish: <i>inne</i>. */
  OTHER("inne", "other");

  private final String polishName;
  private final String englishName;

  InspirationOrigin(String polishName, String englishName) {
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
