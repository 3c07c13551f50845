package pl.lsw.core.initiative;

import pl.lsw.core.kernel.Displayable;

/**
 * Where an entry of the map comes from: a partner of the local support system or a partner outside it.
 *
 * <p>Polish: <i>źródło pozycji</i>.
 */
public enum EntrySource implements Displayable {
  /** Offered inside the local support system, by one of its partners. Polish: <i>w ramach LSW</i>. */
  INSIDE_LSW("w ramach LSW", "inside the local support system"),
  /** Offered by a partner outside the local support system. Polish: <i>partner spoza LSW</i>. */
  OUTSIDE_PARTNER("partner spoza LSW", "a partner outside the local support system");

  private final String polishName;
  private final String englishName;

  EntrySource(String polishName, String englishName) {
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
