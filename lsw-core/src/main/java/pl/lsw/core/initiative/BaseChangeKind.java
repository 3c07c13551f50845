package pl.lsw.core.initiative;

import pl.lsw.core.kernel.Displayable;

/**
 * The kinds of change of the Map, the Bank and the Action Base, as their history and events
 * name them.
 *
 * <p>Polish: <i>rodzaj zmiany w bazach LSW</i>.
 */
public enum BaseChangeKind implements Displayable {
  /** An entry was added to the Map. Polish: <i>dodanie pozycji mapy</i>. */
  ENTRY_ADDED("dodanie pozycji Mapy Potencjałów Lokalnych", "an entry added to the Map of Local Potentials"),
  /** An entry was changed. Polish: <i>zmiana pozycji mapy</i>. */
  ENTRY_CHANGED("zmiana pozycji Mapy Potencjałów Lokalnych", "an entry of the Map of Local Potentials changed"),
  /** An entry was removed from the Map. Polish: <i>usunięcie pozycji mapy</i>. */
  ENTRY_REMOVED("usunięcie pozycji Mapy Potencjałów Lokalnych", "an entry removed from the Map of Local Potentials"),
  /** An entry was recommended into the Bank. Polish: <i>rekomendacja do Banku Inicjatyw</i>. */
  ENTRY_RECOMMENDED("rekomendacja do Banku Inicjatyw", "an entry recommended into the Initiative Bank"),
  /** A recommendation was withdrawn. Polish: <i>wycofanie rekomendacji</i>. */
  RECOMMENDATION_WITHDRAWN("wycofanie rekomendacji z Banku Inicjatyw", "a recommendation withdrawn from the Initiative Bank"),
  /** An action was put into the Action Base. Polish: <i>wpisanie działania do bazy</i>. */
  ACTION_STARTED("wpisanie działania do Bazy Działań LSW", "an action put into the LSW Action Base"),
  /** An action's status changed. Polish: <i>zmiana stanu działania</i>. */
  ACTION_STATUS_CHANGED("zmiana stanu działania", "an action's status changed"),
  /** A consortium reported on an action. Polish: <i>sprawozdanie konsorcjum</i>. */
  ACTION_REPORTED("sprawozdanie konsorcjum o działaniu", "a consortium's report on an action"),
  /** An action that was over left the Base. Polish: <i>usunięcie działania z bazy</i>. */
  ACTION_REMOVED("usunięcie zakończonego działania z Bazy Działań LSW", "an action that was over removed from the LSW Action Base"),
  /** A verification round was recorded. Polish: <i>runda weryfikacji</i>. */
  VERIFICATION_ROUND("runda weryfikacji banku działań", "a verification round of the action bank");

  private final String polishName;
  private final String englishName;

  BaseChangeKind(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  @Override
  public String polishName() {
    return polishName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
