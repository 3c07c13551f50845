package pl.lsw.core.process;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * The command to record an activity on a standing task.
 *
 * <p>Polish: <i>polecenie: odnotuj działanie w ramach zadania stałego</i>.
 *
 * @param taskCode the code of the standing task
 * @param performedOn the day it was done (not after today, not before the process started)
 * @param actor who records it, in which role
 * @param evidence the reference to the evidence
 */
public record RecordStandingTaskActivity(
    String taskCode, LocalDate performedOn, ActingPerson actor, EvidenceReference evidence) {

  /** Refuses nulls. */
  public RecordStandingTaskActivity {
    Objects.requireNonNull(taskCode, "taskCode");
    Objects.requireNonNull(performedOn, "performedOn");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(evidence, "evidence");
  }
}
