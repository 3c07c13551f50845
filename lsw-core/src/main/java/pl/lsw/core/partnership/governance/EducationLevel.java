package pl.lsw.core.partnership.governance;

/**
 * The highest education level of a person, as needed for the Task Team Manager's qualifications
 * ({@code GOV-TT-MANAGER}: higher education).
 *
 * <p>Polish: <i>poziom wykształcenia</i>.
 */
public enum EducationLevel {
  /** Primary. Polish: <i>podstawowe</i>. */
  PRIMARY,
  /** Vocational. Polish: <i>zasadnicze zawodowe / branżowe</i>. */
  VOCATIONAL,
  /** Secondary. Polish: <i>średnie</i>. */
  SECONDARY,
  /** Post-secondary, non-tertiary. Polish: <i>policealne</i>. */
  POST_SECONDARY,
  /** Higher, first cycle (bachelor or engineer). Polish: <i>wyższe I stopnia (licencjat, inżynier)</i>. */
  HIGHER_FIRST_CYCLE,
  /** Higher, master's level. Polish: <i>wyższe magisterskie</i>. */
  HIGHER_MASTER,
  /** Doctorate. Polish: <i>doktorat</i>. */
  DOCTORATE;

  /** Whether this is higher education (first cycle or above). */
  public boolean isHigher() {
    return compareTo(HIGHER_FIRST_CYCLE) >= 0;
  }
}
