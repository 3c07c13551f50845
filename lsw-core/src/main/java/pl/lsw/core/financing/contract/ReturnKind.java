package pl.lsw.core.financing.contract;

/**
 * Why grant money goes back.
 *
 * <p>Polish: <i>tytuł zwrotu dotacji</i>.
 */
public enum ReturnKind {
  /** The unused part (UFP art. 251). Polish: <i>niewykorzystana część dotacji</i>. */
  UNUSED,
  /**
   * Used against its purpose, taken without basis or in excess (UFP art. 252). Polish: <i>dotacja
   * wykorzystana niezgodnie z przeznaczeniem, pobrana nienależnie lub w nadmiernej wysokości</i>.
   */
  MISUSED
}
