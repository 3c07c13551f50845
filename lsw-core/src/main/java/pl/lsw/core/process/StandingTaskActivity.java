package pl.lsw.core.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * Something done on a standing task (e.g. a promotion campaign for Model Kooperacji).
 *
 * <p>Polish: <i>działanie w ramach zadania stałego</i>.
 *
 * @param taskCode the code of the standing task
 * @param iteration the iteration current when it was done
 * @param performedOn the day it was done
 * @param actor who recorded it, in which role
 * @param evidence the reference to the evidence
 * @param recordedAt when it was recorded, from the injected clock
 */
public record StandingTaskActivity(
    String taskCode,
    int iteration,
    LocalDate performedOn,
    ActingPerson actor,
    EvidenceReference evidence,
    Instant recordedAt) {

  /** Refuses nulls and an iteration below 1. */
  public StandingTaskActivity {
    Objects.requireNonNull(taskCode, "taskCode");
    Objects.requireNonNull(performedOn, "performedOn");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (iteration < 1) {
      throw new IllegalArgumentException("iterations are numbered from 1, not " + iteration);
    }
  }
}
