package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Displayable;

/**
 * The scope of a partnership: one sector of problems, or many aspects at once. A local pact is
 * composed of sectoral partnerships [000 §Wstęp].
 *
 * <p>Polish: <i>zakres partnerstwa (sektorowe / wieloaspektowe)</i>.
 */
public enum PartnershipScope implements Displayable {
  /** Sectoral. Polish: <i>sektorowe</i>. */
  SECTORAL("sektorowe", "sectoral"),
  /** Multi-aspect. Polish: <i>wieloaspektowe</i>. */
  MULTI_ASPECT("wieloaspektowe", "multi-aspect");

  private final String polishName;
  private final String englishName;

  PartnershipScope(String polishName, String englishName) {
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
