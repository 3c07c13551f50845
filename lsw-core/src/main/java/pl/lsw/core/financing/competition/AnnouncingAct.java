package pl.lsw.core.financing.competition;

/**
 * The act that announces a competition [seed 000 §Płaszczyzna 3]: the President's order for
 * city-wide tasks, a district board's resolution for the district's tasks. Either way the
 * President decides.
 *
 * <p>Polish: <i>akt ogłaszający konkurs</i>.
 */
public enum AnnouncingAct {
  /** For city-wide tasks. Polish: <i>zarządzenie Prezydenta</i>. */
  PRESIDENT_ORDER,
  /** For a district's tasks. Polish: <i>uchwała zarządu dzielnicy</i>. */
  DISTRICT_BOARD_RESOLUTION
}
