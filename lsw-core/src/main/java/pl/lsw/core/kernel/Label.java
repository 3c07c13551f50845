package pl.lsw.core.kernel;

import java.util.Objects;

/**
 * A short name of something in Polish and in English, e.g. the name of a field for a problem's
 * message ({@code Label.of("nazwa", "name")}).
 *
 * <p>Immutable. Polish: <i>etykieta (nazwa w dwóch językach)</i>.
 *
 * @param polishName the Polish name
 * @param englishName the English name
 */
public record Label(String polishName, String englishName) implements Displayable {

  /**
   * Refuses nulls.
   *
   * @param polishName the Polish name
   * @param englishName the English name
   */
  public Label {
    Objects.requireNonNull(polishName, "polishName");
    Objects.requireNonNull(englishName, "englishName");
  }

  /**
   * A label.
   *
   * @param polishName the Polish name
   * @param englishName the English name
   * @return the label
   */
  public static Label of(String polishName, String englishName) {
    return new Label(polishName, englishName);
  }

  /** @return the Polish name */
  @Override
  public String toString() {
    return polishName;
  }
}
