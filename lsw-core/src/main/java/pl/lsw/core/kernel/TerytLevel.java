package pl.lsw.core.kernel;

/**
 * The level of a unit of the territorial division identified by a {@link TerytCode}.
 *
 * <p>Polish: <i>poziom jednostki podziału terytorialnego</i> (województwo, powiat, gmina).
 */
public enum TerytLevel {

  /** A voivodeship, 2 digits. Polish: <i>województwo</i>. */
  VOIVODESHIP(2, "województwo"),

  /** A county or a city with county rights, 4 digits. Polish: <i>powiat</i>. */
  COUNTY(4, "powiat"),

  /**
   * A commune or a part of one (town or rural area of an urban-rural commune, district of Warsaw,
   * delegation), 7 digits. Polish: <i>gmina lub jednostka gminna</i>.
   */
  COMMUNE_UNIT(7, "gmina lub jednostka gminna");

  private final int digits;
  private final String polishName;

  TerytLevel(int digits, String polishName) {
    this.digits = digits;
    this.polishName = polishName;
  }

  /** The number of digits of a code at this level: 2, 4 or 7. */
  public int digits() {
    return digits;
  }

  /** The Polish name of the level, e.g. {@code województwo}. */
  public String polishName() {
    return polishName;
  }
}
