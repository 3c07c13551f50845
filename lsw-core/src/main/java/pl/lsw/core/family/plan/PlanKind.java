package pl.lsw.core.family.plan;

import pl.lsw.core.kernel.Displayable;

/**
 * The kind of an individual plan: a plan of the Local Support System built from the Initiative
 * Bank and the Local Service Basket (seed 004), or an individual social services plan of UCUS,
 * to which the UCUS rules ({@code PLAN-UCUS-*}) apply.
 *
 * <p>Polish: <i>rodzaj planu indywidualnego</i>.
 */
public enum PlanKind implements Displayable {
  /** Polish: <i>plan indywidualny LSW</i>. */
  LSW_PLAN("plan indywidualny LSW", "LSW individual plan"),
  /** Polish: <i>indywidualny plan usług społecznych (UCUS)</i>. */
  UCUS_PLAN("indywidualny plan usług społecznych", "individual social services plan (UCUS)");

  private final String polishName;
  private final String englishName;

  PlanKind(String polishName, String englishName) {
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
