package pl.lsw.core.partnership.governance;

import pl.lsw.core.kernel.Displayable;

/**
 * The role in which a person acts when giving a command to a partnership. Access rules look at
 * the role named in the command and check that the person really holds it.
 *
 * <p>Polish: <i>rola, w jakiej działa osoba</i>.
 */
public enum ActingRole implements Displayable {
  /** Chair of the Steering Committee (a local-government representative). Polish: <i>przewodniczący Komitetu Sterującego</i>. */
  STEERING_COMMITTEE_CHAIR("przewodniczący Komitetu Sterującego", "Steering Committee chair"),
  /** Member of the Steering Committee. Polish: <i>członek Komitetu Sterującego</i>. */
  STEERING_COMMITTEE_MEMBER("członek Komitetu Sterującego", "Steering Committee member"),
  /** Manager of the Task Team. Polish: <i>Kierownik Zespołu Zadaniowego</i>. */
  TASK_TEAM_MANAGER("Kierownik Zespołu Zadaniowego", "Task Team Manager"),
  /** The knowledge-management specialist. Polish: <i>specjalista ds. zarządzania wiedzą</i>. */
  KNOWLEDGE_MANAGEMENT_SPECIALIST("specjalista ds. zarządzania wiedzą", "knowledge-management specialist"),
  /** Member of the Task Team. Polish: <i>członek Zespołu Zadaniowego</i>. */
  TASK_TEAM_MEMBER("członek Zespołu Zadaniowego", "Task Team member"),
  /** Member of an Executive Consortium. Polish: <i>członek Konsorcjum Wykonawczego</i>. */
  CONSORTIUM_MEMBER("członek Konsorcjum Wykonawczego", "Executive Consortium member"),
  /** Network worker or cooperation animator. Polish: <i>pracownik ds. sieci / animator kooperacji</i>. */
  NETWORK_WORKER("pracownik ds. sieci / animator kooperacji", "network worker / cooperation animator"),
  /** Member of a Partner Cooperation Team (PZK). Polish: <i>członek Partnerskiego Zespołu Kooperacji</i>. */
  PARTNER_COOPERATION_TEAM_MEMBER("członek Partnerskiego Zespołu Kooperacji", "Partner Cooperation Team member"),
  /** Member of a Voivodeship Cooperation Team (WZK). Polish: <i>członek Wojewódzkiego Zespołu Kooperacji</i>. */
  VOIVODESHIP_COOPERATION_TEAM_MEMBER("członek Wojewódzkiego Zespołu Kooperacji", "Voivodeship Cooperation Team member"),
  /** A representative of a partner organisation, without a body role. Polish: <i>przedstawiciel partnera</i>. */
  PARTNER_REPRESENTATIVE("przedstawiciel partnera", "partner representative");

  private final String polishName;
  private final String englishName;

  ActingRole(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The Polish name of the role. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name of the role. */
  @Override
  public String englishName() {
    return englishName;
  }
}
