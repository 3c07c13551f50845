package pl.lsw.core.process;

import java.time.Instant;
import java.util.Objects;
import pl.lsw.core.partnership.PartnershipId;

/**
 * A loop started a new iteration of a process instance.
 *
 * <p>Polish: <i>rozpoczęto kolejną iterację</i>.
 *
 * @param processInstanceId the process instance
 * @param partnershipId the partnership it belongs to
 * @param iteration the new iteration (its number, loop, conclusions and carried-over steps)
 * @param restartStep the code of the step where the new iteration starts
 * @param occurredAt when, from the injected clock
 */
public record IterationStarted(
    ProcessInstanceId processInstanceId,
    PartnershipId partnershipId,
    Iteration iteration,
    String restartStep,
    Instant occurredAt) implements ProcessEvent {

  /** Refuses nulls. */
  public IterationStarted {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(iteration, "iteration");
    Objects.requireNonNull(restartStep, "restartStep");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
