package pl.lsw.core.financing;

import pl.lsw.core.kernel.Displayable;

/**
 * The roles of the financing services' actors, named in refusals and in {@code docs/ACCESS.md}.
 *
 * <p>Polish: <i>role w postępowaniach o dotacje</i>.
 */
public enum FinancingRole implements Displayable {
  /** {@link GrantingOfficial}. Polish: <i>urzędnik organu zlecającego</i>. */
  GRANTING_OFFICIAL("urzędnik organu zlecającego", "an official of the granting body"),
  /** {@link OrganisationRepresentative}. Polish: <i>przedstawiciel organizacji</i>. */
  ORGANISATION_REPRESENTATIVE("przedstawiciel organizacji", "the organisation's representative");

  private final String polishName;
  private final String englishName;

  FinancingRole(String polishName, String englishName) {
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
