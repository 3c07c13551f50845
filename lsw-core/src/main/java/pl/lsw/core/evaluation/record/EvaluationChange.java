package pl.lsw.core.evaluation.record;

import pl.lsw.core.kernel.Displayable;

/**
 * What happened to a record of a partnership's evaluation.
 *
 * <p>Polish: <i>rodzaj zmiany zapisu ewaluacji</i>.
 */
public enum EvaluationChange implements Displayable {
  /** A record was added. Polish: <i>dodanie zapisu</i>. */
  ADDED("dodanie zapisu ewaluacji", "an evaluation record added"),
  /** A record's content was corrected. Polish: <i>poprawienie zapisu</i>. */
  CORRECTED("poprawienie zapisu ewaluacji", "an evaluation record corrected"),
  /** A record was withdrawn. Polish: <i>wycofanie zapisu</i>. */
  WITHDRAWN("wycofanie zapisu ewaluacji", "an evaluation record withdrawn");

  private final String polishName;
  private final String englishName;

  EvaluationChange(String polishName, String englishName) {
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
