package pl.lsw.core.evaluation.instrument;

import pl.lsw.core.kernel.Displayable;

/**
 * Where a partnership stands on one {@link LearningDimension}: at the traditional pole, between
 * the poles, or at the learning pole. Ordered from traditional to learning; stored by name.
 *
 * <p>Polish: <i>położenie na wymiarze (tradycyjne – uczące się)</i>.
 */
public enum LearningPosition implements Displayable {
  /** At the traditional organisation's pole. Polish: <i>tradycyjnie</i>. */
  TRADITIONAL("jak organizacja tradycyjna", "like a traditional organisation"),
  /** Between the poles. Polish: <i>pośrodku</i>. */
  BETWEEN("pomiędzy", "in between"),
  /** At the learning partnership's pole. Polish: <i>jak partnerstwo uczące się</i>. */
  LEARNING("jak partnerstwo uczące się", "like a learning partnership");

  private final String polishName;
  private final String englishName;

  LearningPosition(String polishName, String englishName) {
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
