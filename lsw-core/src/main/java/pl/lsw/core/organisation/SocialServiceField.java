package pl.lsw.core.organisation;

/**
 * A field of activity: the 14 categories of social services of the Act on the realisation of
 * social services by a social services centre (art. 2 ust. 1), used as the controlled vocabulary
 * of fields for organisations, initiatives, services and needs.
 *
 * <p>Polish: <i>obszar usług społecznych</i>.
 *
 * <p>The partner fields listed in the partnership model (education, labour market, health,
 * justice, ...) map onto these categories; public safety and justice have no category of their
 * own and are recorded through the closest one (usually {@link #CIVIC_ACTIVITY} or
 * {@link #SOCIAL_ASSISTANCE}).
 */
public enum SocialServiceField {
  /** Polish: <i>polityka prorodzinna</i>. */
  FAMILY_POLICY("polityka prorodzinna"),
  /** Polish: <i>wspieranie rodziny</i>. */
  FAMILY_SUPPORT("wspieranie rodziny"),
  /** Polish: <i>system pieczy zastępczej</i>. */
  FOSTER_CARE("system pieczy zastępczej"),
  /** Polish: <i>pomoc społeczna</i>. */
  SOCIAL_ASSISTANCE("pomoc społeczna"),
  /** Polish: <i>promocja i ochrona zdrowia</i>. */
  HEALTH_PROMOTION_AND_PROTECTION("promocja i ochrona zdrowia"),
  /** Polish: <i>wspieranie osób niepełnosprawnych</i>. */
  DISABILITY_SUPPORT("wspieranie osób niepełnosprawnych"),
  /** Polish: <i>edukacja publiczna</i>. */
  PUBLIC_EDUCATION("edukacja publiczna"),
  /** Polish: <i>przeciwdziałanie bezrobociu</i>. */
  COUNTERACTING_UNEMPLOYMENT("przeciwdziałanie bezrobociu"),
  /** Polish: <i>kultura</i>. */
  CULTURE("kultura"),
  /** Polish: <i>kultura fizyczna i turystyka</i>. */
  PHYSICAL_CULTURE_AND_TOURISM("kultura fizyczna i turystyka"),
  /** Polish: <i>aktywność obywatelska</i>. */
  CIVIC_ACTIVITY("aktywność obywatelska"),
  /** Polish: <i>mieszkalnictwo</i>. */
  HOUSING("mieszkalnictwo"),
  /** Polish: <i>ochrona środowiska</i>. */
  ENVIRONMENTAL_PROTECTION("ochrona środowiska"),
  /** Polish: <i>reintegracja zawodowa i społeczna</i>. */
  VOCATIONAL_AND_SOCIAL_REINTEGRATION("reintegracja zawodowa i społeczna");

  private final String polishName;

  SocialServiceField(String polishName) {
    this.polishName = polishName;
  }

  /** The statutory Polish name, e.g. {@code "wspieranie rodziny"}. */
  public String polishName() {
    return polishName;
  }
}
