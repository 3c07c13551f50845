package pl.lsw.core.financing.competition;

import pl.lsw.core.kernel.Displayable;

/**
 * The seven things a competition announcement states (UDPP art. 13 ust. 2).
 *
 * <p>Polish: <i>elementy ogłoszenia o otwartym konkursie ofert</i>.
 */
public enum AnnouncementItem implements Displayable {
  /** Polish: <i>rodzaj zadania</i> (pkt 1). */
  TASK_TYPE("rodzaj zadania", "type of task"),
  /** Polish: <i>wysokość środków publicznych przeznaczonych na realizację zadania</i> (pkt 2). */
  PUBLIC_FUNDS("wysokość środków publicznych na realizację zadania", "public funds for the task"),
  /** Polish: <i>zasady przyznawania dotacji</i> (pkt 3). */
  GRANT_RULES("zasady przyznawania dotacji", "rules of awarding grants"),
  /** Polish: <i>terminy i warunki realizacji zadania</i> (pkt 4). */
  PERFORMANCE_TERMS("terminy i warunki realizacji zadania", "terms and conditions of performance"),
  /** Polish: <i>termin składania ofert</i> (pkt 5). */
  OFFER_DEADLINE("termin składania ofert", "offer deadline"),
  /** Polish: <i>tryb i kryteria stosowane przy wyborze ofert oraz termin dokonania wyboru</i> (pkt 6). */
  SELECTION_PROCEDURE("tryb i kryteria wyboru ofert oraz termin wyboru", "selection procedure, criteria and date"),
  /**
   * Polish: <i>zrealizowane w roku ogłoszenia i poprzednim zadania tego samego rodzaju i związane z
   * nimi koszty, ze szczególnym uwzględnieniem dotacji</i> (pkt 7).
   */
  PREVIOUS_TASKS("zadania tego samego rodzaju zrealizowane w roku ogłoszenia i poprzednim", "tasks of the same type carried out this year and last year");

  private final String polishName;
  private final String englishName;

  AnnouncementItem(String polishName, String englishName) {
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
