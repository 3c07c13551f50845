package pl.lsw.core.process;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * The command to record a completable step as done in the current iteration.
 *
 * <p>Polish: <i>polecenie: odnotuj wykonanie kroku</i>.
 *
 * @param stepCode the code of the step or sub-step
 * @param completedOn the day it was done (not after today, by the injected clock)
 * @param actor who records it, in which role
 * @param evidence the reference to the evidence
 * @param decision the decision taken, required for a decision-point step and refused otherwise
 */
public record CompleteStep(
    String stepCode,
    LocalDate completedOn,
    ActingPerson actor,
    EvidenceReference evidence,
    Optional<ContinuationDecision> decision) {

  /** Refuses nulls. */
  public CompleteStep {
    Objects.requireNonNull(stepCode, "stepCode");
    Objects.requireNonNull(completedOn, "completedOn");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(decision, "decision");
  }

  /** Completing a step that records no decision. */
  public static CompleteStep of(String stepCode, LocalDate completedOn, ActingPerson actor, EvidenceReference evidence) {
    return new CompleteStep(stepCode, completedOn, actor, evidence, Optional.empty());
  }

  /** The same command recording the given decision. */
  public CompleteStep withDecision(ContinuationDecision value) {
    return new CompleteStep(stepCode, completedOn, actor, evidence, Optional.of(value));
  }
}
