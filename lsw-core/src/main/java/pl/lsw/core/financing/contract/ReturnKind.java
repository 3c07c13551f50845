package pl.lsw.core.financing.contract;

import pl.lsw.core.kernel.Displayable;

/**
 * Why grant money goes back.
 *
 * <p>Polish: <i>tytuł zwrotu dotacji</i>.
 */
public enum ReturnKind implements Displayable {
  /** The unused part (UFP art. 251). Polish: <i>niewykorzystana część dotacji</i>. */
  UNUSED("niewykorzystana część dotacji", "unused part of the grant"),
  /**
   * Used against its purpose, taken without basis or in excess (UFP art. 252). Polish: <i>dotacja
   * wykorzystana niezgodnie z przeznaczeniem, pobrana nienależnie lub w nadmiernej wysokości</i>.
   */
  MISUSED("dotacja wykorzystana niezgodnie z przeznaczeniem", "grant misused");

  private final String polishName;
  private final String englishName;

  ReturnKind(String polishName, String englishName) {
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
