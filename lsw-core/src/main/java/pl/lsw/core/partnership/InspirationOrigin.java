package pl.lsw.core.partnership;

/**
 * Where the inspiration to found a partnership came from [000 §Wstęp].
 *
 * <p>Polish: <i>źródło inspiracji partnerstwa</i>.
 */
public enum InspirationOrigin {
  /** Local leaders. Polish: <i>lokalni liderzy</i>. */
  LOCAL_LEADERS("lokalni liderzy"),
  /** Local business. Polish: <i>lokalny biznes</i>. */
  LOCAL_BUSINESS("lokalny biznes"),
  /** The local government. Polish: <i>samorząd lokalny</i>. */
  LOCAL_GOVERNMENT("samorząd lokalny"),
  /** Another origin. Polish: <i>inne</i>. */
  OTHER("inne");

  private final String polishName;

  InspirationOrigin(String polishName) {
    this.polishName = polishName;
  }

  /** The Polish name. */
  public String polishName() {
    return polishName;
  }
}
