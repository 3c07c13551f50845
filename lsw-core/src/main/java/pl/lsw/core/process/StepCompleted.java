package pl.lsw.core.process;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.PartnershipId;

/**
 * A step of a process instance was recorded as done.
 *
 * <p>Polish: <i>wykonano krok</i>.
 *
 * @param processInstanceId the process instance
 * @param partnershipId the partnership it belongs to
 * @param completion the recorded completion (step, iteration, date, actor, evidence, decision)
 * @param occurredAt when, from the injected clock
 */
public record StepCompleted(
    ProcessInstanceId processInstanceId,
    PartnershipId partnershipId,
    StepCompletion completion,
    Instant occurredAt) implements ProcessEvent {

  /** Refuses nulls. */
  public StepCompleted {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
