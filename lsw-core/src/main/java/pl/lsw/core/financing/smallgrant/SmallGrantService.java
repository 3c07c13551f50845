package pl.lsw.core.financing.smallgrant;

import static pl.lsw.core.financing.FinancingProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.financing.FinancingAccess;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;

/**
 * The application service of small grants ({@link CommandRunner}): it loads a grant, asks it to
 * change, stores it with the change's events and publishes them after a successful save. Time
 * comes from the {@link Clock}, ids from the {@link IdSource}. Before signing a contract it runs
 * every small-grant rule on the grant as it would be signed, reading the other grants through the
 * repository, and refuses on any violation: each violation is a reason with the rule's code
 * ({@code FIN-SMALL-GRANT-AMOUNT} …) and its message in Polish and English.
 *
 * <p>Every command names its actor and is checked by the embedder's access policy first, then by
 * {@link FinancingAccess}: an official acts only for the grant's body ({@code
 * OFFICIAL_OF_ANOTHER_BODY}), a representative only for the applicant ({@code
 * REPRESENTATIVE_OF_ANOTHER_ORGANISATION}). A command to a grant that is not stored is refused with
 * {@code SMALL_GRANT_UNKNOWN}. A concurrent change of the same grant surfaces as the repository's
 * {@link pl.lsw.core.kernel.VersionConflictException}; nothing is published then.
 *
 * <p>Polish: <i>obsługa postępowań o małe granty</i>.
 */
public final class SmallGrantService {

  private final SmallGrantRepository repository;
  private final Clock clock;
  private final IdSource ids;
  private final SmallGrantChecker checker;
  private final CommandRunner<GrantId, SmallGrant> runner;

