package pl.lsw.core.process;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.PartnershipId;

/**
 * An activity on a standing task was recorded.
 *
 * <p>Polish: <i>odnotowano działanie w ramach zadania stałego</i>.
 *
 * @param processInstanceId the process instance
 * @param partnershipId the partnership it belongs to
 * @param activity the recorded activity
 * @param occurredAt when, from the injected clock
 */
public record StandingTaskActivityRecorded(
    ProcessInstanceId processInstanceId,
    PartnershipId partnershipId,
    StandingTaskActivity activity,
    Instant occurredAt) implements ProcessEvent {

  /** Refuses nulls. */
  public StandingTaskActivityRecorded {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
