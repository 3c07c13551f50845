package pl.lsw.core.financing;

import pl.lsw.core.kernel.Displayable;

/**
 * The kind of the executive organ of a local government unit that awards grants (it announces
 * competitions and signs small grants); it decides the form of its acts (an order of a single
 * organ, a resolution of a collegial board).
 *
 * <p>Polish: <i>rodzaj organu wykonawczego jednostki samorządu terytorialnego</i>.
 */
public enum GrantingBodyKind implements Displayable {

  /**
   * The commune head, the executive organ of a rural commune (a JST); acts by order. Polish:
   * <i>wójt</i>.
   */
  COMMUNE_HEAD("wójt", "commune head", false),

  /**
   * The mayor, the executive organ of an urban or urban-rural commune whose seat is a town (a JST);
   * acts by order. Polish: <i>burmistrz</i>.
   */
  MAYOR("burmistrz", "mayor", false),

  /**
   * The city president, the executive organ of a city commune (a JST; also of a city with county
   * rights, e.g. <i>Prezydent m.st. Warszawy</i>); acts by order. Polish: <i>prezydent miasta</i>.
   */
  CITY_PRESIDENT("prezydent miasta", "city president", false),

  /**
   * The board of a district of Warsaw, an auxiliary unit of the city, not a JST: it acts for the
   * city (its area's {@linkplain pl.lsw.core.kernel.TerytCode#commune() commune}), so its small
   * grants count against the city's limits (UDPP art. 19a ust. 2 and 7); acts by resolution. Not a
   * county board (<i>zarząd powiatu</i>), which is the executive organ of a county (a JST) and is
   * given as {@link #OTHER} with the county's code. Polish: <i>zarząd dzielnicy</i>.
   */
  DISTRICT_BOARD("zarząd dzielnicy", "district board", true),

  /**
   * The voivodeship board, the executive organ of a voivodeship (a JST); acts by resolution.
   * Polish: <i>zarząd województwa</i>.
   */
  VOIVODESHIP_BOARD("zarząd województwa", "voivodeship board", true),

  /** Another public administration body (UDPP art. 3 ust. 1). Polish: <i>inny organ administracji publicznej</i>. */
  OTHER("inny organ administracji publicznej", "other public administration body", false);

  private final String polishName;
  private final String englishName;

  private final boolean collegial;

  GrantingBodyKind(String polishName, String englishName, boolean collegial) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.collegial = collegial;
  }

  /** Whether the organ is a collegial board that acts by resolution (<i>uchwała</i>) rather than by order (<i>zarządzenie</i>). */
  public boolean isCollegial() {
    return collegial;
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
