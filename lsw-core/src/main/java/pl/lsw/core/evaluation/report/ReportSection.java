package pl.lsw.core.evaluation.report;

import pl.lsw.core.kernel.Displayable;

/**
 * A section of the partnership evaluation report, in the order the report writes them.
 *
 * <p>Polish: <i>część raportu z ewaluacji</i>.
 */
public enum ReportSection implements Displayable {
  /** Najam's types of the relationships (seed 001 Tabela 2). Polish: <i>typy relacji</i>. */
  RELATIONSHIPS("Typy relacji (Najam)", "Relationship types (Najam)"),
  /** The stages of cooperation on a ladder. Polish: <i>stopnie współpracy</i>. */
  STAGES("Stopnie współpracy", "Stages of cooperation"),
  /** The network measures of a relationship survey. Polish: <i>miary sieci</i>. */
  NETWORK("Miary sieci współpracy", "Network measures"),
  /** The cooperation-quality survey and its waves. Polish: <i>badanie jakości współpracy</i>. */
  SURVEY("Badanie jakości współpracy", "Cooperation-quality survey"),
  /** Monitoring and evaluation at three levels (seed 004). Polish: <i>monitoring i ewaluacja</i>. */
  REVIEWS("Monitoring i ewaluacja", "Monitoring and evaluation"),
  /** A network's added value X + S(Y) (seed 002). Polish: <i>wartość dodana sieci</i>. */
  ADDED_VALUE("Wartość dodana sieci", "Added value of the network"),
  /** Self-assessments with the evaluation instruments. Polish: <i>narzędzia ewaluacji</i>. */
  INSTRUMENTS("Narzędzia ewaluacji", "Evaluation instruments"),
  /** What the rules found: threats and recommendations. Polish: <i>ustalenia reguł</i>. */
  FINDINGS("Zagrożenia i rekomendacje", "Threats and recommendations");

  private final String polishName;
  private final String englishName;

  ReportSection(String polishName, String englishName) {
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
