package pl.lsw.core.process;

import pl.lsw.core.kernel.Displayable;

/**
 * The decision recorded when a decision-point step is completed, e.g. at step 9.2 of Model
 * Kooperacji: whether the team continues its work (a new iteration) or closes it.
 *
 * <p>Polish: <i>decyzja o kontynuacji prac</i>.
 */
public enum ContinuationDecision implements Displayable {
  /** The work continues: a loop conditioned on this decision may start a new iteration. Polish: <i>kontynuacja</i>. */
  CONTINUE("kontynuacja prac", "to continue"),
  /** The work is closed: no loop conditioned on a decision to continue may start. Polish: <i>zakończenie</i>. */
  CLOSE("zakończenie prac", "to close");

  private final String polishName;
  private final String englishName;

  ContinuationDecision(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** @return the Polish name, e.g. {@code kontynuacja prac} */
  @Override
  public String polishName() {
    return polishName;
  }

  /** @return the English name, e.g. {@code to continue} */
  @Override
  public String englishName() {
    return englishName;
  }
}
