package pl.lsw.core.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * The record that a completable step was done in an iteration of a process instance.
 *
 * <p>Polish: <i>wykonanie kroku</i>.
 *
 * @param stepCode the code of the step or sub-step
 * @param iteration the iteration (from 1) in which it was done
 * @param completedOn the day it was done
 * @param actor who recorded it, in which role
 * @param evidence the reference to the evidence
 * @param decision the decision taken, for a decision-point step; empty otherwise
 * @param recordedAt when it was recorded, from the injected clock
 */
public record StepCompletion(
    String stepCode,
    int iteration,
    LocalDate completedOn,
    ActingPerson actor,
    EvidenceReference evidence,
    Optional<ContinuationDecision> decision,
    Instant recordedAt) {

  /** Refuses nulls and an iteration below 1. */
  public StepCompletion {
    Objects.requireNonNull(stepCode, "stepCode");
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (iteration < 1) {
      throw new IllegalArgumentException("iterations are numbered from 1, not " + iteration);
    }
  }
}
