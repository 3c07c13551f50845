package pl.lsw.core.financing.programme;

import pl.lsw.core.kernel.Displayable;

/**
 * What a yearly cooperation programme states: the eleven items of UDPP art. 5a ust. 4, and the two
 * that seed 000 adds when the programme provides for cooperative problem solving.
 *
 * <p>Polish: <i>elementy programu współpracy</i>.
 */
public enum ProgrammeContent implements Displayable {
  /** Polish: <i>cel główny i cele szczegółowe programu</i> (pkt 1). */
  GOALS("cel główny i cele szczegółowe programu", "main and specific goals", false),
  /** Polish: <i>zasady współpracy</i> (pkt 2). */
  PRINCIPLES("zasady współpracy", "principles of cooperation", false),
  /** Polish: <i>zakres przedmiotowy</i> (pkt 3). */
  SCOPE("zakres przedmiotowy", "subject scope", false),
  /** Polish: <i>formy współpracy</i> (pkt 4). */
  FORMS_OF_COOPERATION("formy współpracy", "forms of cooperation", false),
  /** Polish: <i>priorytetowe zadania publiczne</i> (pkt 5). */
  PRIORITY_TASKS("priorytetowe zadania publiczne", "priority public tasks", false),
  /** Polish: <i>okres realizacji programu</i> (pkt 6). */
  PERIOD("okres realizacji programu", "period of the programme", false),
  /** Polish: <i>sposób realizacji programu</i> (pkt 7). */
  IMPLEMENTATION("sposób realizacji programu", "how the programme is carried out", false),
  /** Polish: <i>wysokość środków planowanych na realizację programu</i> (pkt 8). */
  PLANNED_FUNDS("wysokość środków planowanych na realizację programu", "funds planned for the programme", false),
  /** Polish: <i>sposób oceny realizacji programu</i> (pkt 9). */
  EVALUATION("sposób oceny realizacji programu", "how the programme is evaluated", false),
  /** Polish: <i>informacja o sposobie tworzenia programu oraz o przebiegu konsultacji</i> (pkt 10). */
  DRAFTING_AND_CONSULTATION("sposób tworzenia programu i przebieg konsultacji", "how the programme was drafted and consulted", false),
  /** Polish: <i>tryb powoływania i zasady działania komisji konkursowych</i> (pkt 11). */
  COMPETITION_COMMITTEES("tryb powoływania i zasady działania komisji konkursowych", "appointment and work of competition committees", false),
  /** Seed 000: <i>obszar, w jakim zadanie ma być realizowane</i> (cooperative problem solving). */
  COOPERATIVE_TASK_AREA("obszar realizacji zadania", "area of the task", true),
  /**
   * Seed 000: <i>tryb wyboru partnerów, jeśli zadanie ma być realizowane w formie konsorcjum z
   * jednostką samorządu terytorialnego</i>.
   */
  CONSORTIUM_PARTNER_SELECTION("tryb wyboru partnerów konsorcjum", "selection of consortium partners", true);

  private final String polishName;
  private final String englishName;

  private final boolean seedAddition;

  ProgrammeContent(String polishName, String englishName, boolean seedAddition) {
    this.polishName = polishName;
    this.englishName = englishName;
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
