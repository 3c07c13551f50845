package pl.lsw.core.partnership.governance;

/**
 * The kind of a governance body of a partnership.
 *
 * <p>Polish: <i>rodzaj organu (ciała) partnerstwa</i>.
 */
public enum BodyKind {
  /** Polish: <i>Komitet Sterujący</i>. */
  STEERING_COMMITTEE,
  /** Polish: <i>Zespół Zadaniowy</i>. */
  TASK_TEAM,
  /** Polish: <i>Konsorcjum Wykonawcze</i>. */
  EXECUTIVE_CONSORTIUM,
  /** Model Kooperacji, commune–county level. Polish: <i>Partnerski Zespół Kooperacji (PZK)</i>. */
  PARTNER_COOPERATION_TEAM,
  /** Model Kooperacji, regional level. Polish: <i>Wojewódzki Zespół Kooperacji (WZK)</i>. */
  VOIVODESHIP_COOPERATION_TEAM
}
