package pl.lsw.core.evaluation;

import pl.lsw.core.kernel.Displayable;

/**
 * How an undirected tie between two members is derived from their two directed ratings.
 *
 * <p>Polish: <i>reguła wyznaczania więzi nieskierowanej</i>.
 */
public enum UndirectedTieRule implements Displayable {
  /**
   * A tie when at least one of the two reports a relationship (the default; a relationship one side
   * does not see is still a relationship). Polish: <i>wystarczy wskazanie jednej strony</i>.
   */
  EITHER("wystarczy wskazanie jednej strony", "reported by either member"),
  /**
   * A tie only when both report it (confirmed, reciprocated ties). Polish: <i>wskazanie obu
   * stron</i>.
   */
  BOTH("wskazanie obu stron", "reported by both members");

  private final String polishName;
  private final String englishName;

  UndirectedTieRule(String polishName, String englishName) {
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

  /** Whether the two directed answers make an undirected tie under this rule. */
  public boolean tie(boolean aReportsB, boolean bReportsA) {
    return this == EITHER ? aReportsB || bReportsA : aReportsB && bReportsA;
  }
}
