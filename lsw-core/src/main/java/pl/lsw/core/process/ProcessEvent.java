package pl.lsw.core.process;

import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Something that happened to a process instance.
 *
 * <p>Polish: <i>zdarzenie procesu</i>.
 */
public sealed interface ProcessEvent extends DomainEvent
    permits ProcessStarted, StepCompleted, IterationStarted, StandingTaskActivityRecorded, ProcessCompleted {

  /** The process instance it happened to. */
  ProcessInstanceId processInstanceId();

  /** The partnership the process belongs to. */
  PartnershipId partnershipId();

  /** The id of the process instance as text. */
  @Override
  default String aggregateId() {
    return processInstanceId().toString();
  }
}
