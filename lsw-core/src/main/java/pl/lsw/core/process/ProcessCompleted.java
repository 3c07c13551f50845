package pl.lsw.core.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Every step of the current iteration of a process instance is done. Published together with the
 * {@link StepCompleted} of the last step.
 *
 * <p>Polish: <i>zakończono proces (wszystkie kroki wykonane)</i>.
 *
 * @param processInstanceId the process instance
 * @param partnershipId the partnership it belongs to
 * @param iteration the iteration completed
 * @param completedOn the day of the last step
 * @param occurredAt when, from the injected clock
 */
public record ProcessCompleted(
    ProcessInstanceId processInstanceId,
    PartnershipId partnershipId,
    int iteration,
    LocalDate completedOn,
    Instant occurredAt) implements ProcessEvent {

  /** Refuses nulls. */
  public ProcessCompleted {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
