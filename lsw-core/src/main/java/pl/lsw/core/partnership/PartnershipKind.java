package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Displayable;

/**
 * The kind of a partnership [000 §Wstęp].
 *
 * <p>Polish: <i>rodzaj partnerstwa</i>.
 */
public enum PartnershipKind implements Displayable {
  /** A local support system (the Warsaw model). Polish: <i>Lokalny System Wsparcia (LSW)</i>. */
  LOCAL_SUPPORT_SYSTEM("Lokalny System Wsparcia", "local support system"),
  /** A local action group. Polish: <i>lokalna grupa działania</i>. */
  LOCAL_ACTION_GROUP("lokalna grupa działania", "local action group"),
  /** A coordinating partnership. Polish: <i>partnerstwo koordynujące</i>. */
  COORDINATING("partnerstwo koordynujące", "coordinating partnership"),
  /** An executive partnership. Polish: <i>partnerstwo wykonawcze</i>. */
  EXECUTIVE("partnerstwo wykonawcze", "executive partnership"),
  /** A cluster. Polish: <i>klaster</i>. */
  CLUSTER("klaster", "cluster"),
  /** A Model Kooperacji team. Polish: <i>zespół Modelu Kooperacji</i>. */
  COOPERATION_MODEL_TEAM("zespół Modelu Kooperacji", "Model Kooperacji team"),
  /** A local pact, composed of sectoral partnerships. Polish: <i>pakt lokalny</i>. */
  LOCAL_PACT("pakt lokalny", "local pact"),
  /** Another kind. Polish: <i>inne</i>. */
  OTHER("inne", "other");

  private final String polishName;
  private final String englishName;

  PartnershipKind(String polishName, String englishName) {
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
