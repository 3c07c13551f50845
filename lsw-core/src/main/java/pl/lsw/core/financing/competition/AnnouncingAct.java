package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

/**
 * The act that announces a competition [seed 000 §Płaszczyzna 3]: the President's order for
 * city-wide tasks, a district board's resolution for the district's tasks. Either way the
 * President decides.
 *
 * <p>Polish: <i>akt ogłaszający konkurs</i>.
 */
public enum AnnouncingAct implements Displayable {
  /** For city-wide tasks. Polish: <i>zarządzenie Prezydenta</i>. */
  PRESIDENT_ORDER("zarządzenie Prezydenta", "order of the President"),
  /** For a district's tasks. Polish: <i>uchwała zarządu dzielnicy</i>. */
  DISTRICT_BOARD_RESOLUTION("uchwała zarządu dzielnicy", "resolution of the district board");

  private final String polishName;
  private final String englishName;

  AnnouncingAct(String polishName, String englishName) {
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
