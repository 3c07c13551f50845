package pl.lsw.core.financing.programme;

/**
 * What a yearly cooperation programme states: the eleven items of UDPP art. 5a ust. 4, and the two
 * that seed 000 adds when the programme provides for cooperative problem solving.
 *
 * <p>Polish: <i>elementy programu współpracy</i>.
 */
public enum ProgrammeContent {
  /** Polish: <i>cel główny i cele szczegółowe programu</i> (pkt 1). */
  GOALS(false),
  /** Polish: <i>zasady współpracy</i> (pkt 2). */
  PRINCIPLES(false),
  /** Polish: <i>zakres przedmiotowy</i> (pkt 3). */
  SCOPE(false),
  /** Polish: <i>formy współpracy</i> (pkt 4). */
  FORMS_OF_COOPERATION(false),
  /** Polish: <i>priorytetowe zadania publiczne</i> (pkt 5). */
  PRIORITY_TASKS(false),
  /** Polish: <i>okres realizacji programu</i> (pkt 6). */
  PERIOD(false),
  /** Polish: <i>sposób realizacji programu</i> (pkt 7). */
  IMPLEMENTATION(false),
  /** Polish: <i>wysokość środków planowanych na realizację programu</i> (pkt 8). */
  PLANNED_FUNDS(false),
  /** Polish: <i>sposób oceny realizacji programu</i> (pkt 9). */
  EVALUATION(false),
  /** Polish: <i>informacja o sposobie tworzenia programu oraz o przebiegu konsultacji</i> (pkt 10). */
  DRAFTING_AND_CONSULTATION(false),
  /** Polish: <i>tryb powoływania i zasady działania komisji konkursowych</i> (pkt 11). */
  COMPETITION_COMMITTEES(false),
  /** Seed 000: <i>obszar, w jakim zadanie ma być realizowane</i> (cooperative problem solving). */
  COOPERATIVE_TASK_AREA(true),
  /**
   * Seed 000: <i>tryb wyboru partnerów, jeśli zadanie ma być realizowane w formie konsorcjum z
   * jednostką samorządu terytorialnego</i>.
   */
  CONSORTIUM_PARTNER_SELECTION(true);

  private final boolean seedAddition;

  ProgrammeContent(boolean seedAddition) {
    this.seedAddition = seedAddition;
  }

  /** Whether the item is one of seed 000's additions for cooperative problem solving. */
  public boolean isSeedAddition() {
    return seedAddition;
  }

  /** Whether a programme must state this item: statutory items always, seed additions when it provides for cooperative problem solving. */
  public boolean isRequired(boolean cooperativeProblemSolving) {
    return !seedAddition || cooperativeProblemSolving;
  }
}
