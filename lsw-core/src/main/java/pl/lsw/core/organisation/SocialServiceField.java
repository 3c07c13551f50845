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
public enum SocialServiceField implements pl.lsw.core.kernel.Displayable {
  /** Polish: <i>polityka prorodzinna</i>. */
  FAMILY_POLICY("polityka prorodzinna", "family policy"),
  /** Polish: <i>wspieranie rodziny</i>. */
  FAMILY_SUPPORT("wspieranie rodziny", "family support"),
  /** Polish: <i>system pieczy zastępczej</i>. */
  FOSTER_CARE("system pieczy zastępczej", "foster care"),
  /** Polish: <i>pomoc społeczna</i>. */
  SOCIAL_ASSISTANCE("pomoc społeczna", "social assistance"),
  /** Polish: <i>promocja i ochrona zdrowia</i>. */
  HEALTH_PROMOTION_AND_PROTECTION("promocja i ochrona zdrowia", "health promotion and protection"),
  /** Polish: <i>wspieranie osób niepełnosprawnych</i>. */
  DISABILITY_SUPPORT("wspieranie osób niepełnosprawnych", "support for people with disabilities"),
  /** Polish: <i>edukacja publiczna</i>. */
  PUBLIC_EDUCATION("edukacja publiczna", "public education"),
  /** Polish: <i>przeciwdziałanie bezrobociu</i>. */
  COUNTERACTING_UNEMPLOYMENT("przeciwdziałanie bezrobociu", "counteracting unemployment"),
  /** Polish: <i>kultura</i>. */
  CULTURE("kultura", "culture"),
  /** Polish: <i>kultura fizyczna i turystyka</i>. */
  PHYSICAL_CULTURE_AND_TOURISM("kultura fizyczna i turystyka", "physical culture and tourism"),
  /** Polish: <i>aktywność obywatelska</i>. */
  CIVIC_ACTIVITY("aktywność obywatelska", "civic activity"),
  /** Polish: <i>mieszkalnictwo</i>. */
  HOUSING("mieszkalnictwo", "housing"),
  /** Polish: <i>ochrona środowiska</i>. */
  ENVIRONMENTAL_PROTECTION("ochrona środowiska", "environmental protection"),
  /** Polish: <i>reintegracja zawodowa i społeczna</i>. */
  VOCATIONAL_AND_SOCIAL_REINTEGRATION("reintegracja zawodowa i społeczna", "vocational and social reintegration");

  private final String polishName;
  private final String englishName;

  SocialServiceField(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The statutory Polish name, e.g. {@code "wspieranie rodziny"}. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name, e.g. {@code "family support"}. */
  @Override
  public String englishName() {
    return englishName;
  }
}
