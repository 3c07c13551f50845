package pl.lsw.core.partnership;

/**
 * The scope of a partnership: one sector of problems, or many aspects at once. A local pact is
 * composed of sectoral partnerships [000 §Wstęp].
 *
 * <p>Polish: <i>zakres partnerstwa (sektorowe / wieloaspektowe)</i>.
 */
public enum PartnershipScope {
  /** Sectoral. Polish: <i>sektorowe</i>. */
  SECTORAL("sektorowe"),
  /** Multi-aspect. Polish: <i>wieloaspektowe</i>. */
  MULTI_ASPECT("wieloaspektowe");

  private final String polishName;

  PartnershipScope(String polishName) {
    this.polishName = polishName;
  }

  /** The Polish name. */
  public String polishName() {
    return polishName;
  }
}
