package pl.lsw.core.financing.competition;

/**
 * The seven things a competition announcement states (UDPP art. 13 ust. 2).
 *
 * <p>Polish: <i>elementy ogłoszenia o otwartym konkursie ofert</i>.
 */
public enum AnnouncementItem {
  /** Polish: <i>rodzaj zadania</i> (pkt 1). */
  TASK_TYPE,
  /** Polish: <i>wysokość środków publicznych przeznaczonych na realizację zadania</i> (pkt 2). */
  PUBLIC_FUNDS,
  /** Polish: <i>zasady przyznawania dotacji</i> (pkt 3). */
  GRANT_RULES,
  /** Polish: <i>terminy i warunki realizacji zadania</i> (pkt 4). */
  PERFORMANCE_TERMS,
  /** Polish: <i>termin składania ofert</i> (pkt 5). */
  OFFER_DEADLINE,
  /** Polish: <i>tryb i kryteria stosowane przy wyborze ofert oraz termin dokonania wyboru</i> (pkt 6). */
  SELECTION_PROCEDURE,
  /**
   * Polish: <i>zrealizowane w roku ogłoszenia i poprzednim zadania tego samego rodzaju i związane z
   * nimi koszty, ze szczególnym uwzględnieniem dotacji</i> (pkt 7).
   */
  PREVIOUS_TASKS
}
