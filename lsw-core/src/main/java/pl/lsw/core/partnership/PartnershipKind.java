package pl.lsw.core.partnership;

/**
 * The kind of a partnership [000 §Wstęp; DOMAIN.md §2].
 *
 * <p>Polish: <i>rodzaj partnerstwa</i>.
 */
public enum PartnershipKind {
  /** A local support system (the Warsaw model). Polish: <i>Lokalny System Wsparcia (LSW)</i>. */
  LOCAL_SUPPORT_SYSTEM("Lokalny System Wsparcia"),
  /** A local action group. Polish: <i>lokalna grupa działania</i>. */
  LOCAL_ACTION_GROUP("lokalna grupa działania"),
  /** A coordinating partnership. Polish: <i>partnerstwo koordynujące</i>. */
  COORDINATING("partnerstwo koordynujące"),
  /** An executive partnership. Polish: <i>partnerstwo wykonawcze</i>. */
  EXECUTIVE("partnerstwo wykonawcze"),
  /** A cluster. Polish: <i>klaster</i>. */
  CLUSTER("klaster"),
  /** A Model Kooperacji team. Polish: <i>zespół Modelu Kooperacji</i>. */
  COOPERATION_MODEL_TEAM("zespół Modelu Kooperacji"),
  /** A local pact, composed of sectoral partnerships. Polish: <i>pakt lokalny</i>. */
  LOCAL_PACT("pakt lokalny"),
  /** Another kind. Polish: <i>inne</i>. */
  OTHER("inne");

  private final String polishName;

  PartnershipKind(String polishName) {
    this.polishName = polishName;
  }

  /** The Polish name. */
  public String polishName() {
    return polishName;
  }
}
