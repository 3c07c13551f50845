package pl.lsw.core.evaluation;

import pl.lsw.core.kernel.Displayable;

/**
 * The three levels at which seed 004 recommends monitoring and evaluating cooperation.
 *
 * <p>Polish: <i>poziom współpracy</i>.
 */
public enum CooperationLevel implements Displayable {
  /**
   * Between institutions, within the institutional partnership. Polish: <i>współpraca
   * międzyinstytucjonalna</i>.
   */
  BETWEEN_INSTITUTIONS("współpraca międzyinstytucjonalna", "cooperation between institutions"),
  /** Between specialists. Polish: <i>współpraca między specjalistami</i>. */
  BETWEEN_SPECIALISTS("współpraca między specjalistami", "cooperation between specialists"),
  /**
   * With persons and families, in multi-professional teams. Polish: <i>współpraca z osobami i
   * rodzinami</i>.
   */
  WITH_FAMILIES("współpraca z osobami i rodzinami", "cooperation with persons and families");

  private final String polishName;
  private final String englishName;

  CooperationLevel(String polishName, String englishName) {
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