  /**
   * A service over these ports.
   *
   * @param repository where grants are stored
   * @param clock the time of events and the as-of date of checks
   * @param ids the source of new grant ids
   * @param events where events go after a save
   * @param checker the rules' environment (parameters, calendar, reference data)
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public SmallGrantService(SmallGrantRepository repository, Clock clock, IdSource ids, EventPublisher events,
      SmallGrantChecker checker,
      AccessPolicy policy) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.checker = Objects.requireNonNull(checker, "checker");
    this.runner = new CommandRunner<>("smallGrants", CommandRunner.Store.of(repository::findById, repository::save), Objects.requireNonNull(events, "events"),
        id -> PROBLEMS.problem("", "SMALL_GRANT_UNKNOWN", "id", id.toString()), policy);
  }

  /**
   * Records an offer that came in as a new grant, stores it and publishes {@code OfferReceived}.
   *
   * @param actor who records the offer: an official of the offer's body ({@code
   *     OFFICIAL_OF_ANOTHER_BODY} otherwise) or the applicant's representative ({@code
   *     REPRESENTATIVE_OF_ANOTHER_ORGANISATION} otherwise); any other actor is refused with {@code
   *     FINANCING_ROLE_NOT_ALLOWED}
   * @param offer the offer
   * @return the refusal, or the change with the new grant and its id ({@code
   *     change.createdId(GrantId.class)})
   */
  public Either<Refusal, Change<SmallGrant>> receive(Actor actor, SmallGrantOffer offer) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(offer, "offer");
    GrantId id = GrantId.of(ids.nextId());
    return runner.create("receive", actor, () -> {
      List<Problem> access = FinancingAccess.officialOrRepresentative(actor, offer.body(),
          List.of(offer.applicant()));
      return access.isEmpty()
          ? SmallGrant.receive(id, offer, now()).map(c -> Change.created(c.state(), id, c.events()))
          : Either.left(Refusal.of(access));
    });
  }

  /**
   * Records a posting of the offer.
   *
   * @param id the grant
   * @param official who posts it
   * @param publication where and from when
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<SmallGrant>> publish(GrantId id, GrantingOfficial official,
      Publication publication) {
    Objects.requireNonNull(official, "official");
    return runner.run("publish", id, official,
        g -> FinancingAccess.official(official, g.body()),
        g -> g.publish(publication, now()));
  }

  /**
   * Records a comment; anyone may comment on a posted offer (UDPP art. 19a ust. 5), so any actor
   * may record one (the embedder's access policy may narrow this).
   *
   * @param id the grant
   * @param actor who records the comment
   * @param comment the comment
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<SmallGrant>> receiveComment(GrantId id, Actor actor, Comment comment) {
    Objects.requireNonNull(actor, "actor");
    return runner.run("receiveComment", id, actor, g -> g.receiveComment(comment, now()));
  }

  /**
   * Records how the comment at {@code index} was considered.
   *
   * @param id the grant
   * @param official who considered it
   * @param index the comment's index
   * @param consideration how and when
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<SmallGrant>> considerComment(GrantId id, GrantingOfficial official, int index,
      Consideration consideration) {
    Objects.requireNonNull(official, "official");
    return runner.run("considerComment", id, official,
        g -> FinancingAccess.official(official, g.body()),
        g -> g.considerComment(index, consideration, now()));
  }

  /**
   * Closes the comment period on {@code on}.
   *
   * @param id the grant
   * @param official who closes it
   * @param on the day
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<SmallGrant>> closeCommentPeriod(GrantId id, GrantingOfficial official,
      LocalDate on) {
    Objects.requireNonNull(official, "official");
    return runner.run("closeCommentPeriod", id, official,
        g -> FinancingAccess.official(official, g.body()),
        g -> g.closeCommentPeriod(on, now()));
  }

  /**
   * Signs the contract on {@code date}, when the grant allows it and the grant as signed breaks no
   * small-grant rule (checked against the stored grants of the organisation and body); otherwise a
   * refusal listing every violation (reason code = rule code, message in Polish and English).
   *
   * @param id the grant
   * @param official who signs for the body
   * @param date the contract date
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<SmallGrant>> signContract(GrantId id, GrantingOfficial official, LocalDate date) {
    Objects.requireNonNull(official, "official");
    return runner.run("signContract", id, official,
        g -> FinancingAccess.official(official, g.body()),
        g -> g.signContract(date, now()).flatMap(changed -> {
      RuleReport report = checker.check(changed.state(), GrantHistory.fromRepository(repository), today());
      if (report.isCompliant()) {
        return Either.right(changed);
      }
      List<Problem> problems = new ArrayList<>();
      report.violations().stream().map(Finding::toProblem).forEach(problems::add);
      report.failures().forEach(f -> problems.add(PROBLEMS.keyed("RULE_NOT_CHECKED", "",
          f.rule().code().value(), "rule", f.rule().code().value(), "reason", f.message())));
      return Either.left(Refusal.of(problems));
    }));
  }

  /**
   * Refuses the task on {@code on} with a reason.
   *
   * @param id the grant
   * @param official who refuses it
   * @param on the day
   * @param reason why
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<SmallGrant>> refuse(GrantId id, GrantingOfficial official, LocalDate on,
      String reason) {
    Objects.requireNonNull(official, "official");
    return runner.run("refuse", id, official,
        g -> FinancingAccess.official(official, g.body()),
        g -> g.refuse(on, reason, now()));
  }

  /**
   * Records the withdrawal of the offer on {@code on}.
   *
   * @param id the grant
   * @param representative who withdraws it for the organisation
   * @param on the day
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<SmallGrant>> withdraw(GrantId id, OrganisationRepresentative representative,
      LocalDate on) {
    Objects.requireNonNull(representative, "representative");
    return runner.run("withdraw", id, representative,
        g -> FinancingAccess.representative(representative, List.of(g.applicant())),
        g -> g.withdraw(on, now()));
  }

  /**
   * Checks a stored grant against every small-grant rule, as of today, reading the other grants
   * through the repository.
   *
   * @param id the grant
   * @return the report, or the refusal {@code SMALL_GRANT_UNKNOWN}
   */
  public Either<Refusal, RuleReport> check(GrantId id) {
    return runner.load(id).map(g -> checker.check(g, GrantHistory.fromRepository(repository), today()));
  }

  /**
   * The stored grant.
   *
   * @param id the grant
   * @return the grant, or empty when none is stored
   */
  public Optional<SmallGrant> find(GrantId id) {
    return repository.findById(id);
  }

  /**
   * Stores the planned NGO-grant budget of a body and year.
   *
   * @param official who records it for the body; an official of another body is refused with
   *     {@code OFFICIAL_OF_ANOTHER_BODY}
   * @param budget the planned budget
   * @return the budget as stored, or the refusal (by the access policy or the body check)
   */
  public Either<Refusal, PlannedGrantBudget> planBudget(GrantingOfficial official,
      PlannedGrantBudget budget) {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(budget, "budget");
    return runner.authorise("planBudget", official, Optional.empty()).flatMap(permitted -> {
      List<Problem> access = FinancingAccess.official(official, budget.body());
      return access.isEmpty() ? Either.<Refusal, PlannedGrantBudget>right(repository.savePlannedBudget(budget))
          : Either.left(Refusal.of(access));
    });
  }

  private Instant now() {
    return clock.instant();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }
}
