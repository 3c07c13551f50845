package pl.lsw.core.typology;

import pl.lsw.core.kernel.Displayable;

/**
 * The four forms of cooperation of Najam's "four C's" model, told apart by two criteria: whether
 * the organisations' goals are similar and whether their means (ways of acting) are similar [seed
 * 001 §2.2.3, Tabela 2].
 *
 * <p>Polish: <i>model współpracy według modelu czterech C (Najam)</i>.
 */
public enum NajamType implements Displayable {
  /** Similar goals, similar means. Polish: <i>kooperacja</i>. */
  COOPERATION("kooperacja", "cooperation", true, true),
  /** Similar goals, different means. Polish: <i>komplementarność</i>. */
  COMPLEMENTARITY("komplementarność", "complementarity", true, false),
  /** Different goals, similar means. Polish: <i>kooptacja</i>. */
  COOPTATION("kooptacja", "co-optation", false, true),
  /** Different goals, different means. Polish: <i>konfrontacja</i>. */
  CONFRONTATION("konfrontacja", "confrontation", false, false);

  private final String polishName;
  private final String englishName;
  private final boolean similarGoals;
  private final boolean similarMeans;

  NajamType(String polishName, String englishName, boolean similarGoals, boolean similarMeans) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.similarGoals = similarGoals;
    this.similarMeans = similarMeans;
  }

  /**
   * The type of the given answers to the two criteria.
   *
   * @param similarGoals whether the goals are similar
   * @param similarMeans whether the means are similar
   * @return the type
   */
  public static NajamType of(boolean similarGoals, boolean similarMeans) {
    if (similarGoals) {
      return similarMeans ? COOPERATION : COMPLEMENTARITY;
    }
    return similarMeans ? COOPTATION : CONFRONTATION;
  }

  /** @return whether this type has similar goals */
  public boolean similarGoals() {
    return similarGoals;
  }

  /** @return whether this type has similar means */
  public boolean similarMeans() {
    return similarMeans;
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
