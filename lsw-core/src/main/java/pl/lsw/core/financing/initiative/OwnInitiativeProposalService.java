package pl.lsw.core.financing.initiative;

import static pl.lsw.core.financing.FinancingProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.financing.FinancingAccess;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;

/**
 * The application service of own-initiative proposals (UDPP art. 12) ({@link CommandRunner}):
 * receives a proposal, records its assessment, stores each change with its events and publishes
 * them after the save. Every command names its actor; a command to a proposal that is not stored
 * is refused with {@code PROPOSAL_UNKNOWN}.
 *
 * <p>Every command is asked of the embedder's access policy first, then checked by {@link
 * FinancingAccess}: a proposal is recorded by an official of its body or a representative of one
 * of its organisations, and assessed by an official of its body ({@code OFFICIAL_OF_ANOTHER_BODY},
 * {@code REPRESENTATIVE_OF_ANOTHER_ORGANISATION}).
 *
 * <p>Polish: <i>obsługa ofert z inicjatywy własnej</i>.
 */
public final class OwnInitiativeProposalService {

  private final OwnInitiativeProposalRepository repository;
  private final Clock clock;
  private final CommandRunner<ProposalId, OwnInitiativeProposal> runner;

  /**
   * A service over the given ports.
   *
   * @param repository where proposals are kept
   * @param events where events go after a save
   * @param clock the time of events
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public OwnInitiativeProposalService(OwnInitiativeProposalRepository repository, EventPublisher events,
      Clock clock,
      AccessPolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.runner = new CommandRunner<>("ownInitiativeProposals", CommandRunner.Store.of(repository::findById, repository::save), Objects.requireNonNull(events, "events"),
        id -> PROBLEMS.problem("", "PROPOSAL_UNKNOWN", "id", id.toString()), policy);
  }

  /**
   * Records a proposal that came in: one not stored before and not yet assessed; refused with
   * {@code PROPOSAL_NOT_NEW} otherwise.
   *
   * @param actor who records it: a representative of one of the proposing organisations, or an
   *     official of the body it is made to
   * @param proposal the proposal
   * @return the refusal, or the change with the proposal's id ({@code
   *     change.createdId(ProposalId.class)})
   */
  public Either<Refusal, Change<OwnInitiativeProposal>> receive(Actor actor, OwnInitiativeProposal proposal) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(proposal, "proposal");
    boolean fresh = proposal.version() == 0 && proposal.assessedOn().isEmpty() && proposal.decision().isEmpty();
    return runner.create("receive", actor, () -> {
      List<pl.lsw.core.kernel.Problem> access = FinancingAccess.officialOrRepresentative(actor,
          proposal.body(), proposal.organisations());
      if (!access.isEmpty()) {
        return Either.left(Refusal.of(access));
      }
      return fresh
        ? Either.right(Change.created(proposal, proposal.id(),
            List.of(new OwnInitiativeProposal.Received(proposal.id(), clock.instant()))))
        : Either.left(PROBLEMS.refusal("", "PROPOSAL_NOT_NEW"));
    });
  }

  /**
   * Records the assessment of a proposal (see {@link OwnInitiativeProposal#assess}).
   *
   * @param id the proposal
   * @param official who assessed it for the body
   * @param decision the verdict
   * @param on the day of the assessment
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<OwnInitiativeProposal>> assess(ProposalId id, GrantingOfficial official,
      ProposalDecision decision, LocalDate on) {
    Objects.requireNonNull(official, "official");
    return runner.run("assess", id, official,
        p -> FinancingAccess.official(official, p.body()),
        p -> p.assess(decision, on, clock.instant()));
  }

  /**
   * The stored proposal.
   *
   * @param id the proposal
   * @return the proposal, or empty when none is stored
   */
  public Optional<OwnInitiativeProposal> find(ProposalId id) {
    return repository.findById(id);
  }

  /**
   * The proposals made to a body that came in during a year.
   *
   * @param body the body
   * @param year the year
   * @return the proposals, in the repository's order
   */
  public List<OwnInitiativeProposal> findByBodyAndYear(GrantingBody body, int year) {
    return repository.findByBodyAndYear(body, year);
  }
}
