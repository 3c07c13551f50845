package pl.lsw.core.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * A process was started for a partnership.
 *
 * <p>Polish: <i>rozpoczęto proces</i>.
 *
 * @param processInstanceId the new process instance
 * @param partnershipId the partnership it belongs to
 * @param definitionCode the code of its definition
 * @param definitionVersion the version of its definition
 * @param startedOn the day it started
 * @param actor who started it
 * @param occurredAt when, from the injected clock
 */
public record ProcessStarted(
    ProcessInstanceId processInstanceId,
    PartnershipId partnershipId,
    String definitionCode,
    int definitionVersion,
    LocalDate startedOn,
    ActingPerson actor,
    Instant occurredAt) implements ProcessEvent {

  /** Refuses nulls. */
  public ProcessStarted {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(definitionCode, "definitionCode");
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
