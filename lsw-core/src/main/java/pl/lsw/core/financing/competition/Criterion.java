package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.financing.FundingMode;

/**
 * The six statutory criteria offers are assessed on (UDPP art. 15 ust. 1 pkt 1–6); the own or
 * other funds count only in support mode.
 *
 * <p>Polish: <i>kryteria oceny ofert</i>.
 */
public enum Criterion implements Displayable {
  /** Polish: <i>możliwość realizacji zadania</i> (pkt 1). */
  ABILITY_TO_PERFORM("możliwość realizacji zadania", "ability to perform the task"),
  /** Polish: <i>kalkulacja kosztów w odniesieniu do zakresu rzeczowego</i> (pkt 2). */
  COST_CALCULATION("kalkulacja kosztów", "cost calculation"),
  /** Polish: <i>jakość wykonania zadania i kwalifikacje osób</i> (pkt 3). */
  QUALITY_AND_QUALIFICATIONS("jakość wykonania zadania i kwalifikacje osób", "quality of performance and qualifications"),
  /** Polish: <i>udział środków finansowych własnych lub z innych źródeł</i> (pkt 3a, wspieranie). */
  OWN_FUNDS("udział środków własnych lub z innych źródeł", "share of own or other funds"),
  /** Polish: <i>wkład rzeczowy, osobowy, w tym świadczenia wolontariuszy</i> (pkt 4). */
  PERSONAL_AND_IN_KIND_CONTRIBUTION("wkład rzeczowy i osobowy", "in-kind and personal contribution"),
  /** Polish: <i>analiza i ocena realizacji zleconych zadań w latach poprzednich</i> (pkt 5). */
  PAST_PERFORMANCE("realizacja zadań w latach poprzednich", "performance in previous years");

  private final String polishName;
  private final String englishName;

  Criterion(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** Whether the criterion applies to offers in {@code mode}: all do in support, all but own funds in entrusting. */
  public boolean appliesIn(FundingMode mode) {
    return this != OWN_FUNDS || mode == FundingMode.SUPPORT;
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
