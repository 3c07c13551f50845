package pl.lsw.core.financing.smallgrant;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.port.SmallGrantRepository;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;

/**
 * The application service of small grants: it loads a grant, asks it to change, stores it and
 * publishes the events after a successful save. Time comes from the {@link Clock}, ids from the
 * {@link IdSource}. Before signing a contract it runs every small-grant rule on the grant as it
 * would be signed, reading the other grants through the repository, and refuses on any violation.
 *
 * <p>A concurrent change of the same grant surfaces as the repository's {@link
 * pl.lsw.core.kernel.VersionConflictException}; nothing is published then.
 *
 * <p>Polish: <i>obsługa postępowań o małe granty</i>.
 */
public final class SmallGrantService {

  private final SmallGrantRepository repository;
  private final Clock clock;
  private final IdSource ids;
  private final EventPublisher events;
  private final SmallGrantChecker checker;

  /**
   * A service over these ports.
   *
   * @param repository where grants are stored
   * @param clock the time of events and the as-of date of checks
   * @param ids the source of new grant ids
   * @param events where events go after a save
   * @param checker the rules' parameters and reference data
   */
  public SmallGrantService(SmallGrantRepository repository, Clock clock, IdSource ids, EventPublisher events,
      SmallGrantChecker checker) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.events = Objects.requireNonNull(events, "events");
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  /** Records an offer that came in as a new grant, stores it and publishes {@code OfferReceived}. */
  public Either<Refusal, SmallGrant> receive(SmallGrantOffer offer) {
    return store(SmallGrant.receive(GrantId.of(ids.nextId()), offer, now()));
  }

  /** Records a posting of the offer. */
  public Either<Refusal, SmallGrant> publish(GrantId id, Publication publication) {
    return change(id, g -> g.publish(publication, now()));
  }

  /** Records a comment. */
  public Either<Refusal, SmallGrant> receiveComment(GrantId id, Comment comment) {
    return change(id, g -> g.receiveComment(comment, now()));
  }

  /** Records how the comment at {@code index} was considered. */
  public Either<Refusal, SmallGrant> considerComment(GrantId id, int index, Consideration consideration) {
    return change(id, g -> g.considerComment(index, consideration, now()));
  }

  /** Closes the comment period on {@code on}. */
  public Either<Refusal, SmallGrant> closeCommentPeriod(GrantId id, LocalDate on) {
    return change(id, g -> g.closeCommentPeriod(on, now()));
  }

  /**
   * Signs the contract on {@code date}, when the grant allows it and the grant as signed breaks no
   * small-grant rule (checked against the stored grants of the organisation and body); otherwise a
   * refusal listing every violation (problem code = rule code, message in English).
   */
  public Either<Refusal, SmallGrant> signContract(GrantId id, LocalDate date) {
    return change(id, g -> g.signContract(date, now()).flatMap(changed -> {
      RuleReport report = checker.check(changed.grant(), GrantHistory.fromRepository(repository), today());
      if (report.isCompliant()) {
        return Either.right(changed);
      }
      List<Problem> problems = List.ofAll(report.violations()).map(SmallGrantService::problem)
          .appendAll(List.ofAll(report.failures()).map(f -> Problem.of(f.rule().code().value(),
              "the rule could not be checked: " + f.message())));
      return Either.left(new Refusal(problems));
    }));
  }

  /** Refuses the task on {@code on} with a reason. */
  public Either<Refusal, SmallGrant> refuse(GrantId id, LocalDate on, String reason) {
    return change(id, g -> g.refuse(on, reason, now()));
  }

  /** Records the withdrawal of the offer on {@code on}. */
  public Either<Refusal, SmallGrant> withdraw(GrantId id, LocalDate on) {
    return change(id, g -> g.withdraw(on, now()));
  }

  /**
   * Checks a stored grant against every small-grant rule, as of today, reading the other grants
   * through the repository; a refusal when there is no such grant.
   */
  public Either<Refusal, RuleReport> check(GrantId id) {
    return load(id).map(g -> checker.check(g, GrantHistory.fromRepository(repository), today()));
  }

  /** Stores the planned NGO-grant budget of a body and year. */
  public PlannedGrantBudget planBudget(PlannedGrantBudget budget) {
    return repository.savePlannedBudget(budget);
  }

  private Either<Refusal, SmallGrant> load(GrantId id) {
    return repository.findById(id).toEither(() -> Refusal.of("SMALL_GRANT_UNKNOWN", "there is no small grant " + id));
  }

  private Either<Refusal, SmallGrant> change(GrantId id, Function<SmallGrant, Either<Refusal, Changed>> command) {
    return store(load(id).flatMap(command));
  }

  private Either<Refusal, SmallGrant> store(Either<Refusal, Changed> result) {
    return result.map(changed -> {
      SmallGrant saved = repository.save(changed.grant());
      changed.events().forEach(events::publish);
      return saved;
    });
  }

  private static Problem problem(Finding f) {
    return Problem.of(f.code().value(), f.message(Locale.ENGLISH)).under(f.path());
  }

  private Instant now() {
    return clock.instant();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }
}
