package pl.lsw.core.partnership.governance;

import pl.lsw.core.kernel.Displayable;

/**
 * The kind of a governance body of a partnership.
 *
 * <p>Polish: <i>rodzaj organu (ciała) partnerstwa</i>.
 */
public enum BodyKind implements Displayable {
  /** Polish: <i>Komitet Sterujący</i>. */
  STEERING_COMMITTEE("Komitet Sterujący", "Steering Committee"),
  /** Polish: <i>Zespół Zadaniowy</i>. */
  TASK_TEAM("Zespół Zadaniowy", "Task Team"),
  /** Polish: <i>Konsorcjum Wykonawcze</i>. */
  EXECUTIVE_CONSORTIUM("Konsorcjum Wykonawcze", "Executive Consortium"),
  /** Model Kooperacji, commune–county level. Polish: <i>Partnerski Zespół Kooperacji (PZK)</i>. */
  PARTNER_COOPERATION_TEAM("Partnerski Zespół Kooperacji (PZK)", "Partner Cooperation Team (PZK)"),
  /** Model Kooperacji, regional level. Polish: <i>Wojewódzki Zespół Kooperacji (WZK)</i>. */
  VOIVODESHIP_COOPERATION_TEAM("Wojewódzki Zespół Kooperacji (WZK)", "Voivodeship Cooperation Team (WZK)");

  private final String polishName;
  private final String englishName;

  BodyKind(String polishName, String englishName) {
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
