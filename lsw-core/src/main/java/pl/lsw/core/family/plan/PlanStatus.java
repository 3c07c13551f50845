package pl.lsw.core.family.plan;

import pl.lsw.core.kernel.Displayable;

/**
 * Where an individual plan stands: prepared but not yet in force, in force, or closed.
 *
 * <p>Polish: <i>stan planu indywidualnego</i>.
 */
public enum PlanStatus implements Displayable {
  /** Polish: <i>projekt</i>. */
  DRAFT("projekt", "draft"),
  /** Polish: <i>obowiązuje</i>. */
  IN_FORCE("obowiązuje", "in force"),
  /** Polish: <i>zamknięty</i>. */
  CLOSED("zamknięty", "closed");

  private final String polishName;
  private final String englishName;

  PlanStatus(String polishName, String englishName) {
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
