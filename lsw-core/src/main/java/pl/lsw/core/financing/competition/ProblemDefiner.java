package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

/**
 * Who defined the problem of a cooperative problem-solving competition; the local government
 * leads the definition even when NGOs initiated it [seed 000 §Kooperacyjne rozwiązanie problemu].
 *
 * <p>Polish: <i>podmiot definiujący problem</i>.
 */
public enum ProblemDefiner implements Displayable {
  /** Polish: <i>samorząd</i>. */
  LOCAL_GOVERNMENT("samorząd", "the local government"),
  /** Polish: <i>organizacje pozarządowe</i>. */
  ORGANISATIONS("organizacje pozarządowe", "non-governmental organisations");

  private final String polishName;
  private final String englishName;

  ProblemDefiner(String polishName, String englishName) {
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
