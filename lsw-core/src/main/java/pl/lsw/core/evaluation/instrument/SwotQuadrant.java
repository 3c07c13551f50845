package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;

/**
 * The four quadrants of a SWOT analysis. Stored by name.
 *
 * <p>Polish: <i>ćwiartka analizy SWOT</i>.
 */
public enum SwotQuadrant implements Displayable {
  /** Polish: <i>mocne strony</i>. */
  STRENGTH("mocna strona", "strength"),
  /** Polish: <i>słabe strony</i>. */
  WEAKNESS("słaba strona", "weakness"),
  /** Polish: <i>szanse</i>. */
  OPPORTUNITY("szansa", "opportunity"),
  /** Polish: <i>zagrożenia</i>. */
  THREAT("zagrożenie", "threat");

  private final String polishName;
  private final String englishName;

  SwotQuadrant(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** @return whether the quadrant is internal (strengths and weaknesses) rather than external */
  public boolean isInternal() {
    return this == STRENGTH || this == WEAKNESS;
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
