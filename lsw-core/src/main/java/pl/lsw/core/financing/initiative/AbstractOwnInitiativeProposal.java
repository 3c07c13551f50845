package pl.lsw.core.financing.initiative;

import pl.lsw.core.kernel.Label;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * An organisation's (or several organisations') proposal to perform a public task on its own
 * initiative (UDPP art. 12): the body assesses whether the task is worth doing within one month of
 * receipt ({@code FIN-OWN-INITIATIVE}, {@link InitiativeRules}).
 *
 * <p>Polish: <i>oferta złożona z własnej inicjatywy</i>.
 */
@Value.Immutable
abstract class AbstractOwnInitiativeProposal {

  /** The id. */
  public abstract ProposalId id();

  /** The stored version: 0 for a proposal never stored. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The body the proposal was made to. */
  public abstract GrantingBody body();

  /** The organisations proposing. */
  public abstract List<OrganisationId> organisations();

  /** The task proposed. */
  public abstract String task();

  /** The day the body received it. */
  public abstract LocalDate receivedOn();

  /** The day the body assessed it, once assessed. */
  public abstract Optional<LocalDate> assessedOn();

  /** The verdict, once assessed. */
  public abstract Optional<ProposalDecision> decision();

  /** Checks organisations, task and that the verdict and its day come together. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (organisations().isEmpty()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("organisations", "ORGANISATIONS_EMPTY"));
    }
    FinancingChecks.requireDistinct(problems, "organisations", "ORGANISATIONS", Label.of("Organizacje", "Organisations"), organisations());
    FinancingChecks.requireText(problems, "task", "TASK", Label.of("Tytuł zadania", "The task's title"), task());
    if (assessedOn().isPresent() != decision().isPresent()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("decision", "DECISION_INCOMPLETE"));
    }
    FinancingChecks.throwIfAny(problems);
  }

  /**
   * Records the body's assessment. Refused when already assessed ({@code PROPOSAL_ASSESSED}) or
   * dated before receipt ({@code ASSESSMENT_BEFORE_RECEIPT}). A late assessment is recorded and
   * reported by {@code FIN-OWN-INITIATIVE}.
   *
   * @param decision the verdict
   * @param on the day of assessment
   * @param at when (for the event)
   */
  public Either<Refusal, Change<OwnInitiativeProposal>> assess(ProposalDecision decision, LocalDate on, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (assessedOn().isPresent()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("assessedOn", "PROPOSAL_ASSESSED",
          "assessed", assessedOn().get()));
    }
    if (on.isBefore(receivedOn())) {
      problems.add(InitiativeProblems.PROBLEMS.problem("assessedOn", "ASSESSMENT_BEFORE_RECEIPT",
          "on", on, "received", receivedOn()));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    OwnInitiativeProposal next = OwnInitiativeProposal.builder().from(this).assessedOn(on).decision(decision).build();
    return Either.right(Change.of(next, new Assessed(id(), at, decision)));
  }

  /**
   * The proposal was received and stored (Polish: <i>wpłynęła oferta z inicjatywy własnej</i>).
   *
   * @param proposal the proposal
   * @param occurredAt when
   */
  public record Received(ProposalId proposal, Instant occurredAt) implements DomainEvent {
    @Override
    public String aggregateId() {
      return proposal.toString();
    }

    @Override
    public String type() {
      return "OwnInitiativeProposalReceived";
    }
  }

  /**
   * The proposal was assessed (Polish: <i>rozpatrzono ofertę z inicjatywy własnej</i>).
   *
   * @param proposal the proposal
   * @param occurredAt when
   * @param decision the verdict
   */
  public record Assessed(ProposalId proposal, Instant occurredAt, ProposalDecision decision) implements DomainEvent {
    @Override
    public String aggregateId() {
      return proposal.toString();
    }

    @Override
    public String type() {
      return "OwnInitiativeProposalAssessed";
    }
  }
}
