package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;

/**
 * From whose side a SWOT analysis of cooperation is made: the non-governmental organisations, the
 * local government, or the partnership as a whole (as in the LSW workshops behind seed 001
 * Tabela 3). Stored by name.
 *
 * <p>Polish: <i>perspektywa autora analizy SWOT</i>.
 */
public enum SwotPerspective implements Displayable {
  /** Polish: <i>organizacje pozarządowe</i>. */
  NGO("organizacje pozarządowe", "non-governmental organisations"),
  /** Polish: <i>samorząd lokalny</i>. */
  LOCAL_GOVERNMENT("samorząd lokalny", "local government"),
  /** Polish: <i>partnerstwo</i>. */
  PARTNERSHIP("partnerstwo", "the partnership");

  private final String polishName;
  private final String englishName;

  SwotPerspective(String polishName, String englishName) {
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
