package pl.lsw.core.financing;

/**
 * The kind of the executive organ of a local government unit that awards grants (it announces
 * competitions and signs small grants); it decides the form of its acts (an order of a single
 * organ, a resolution of a collegial board).
 *
 * <p>Polish: <i>rodzaj organu wykonawczego jednostki samorządu terytorialnego</i>.
 */
public enum GrantingBodyKind {

  /** Commune head of a rural commune; acts by order. Polish: <i>wójt</i>. */
  COMMUNE_HEAD(false),

  /** Mayor of a town; acts by order. Polish: <i>burmistrz</i>. */
  MAYOR(false),

  /** President of a city; acts by order. Polish: <i>prezydent miasta</i>. */
  CITY_PRESIDENT(false),

  /** District board; acts by resolution. Polish: <i>zarząd powiatu</i>. */
  DISTRICT_BOARD(true),

  /** Voivodeship board; acts by resolution. Polish: <i>zarząd województwa</i>. */
  VOIVODESHIP_BOARD(true),

  /** Another public administration body (UDPP art. 3 ust. 1). Polish: <i>inny organ administracji publicznej</i>. */
  OTHER(false);

  private final boolean collegial;

  GrantingBodyKind(boolean collegial) {
    this.collegial = collegial;
  }

  /** Whether the organ is a collegial board that acts by resolution (<i>uchwała</i>) rather than by order (<i>zarządzenie</i>). */
  public boolean isCollegial() {
    return collegial;
  }
}
