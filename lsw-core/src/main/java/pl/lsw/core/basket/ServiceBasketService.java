package pl.lsw.core.basket;

import static pl.lsw.core.basket.BasketProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;

/**
 * The application service of the Local Service Basket: loads the partnership and its basket,
 * runs the command, stores the basket and publishes {@link BasketChanged} after the save. The
 * basket is created by the first {@link #addService}. Every command names its actor; a command to
 * an unknown partnership is refused with {@code PARTNERSHIP_UNKNOWN}, and one to a partnership
 * without a basket (but adding) with {@code BASKET_UNKNOWN}. A refused command stores and
 * publishes nothing; a basket changed meanwhile is a {@link
 * pl.lsw.core.kernel.VersionConflictException}.
 *
 * <p>Thread-safe when its collaborators are. Polish: <i>obsługa Lokalnego Koszyka Usług</i>.
 */
public final class ServiceBasketService {

  private final ServiceBasketRepository baskets;
  private final PartnershipRepository partnerships;
  private final Clock clock;
  private final IdSource ids;
  private final RuleEnvironment environment;
  private final CommandRunner<PartnershipId, ServiceBasket> runner;

  /**
   * A service over the given ports.
   *
   * @param baskets where baskets are kept
   * @param partnerships where partnerships are read (access, members, meetings)
   * @param clock the time of changes and the as-of date of checks
   * @param ids the source of new service ids
   * @param events where events go after a save
   * @param environment the rules' environment
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public ServiceBasketService(ServiceBasketRepository baskets, PartnershipRepository partnerships,
      Clock clock, IdSource ids, EventPublisher events, RuleEnvironment environment,
      AccessPolicy policy) {
    this.baskets = Objects.requireNonNull(baskets, "baskets");
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.runner = new CommandRunner<>("basket", CommandRunner.Store.of(baskets::find, baskets::save),
        Objects.requireNonNull(events, "events"),
        id -> PROBLEMS.problem("partnership", "BASKET_UNKNOWN", "partnership", id.toString()), policy);
  }

  /**
   * Adds a service to the partnership's basket, creating the basket with its first service.
   *
   * @param actor who adds it
   * @param partnership the partnership
   * @param draft the service
   * @return the change with the created {@link BasketServiceId}, or the refusal
   */
  public Either<Refusal, Change<ServiceBasket>> addService(PartnershipId partnership,
      ActingPerson actor, BasketServiceDraft draft) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(actor, "actor");
    return runner.authorise("addService", actor, Optional.of(partnership))
        .flatMap(permitted -> partnership(partnership)).flatMap(p -> {
      ServiceBasket basket = baskets.find(partnership).orElseGet(() -> ServiceBasket.empty(partnership));
      return basket.addService(actor, p, BasketServiceId.of(ids.nextId()), draft, clock.instant())
          .map(change -> runner.commit(partnership, actor, change));
    });
  }

  /**
   * Changes a service (see {@link ServiceBasket#changeService}).
   *
   * @param actor who changes it
   * @param partnership the partnership
   * @param service the service
   * @param draft the new content
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ServiceBasket>> changeService(PartnershipId partnership,
      ActingPerson actor, BasketServiceId service, BasketServiceDraft draft) {
    return run("changeService", partnership, actor, (b, p) -> b.changeService(actor, p, service, draft, clock.instant()));
  }

  /**
   * Withdraws a service from a day on (see {@link ServiceBasket#withdrawService}).
   *
   * @param actor who withdraws it
   * @param partnership the partnership
   * @param service the service
   * @param from the first day it is no longer offered
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ServiceBasket>> withdrawService(PartnershipId partnership,
      ActingPerson actor, BasketServiceId service, LocalDate from) {
    return run("withdrawService", partnership, actor, (b, p) -> b.withdrawService(actor, p, service, from, clock.instant()));
  }

  /**
   * Records that a service was confirmed current on a day (see {@link
   * ServiceBasket#verifyService}).
   *
   * @param actor who records it
   * @param partnership the partnership
   * @param service the service
   * @param on the day
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ServiceBasket>> verifyService(PartnershipId partnership,
      ActingPerson actor, BasketServiceId service, LocalDate on) {
    return run("verifyService", partnership, actor, (b, p) -> b.verifyService(actor, p, service, on, clock.instant()));
  }

  /**
   * Records the basket's agreement at a partnership meeting (see {@link ServiceBasket#agree}).
   *
   * @param actor who records it
   * @param partnership the partnership
   * @param meeting the meeting, recorded by the partnership
   * @param on the day agreed
   * @return the change, or the refusal
   */
  public Either<Refusal, Change<ServiceBasket>> agree(PartnershipId partnership,
      ActingPerson actor, MeetingId meeting, LocalDate on) {
    return run("agree", partnership, actor, (b, p) -> b.agree(actor, p, meeting, on, clock.instant()));
  }

  /**
   * The stored basket of a partnership.
   *
   * @param partnership the partnership
   * @return the basket, or empty
   */
  public Optional<ServiceBasket> find(PartnershipId partnership) {
    return baskets.find(partnership);
  }

  /**
   * The access conditions of a service, for the individual plans of families.
   *
   * @param partnership the partnership
   * @param service the service
   * @return its conditions, or empty when the basket or the service is unknown
   */
  public Optional<AccessConditions> accessConditions(PartnershipId partnership,
      BasketServiceId service) {
    return baskets.find(partnership).flatMap(b -> b.accessConditions(service));
  }

  /**
   * Checks the stored basket against {@code BASKET-CURRENT} and {@code BASKET-AGREED}, as of
   * today.
   *
   * @param partnership the partnership
   * @return the report, or the refusal {@code BASKET_UNKNOWN}
   */
  public Either<Refusal, RuleReport> check(PartnershipId partnership) {
    return runner.load(partnership).map(b -> BasketRules.check(b, LocalDate.now(clock),
        environment));
  }

  /**
   * The publication of the basket in force on a day.
   *
   * @param partnership the partnership
   * @param on the day
   * @param partnerNames the partners' names by organisation
   * @return the publication, or the refusal {@code PARTNERSHIP_UNKNOWN} or {@code BASKET_UNKNOWN}
   */
  public Either<Refusal, BasketPublication> publication(PartnershipId partnership, LocalDate on,
      Function<OrganisationId, Optional<String>> partnerNames) {
    return partnership(partnership).flatMap(p -> runner.load(partnership)
        .map(b -> BasketPublication.of(b, p.name(), on, partnerNames)));
  }

  private Either<Refusal, Partnership> partnership(PartnershipId id) {
    Objects.requireNonNull(id, "partnership");
    return partnerships.findById(id).<Either<Refusal, Partnership>>map(Either::right)
        .orElseGet(() -> Either.left(PROBLEMS.refusal("partnership", "PARTNERSHIP_UNKNOWN",
            "partnership", id.toString())));
  }

  private Either<Refusal, Change<ServiceBasket>> run(String commandName, PartnershipId id, Actor actor,
      java.util.function.BiFunction<ServiceBasket, Partnership,
          Either<Refusal, Change<ServiceBasket>>> command) {
    Objects.requireNonNull(actor, "actor");
    return runner.authorise(commandName, actor, Optional.of(id)).flatMap(permitted -> partnership(id))
        .flatMap(p -> runner.run(commandName, id, actor, b -> command.apply(b, p)));
  }
}
