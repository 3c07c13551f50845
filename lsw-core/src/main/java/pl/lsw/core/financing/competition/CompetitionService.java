package pl.lsw.core.financing.competition;

import pl.lsw.core.financing.PublicationPlace;
import static pl.lsw.core.financing.FinancingProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.financing.FinancingAccess;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * The application service of open competitions of offers ({@link CommandRunner}): loads a
 * competition, asks it to carry out a command, stores the result with its events and publishes
 * them after the save. Every command names its actor; a command to a competition that is not
 * stored is refused with {@code COMPETITION_UNKNOWN}.
 *
 * <p>Every command is asked of the embedder's access policy first, then checked by {@link
 * FinancingAccess}: only an official of the competition's body gives its commands ({@code
 * OFFICIAL_OF_ANOTHER_BODY}); an offer is recorded by that official or by a representative of one
 * of its applicants ({@code REPRESENTATIVE_OF_ANOTHER_ORGANISATION}).
 *
 * <p>Polish: <i>usługa obsługi otwartych konkursów ofert</i>.
 */
public final class CompetitionService {

  private final CompetitionRepository repository;
  private final Clock clock;
  private final RuleEnvironment environment;
  private final CommandRunner<CompetitionId, Competition> runner;

  /**
   * A service over the given ports.
   *
   * @param repository where competitions are kept
   * @param events where events go after a save
   * @param clock the time of events
   * @param environment the rules' environment (parameters, working-day calendar, reference data)
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public CompetitionService(CompetitionRepository repository, EventPublisher events, Clock clock,
      RuleEnvironment environment,
      AccessPolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.runner = new CommandRunner<>("competitions", CommandRunner.Store.of(repository::findById, repository::save), Objects.requireNonNull(events, "events"),
        id -> PROBLEMS.problem("", "COMPETITION_UNKNOWN", "id", id.toString()), policy);
  }

  /** @return the rules' environment commands check rules in */
  public RuleEnvironment environment() {
    return environment;
  }

  /**
   * Stores a new competition, which must be a draft not stored before; refused with {@code
   * COMPETITION_NOT_DRAFT} otherwise.
   *
   * @param official who prepares it for the body
   * @param draft the draft
   * @return the refusal, or the change with the competition's id ({@code
   *     change.createdId(CompetitionId.class)})
   */
  public Either<Refusal, Change<Competition>> create(GrantingOfficial official, Competition draft) {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(draft, "draft");
    return runner.create("create", official, () -> {
      List<pl.lsw.core.kernel.Problem> access = FinancingAccess.official(official, draft.body());
      if (!access.isEmpty()) {
        return Either.left(Refusal.of(access));
      }
      return draft.state() != CompetitionState.DRAFT || draft.version() != 0
          ? Either.left(PROBLEMS.refusal("state", "COMPETITION_NOT_DRAFT"))
          : Either.right(Change.created(draft, draft.id(),
              List.of(new CompetitionEvent.Drafted(draft.id(), clock.instant()))));
    });
  }

  /**
   * Announces the competition (see {@link Competition#announce}).
   *
   * @param id the competition
   * @param official who announces it
   * @param publications the day of publication in each place
   * @param by the body itself or the operator running the competition for it
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Competition>> announce(CompetitionId id, GrantingOfficial official,
      Map<PublicationPlace, LocalDate> publications, ActingParty by) {
    Objects.requireNonNull(official, "official");
    return runner.run("announce", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.announce(publications, by, environment, clock.instant()));
  }

  /**
   * Receives an offer (see {@link Competition#receiveOffer}).
   *
   * @param id the competition
   * @param actor who records the offer (an official, or the applicant's representative)
   * @param offer the offer
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Competition>> receiveOffer(CompetitionId id, Actor actor, Offer offer) {
    Objects.requireNonNull(actor, "actor");
    return runner.run("receiveOffer", id, actor,
        c -> FinancingAccess.officialOrRepresentative(actor, c.body(), offer.applicants()),
        c -> c.receiveOffer(offer, clock.instant()));
  }

  /**
   * Appoints the committee (see {@link Competition#appointCommittee}).
   *
   * @param id the competition
   * @param official who appoints it
   * @param members the members
   * @param by the body itself or the operator
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Competition>> appointCommittee(CompetitionId id, GrantingOfficial official,
      List<CommitteeMember> members, ActingParty by) {
    Objects.requireNonNull(official, "official");
    return runner.run("appointCommittee", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.appointCommittee(members, by, environment, clock.instant()));
  }

  /**
   * Closes the filing of offers (see {@link Competition#closeOffers}).
   *
   * @param id the competition
   * @param official who closes it
   * @param on the day
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Competition>> closeOffers(CompetitionId id, GrantingOfficial official,
      LocalDate on) {
    Objects.requireNonNull(official, "official");
    return runner.run("closeOffers", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.closeOffers(on, clock.instant()));
  }

  /**
   * Records the committee's assessment of an offer (see {@link Competition#assess}).
   *
   * @param id the competition
   * @param official who records it
   * @param assessment the assessment
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Competition>> assess(CompetitionId id, GrantingOfficial official,
      Assessment assessment) {
    Objects.requireNonNull(official, "official");
    return runner.run("assess", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.assess(assessment, environment, clock.instant()));
  }

  /**
   * Decides the competition (see {@link Competition#decide}).
   *
   * @param id the competition
   * @param official who decides
   * @param awards the offers chosen and their grants
   * @param on the day of the decision
   * @param by the body itself or the operator
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Competition>> decide(CompetitionId id, GrantingOfficial official,
      List<Award> awards, LocalDate on, ActingParty by) {
    Objects.requireNonNull(official, "official");
    return runner.run("decide", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.decide(awards, on, by, environment, clock.instant()));
  }

  /**
   * Annuls the competition (see {@link Competition#annul}).
   *
   * @param id the competition
   * @param official who annuls it
   * @param reason the statutory ground
   * @param on the day
   * @param by the body itself or the operator
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<Competition>> annul(CompetitionId id, GrantingOfficial official,
      AnnulmentReason reason, LocalDate on, ActingParty by) {
    Objects.requireNonNull(official, "official");
    return runner.run("annul", id, official,
        c -> FinancingAccess.official(official, c.body()),
        c -> c.annul(reason, on, by, environment, clock.instant()));
  }

  /**
   * The stored competition.
   *
   * @param id the competition
   * @return the competition, or empty when none is stored
   */
  public Optional<Competition> find(CompetitionId id) {
    return repository.findById(id);
  }
}
