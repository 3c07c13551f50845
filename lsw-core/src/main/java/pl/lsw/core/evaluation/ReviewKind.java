package pl.lsw.core.evaluation;

import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.Label;

/**
 * Monitoring and evaluation, which seed 004 keeps apart (and apart from control): monitoring
 * corrects the course <em>during</em> the work — deviations from the desired state, costs, time —
 * while evaluation looks at the long-term effects <em>after</em> a period of work, including cost
 * effectiveness, to understand and improve what was done.
 *
 * <p>Polish: <i>rodzaj oceny: monitoring albo ewaluacja</i>.
 */
public enum ReviewKind implements Displayable {
  /**
   * Monitoring: during the work, to correct deviations and keep costs and time in hand. Polish:
   * <i>monitoring</i>.
   */
  MONITORING("monitoring", "monitoring", Label.of(
      "korygowanie odchyleń na bieżąco, w trakcie działań; kontrola kosztów i czasu",
      "correcting deviations as they arise, during the work; keeping costs and time in hand")),
  /**
   * Evaluation: after a period of work, to see its long-term effects and improve. Polish:
   * <i>ewaluacja</i>.
   */
  EVALUATION("ewaluacja", "evaluation", Label.of(
      "dostrzeżenie długofalowych efektów (w tym efektywności kosztowej) i ulepszenie rozwiązań",
      "seeing long-term effects (cost effectiveness included) and improving what is done"));

  private final String polishName;
  private final String englishName;
  private final Label purpose;

  ReviewKind(String polishName, String englishName, Label purpose) {
    this.polishName = polishName;
    this.englishName = englishName;
    this.purpose = purpose;
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

  /** What this kind of review is for, in Polish and English. */
  public Label purpose() {
    return purpose;
  }
}
