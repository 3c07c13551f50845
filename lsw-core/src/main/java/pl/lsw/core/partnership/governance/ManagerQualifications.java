package pl.lsw.core.partnership.governance;

import java.util.Objects;

/**
 * The qualifications of the Task Team Manager, checked by {@code GOV-TT-MANAGER} (higher
 * education, several years helping families, at least six months coordinating projects) [000].
 *
 * <p>Polish: <i>kwalifikacje Kierownika Zespołu Zadaniowego</i>.
 *
 * @param education the highest education level
 * @param yearsHelpingFamilies whole years of experience in helping families, 0 or more
 * @param monthsCoordinatingProjects whole months of project coordination, 0 or more
 */
public record ManagerQualifications(
    EducationLevel education, int yearsHelpingFamilies, int monthsCoordinatingProjects) {

  /** Refuses a null education level and negative numbers. */
  public ManagerQualifications {
    Objects.requireNonNull(education, "education");
    if (yearsHelpingFamilies < 0 || monthsCoordinatingProjects < 0) {
      throw new IllegalArgumentException("years and months must be 0 or more, were "
          + yearsHelpingFamilies + " and " + monthsCoordinatingProjects);
    }
  }
}
