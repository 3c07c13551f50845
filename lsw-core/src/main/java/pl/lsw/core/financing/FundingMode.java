package pl.lsw.core.financing;

import pl.lsw.core.kernel.Displayable;

/**
 * How a public task is commissioned to an organisation (UDPP art. 5 ust. 4 pkt 2, art. 11 ust. 1).
 *
 * <p>Polish: <i>forma zlecenia zadania publicznego</i>.
 */
public enum FundingMode implements Displayable {

  /**
   * Support: the body co-finances the task, the organisation contributes its own resources.
   * Polish: <i>wspieranie wykonania zadania publicznego wraz z udzieleniem dotacji na
   * dofinansowanie jego realizacji</i>.
   */
  SUPPORT("wspieranie", "support"),

  /**
   * Entrusting: the body finances the task in full. Polish: <i>powierzanie wykonania zadania
   * publicznego wraz z udzieleniem dotacji na finansowanie jego realizacji</i>.
   */
  ENTRUSTING("powierzanie", "entrusting");

  private final String polishName;
  private final String englishName;

  FundingMode(String polishName, String englishName) {
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
