package pl.lsw.core.basket;

import static pl.lsw.core.basket.BasketProblems.PROBLEMS;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.FieldChanges;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.Person;

/**
 * The Local Service Basket (List of Activities and Services) of one partnership: each partner's
 * services with their access conditions and contact people, the agreements of the basket at
 * partnership meetings, and the history of every accepted change. One aggregate per partnership,
 * with one optimistic {@link #version()}.
 *
 * <p>Polish: <i>Lokalny Koszyk Usług / Lista Aktywności i Usług</i>.
 *
 * <p><b>Commands</b> name their {@link pl.lsw.core.partnership.governance.ActingPerson} and are
 * given the partnership (the basket cannot see it otherwise); they answer a {@link
 * pl.lsw.core.kernel.Refusal} listing every reason (nothing changes) or a {@link
 * pl.lsw.core.kernel.Change} with one {@link BasketChanged} and one {@link
 * pl.lsw.core.kernel.history.Revision} added to {@link #history()}. Commands never store; {@link ServiceBasketService} does.
 *
 * <p><b>Access</b> (codes in brackets): the actor is a person registered in the partnership
 * ({@code ACTOR_UNKNOWN}) whose organisation is an active member ({@code ACTOR_NOT_ACTIVE_MEMBER})
 * and who holds the role named ({@code ACTOR_ROLE_NOT_HELD}). A service is added, changed,
 * withdrawn or verified by its provider's own people (in any role) or by the Task Team's manager
 * or members or a member of the Partner Cooperation Team ({@code ACTOR_NOT_PROVIDER}); its
 * provider is an active member ({@code PROVIDER_NOT_MEMBER}). The basket is agreed by the Task
 * Team Manager, a member of the Partner Cooperation Team or the chair of the Steering Committee
 * ({@code ACTOR_ROLE_NOT_ALLOWED}) at a meeting the partnership recorded ({@code
 * MEETING_UNKNOWN}).
 *
 * <p><b>Versions.</b> 0 for a basket never stored; each successful save stores version {@code n +
 * 1}. Commands keep the version; the repository sets it.
 */
@Value.Immutable
abstract class AbstractServiceBasket {

  /** The roles that may add, change, withdraw and verify any partner's services. */
  static final Set<ActingRole> EDITORS_OF_ANY = EnumSet.of(ActingRole.TASK_TEAM_MANAGER,
      ActingRole.TASK_TEAM_MEMBER, ActingRole.PARTNER_COOPERATION_TEAM_MEMBER);

  /** The roles that may record the basket's agreement at a meeting. */
  static final Set<ActingRole> AGREERS = EnumSet.of(ActingRole.TASK_TEAM_MANAGER,
      ActingRole.PARTNER_COOPERATION_TEAM_MEMBER, ActingRole.STEERING_COMMITTEE_CHAIR);

  // ---------------------------------------------------------------- state

  /** The partnership whose basket it is (the basket's key). */
  public abstract PartnershipId partnership();

  /** The stored version: 0 for a basket never stored, then 1, 2, ... */
  @Value.Default
  public long version() {
    return 0;
  }

  /** Every service ever added, withdrawn ones included, in the order added. */
  public abstract List<BasketService> services();

  /** The agreements at partnership meetings, oldest first. */
  public abstract List<BasketAgreement> agreements();

  /** The history of every accepted change, oldest first. */
  @Value.Default
  public History history() {
    return History.empty();
  }

  /** Checks the version and that no two services share an id. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (version() < 0) {
      problems.add(PROBLEMS.problem("version", "VERSION_NEGATIVE", "version", version()));
    }
    Set<BasketServiceId> seen = new java.util.HashSet<>();
    for (int i = 0; i < services().size(); i++) {
      if (!seen.add(services().get(i).id())) {
        problems.add(PROBLEMS.problem("services[" + i + "]", "SERVICE_EXISTS",
            "service", services().get(i).name()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * An empty basket of a partnership, never stored (version 0).
   *
   * @param partnership the partnership
   * @return the basket
   */
  public static ServiceBasket empty(PartnershipId partnership) {
    return ServiceBasket.builder().partnership(partnership).build();
  }

  // ---------------------------------------------------------------- queries

  /**
   * The service with this id, withdrawn or not.
   *
   * @param id the service's id
   * @return the service, or empty
   */
  public Optional<BasketService> service(BasketServiceId id) {
    return services().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The access conditions of a service, for the individual plans of families.
   *
   * @param id the service's id
   * @return its conditions, or empty for an unknown service
   */
  public Optional<AccessConditions> accessConditions(BasketServiceId id) {
    return service(id).map(BasketService::access);
  }

  /**
   * The services in force on a day ({@link BasketService#inForceOn}), in the order added.
   *
   * @param day the day
   * @return the services
   */
  public List<BasketService> inForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return services().stream().filter(s -> s.inForceOn(day)).toList();
  }

  /** The services of one provider in force on a day, in the order added. */
  public List<BasketService> inForceOn(LocalDate day, OrganisationId provider) {
    return inForceOn(day).stream().filter(s -> s.provider().equals(provider)).toList();
  }

  /** The latest agreement, if the basket was ever agreed. */
  public Optional<BasketAgreement> lastAgreement() {
    return agreements().isEmpty() ? Optional.empty()
        : Optional.of(agreements().get(agreements().size() - 1));
  }

  /**
   * The services in force on a day that are not yet agreed: never covered by an agreement, or
   * added or changed after the latest one (a verification alone changes nothing offered).
   *
   * @param day the day
   * @return the services, in the order added
   */
  public List<BasketService> notYetAgreed(LocalDate day) {
    Optional<BasketAgreement> last = lastAgreement();
    if (last.isEmpty()) {
      return inForceOn(day);
    }
    Set<String> changedAfter = changedAfterLastAgreement();
    return inForceOn(day).stream().filter(s -> !last.get().covers(s.id())
        || changedAfter.contains(subject(s.id()))).toList();
  }

  private Set<String> changedAfterLastAgreement() {
    List<Revision> all = history().revisions();
    int lastAgreed = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).kind().equals(BasketRevisionKind.AGREED.name())) {
        lastAgreed = i;
      }
    }
    return all.subList(lastAgreed + 1, all.size()).stream()
        .filter(r -> r.kind().equals(BasketRevisionKind.ADDED.name())
            || r.kind().equals(BasketRevisionKind.CHANGED.name()))
        .map(Revision::subject).collect(Collectors.toSet());
  }

  /**
   * The history of one service, oldest first.
   *
   * @param id the service's id
   * @return its revisions
   */
  public List<Revision> historyOf(BasketServiceId id) {
    return history().of(subject(id));
  }

  /**
   * The revisions accepted within a period, oldest first.
   *
   * @param from the first instant (inclusive)
   * @param until the end (exclusive)
   * @return the revisions
   */
  public List<Revision> historyBetween(Instant from, Instant until) {
    return history().between(from, until);
  }

  /**
   * The history subject of a service: {@code basket-service:<uuid>}.
   *
   * @param id the service's id
   * @return the subject
   */
  public static String subject(BasketServiceId id) {
    return "basket-service:" + id;
  }

  /**
   * The history subject of the basket of a partnership: {@code basket:<uuid>}.
   *
   * @param partnership the partnership's id
   * @return the subject
   */
  public static String subject(PartnershipId partnership) {
    return "basket:" + partnership;
  }

  // ---------------------------------------------------------------- commands

  /**
   * Adds a service to the basket.
   *
   * @param actor who adds it
   * @param partnership the basket's partnership, as stored now
   * @param id the new service's id
   * @param draft the service
   * @param now when
   * @return the change with the basket, the created id and {@link BasketChanged} ({@code ADDED}),
   *     or every reason: the draft's problems (paths {@code service.*}), access, the provider
   *     and {@code SERVICE_EXISTS}
   */
  public Either<Refusal, Change<ServiceBasket>> addService(ActingPerson actor,
      Partnership partnership, BasketServiceId id, BasketServiceDraft draft, Instant now) {
    requireSame(partnership);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    List<Problem> problems = new ArrayList<>();
    Validation<Seq<Problem>, BasketService> valid = draft.toService(id);
    if (valid.isInvalid()) {
      valid.getError().forEach(p -> problems.add(p.under("service")));
    }
    if (service(id).isPresent()) {
      problems.add(PROBLEMS.problem("id", "SERVICE_EXISTS", "service", service(id).get().name()));
    }
    problems.addAll(editorProblems(actor, partnership, draft.provider()));
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    BasketService added = valid.get();
    List<BasketService> services = new ArrayList<>(services());
    services.add(added);
    return Either.right(accepted(ServiceBasket.copyOf(self()).withServices(services), actor, now,
        BasketRevisionKind.ADDED, Optional.of(id), changes(null, added), true));
  }

  /**
   * Changes a service: replaces what it offers by the draft (the day it was withdrawn is kept).
   *
   * @param actor who changes it
   * @param partnership the basket's partnership, as stored now
   * @param id the service's id
   * @param draft the new content
   * @param now when
   * @return the change with {@link BasketChanged} ({@code CHANGED}) and a revision listing each
   *     field from and to, or every reason: {@code SERVICE_UNKNOWN}, {@code SERVICE_WITHDRAWN},
   *     the draft's problems, access (for the provider before and after), the provider, {@code
   *     SERVICE_UNCHANGED}
   */
  public Either<Refusal, Change<ServiceBasket>> changeService(ActingPerson actor,
      Partnership partnership, BasketServiceId id, BasketServiceDraft draft, Instant now) {
    requireSame(partnership);
    Objects.requireNonNull(now, "now");
    Optional<BasketService> before = service(id);
    if (before.isEmpty()) {
      return Either.left(Refusal.of(unknown(id)));
    }
    List<Problem> problems = new ArrayList<>();
    if (before.get().isWithdrawn()) {
      problems.add(withdrawn(before.get()));
    }
    Validation<Seq<Problem>, BasketService> valid = draft.toService(id);
    if (valid.isInvalid()) {
      valid.getError().forEach(p -> problems.add(p.under("service")));
    }
    problems.addAll(editorProblems(actor, partnership, Optional.of(before.get().provider())));
    if (draft.provider().isPresent() && !draft.provider().get().equals(before.get().provider())) {
      problems.addAll(providerProblems(actor, partnership, draft.provider().get()));
    }
    List<FieldChange> changes = List.of();
    if (valid.isValid()) {
      BasketService after = valid.get().withWithdrawnOn(before.get().withdrawnOn());
      changes = changes(before.get(), after);
      if (changes.isEmpty()) {
        problems.add(PROBLEMS.problem("service", "SERVICE_UNCHANGED",
            "service", before.get().name()));
      }
      if (problems.isEmpty()) {
        return Either.right(accepted(replaced(after), actor, now, BasketRevisionKind.CHANGED,
            Optional.of(id), changes, false));
      }
    }
    return Either.left(Refusal.of(problems));
  }

  /**
   * Withdraws a service from a day on: it is no longer in force from that day, and stays in the
   * basket and its history.
   *
   * @param actor who withdraws it
   * @param partnership the basket's partnership, as stored now
   * @param id the service's id
   * @param from the first day it is no longer offered
   * @param now when
   * @return the change with {@link BasketChanged} ({@code WITHDRAWN}), or every reason: {@code
   *     SERVICE_UNKNOWN}, {@code SERVICE_WITHDRAWN}, access
   */
  public Either<Refusal, Change<ServiceBasket>> withdrawService(ActingPerson actor,
      Partnership partnership, BasketServiceId id, LocalDate from, Instant now) {
    requireSame(partnership);
    Objects.requireNonNull(from, "from");
    Optional<BasketService> before = service(id);
    if (before.isEmpty()) {
      return Either.left(Refusal.of(unknown(id)));
    }
    List<Problem> problems = new ArrayList<>();
    if (before.get().isWithdrawn()) {
      problems.add(withdrawn(before.get()));
    }
    problems.addAll(actorProblems(actor, partnership));
    problems.addAll(providerProblems(actor, partnership, before.get().provider()));
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    BasketService after = before.get().withWithdrawnOn(from);
    return Either.right(accepted(replaced(after), actor, now, BasketRevisionKind.WITHDRAWN,
        Optional.of(id), changes(before.get(), after), false));
  }

  /**
   * Records that a service's provider confirmed it is current on a day.
   *
   * @param actor who records it
   * @param partnership the basket's partnership, as stored now
   * @param id the service's id
   * @param on the day it was confirmed
   * @param now when
   * @return the change with {@link BasketChanged} ({@code VERIFIED}), or every reason: {@code
   *     SERVICE_UNKNOWN}, {@code SERVICE_WITHDRAWN}, {@code VERIFIED_BEFORE_LAST}, access
   */
  public Either<Refusal, Change<ServiceBasket>> verifyService(ActingPerson actor,
      Partnership partnership, BasketServiceId id, LocalDate on, Instant now) {
    requireSame(partnership);
    Objects.requireNonNull(on, "on");
    Optional<BasketService> before = service(id);
    if (before.isEmpty()) {
      return Either.left(Refusal.of(unknown(id)));
    }
    List<Problem> problems = new ArrayList<>();
    if (before.get().isWithdrawn()) {
      problems.add(withdrawn(before.get()));
    }
    if (on.isBefore(before.get().lastVerifiedOn())) {
      problems.add(PROBLEMS.problem("on", "VERIFIED_BEFORE_LAST", "on", on,
          "last", before.get().lastVerifiedOn()));
    }
    problems.addAll(actorProblems(actor, partnership));
    problems.addAll(providerProblems(actor, partnership, before.get().provider()));
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    BasketService after = before.get().withLastVerifiedOn(on);
    return Either.right(accepted(replaced(after), actor, now, BasketRevisionKind.VERIFIED,
        Optional.of(id), changes(before.get(), after), false));
  }

  /**
   * Records that the partners agreed the basket at a partnership meeting: every service in force
   * on that day is agreed as it stands.
   *
   * @param actor who records it: the Task Team Manager, a member of the Partner Cooperation Team
   *     or the chair of the Steering Committee
   * @param partnership the basket's partnership, as stored now
   * @param meeting the meeting, recorded by the partnership
   * @param on the day agreed, not before the meeting
   * @param now when
   * @return the change with {@link BasketChanged} ({@code AGREED}) and a new {@link
   *     BasketAgreement}, or every reason: access, {@code ACTOR_ROLE_NOT_ALLOWED}, {@code
   *     MEETING_UNKNOWN}, {@code AGREED_BEFORE_MEETING}, {@code NOTHING_TO_AGREE}
   */
  public Either<Refusal, Change<ServiceBasket>> agree(ActingPerson actor, Partnership partnership,
      MeetingId meeting, LocalDate on, Instant now) {
    requireSame(partnership);
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(on, "on");
    List<Problem> problems = new ArrayList<>(actorProblems(actor, partnership));
    if (!AGREERS.contains(actor.role())) {
      problems.add(PROBLEMS.problem("actor.role", "ACTOR_ROLE_NOT_ALLOWED", "role", actor.role()));
    }
    Optional<Meeting> held = partnership.meeting(meeting);
    if (held.isEmpty()) {
      problems.add(PROBLEMS.problem("meeting", "MEETING_UNKNOWN", "meeting", meeting.toString()));
    } else if (on.isBefore(held.get().date())) {
      problems.add(PROBLEMS.problem("on", "AGREED_BEFORE_MEETING", "on", on,
          "meeting", held.get().date()));
    }
    List<BasketService> agreed = inForceOn(on);
    if (agreed.isEmpty()) {
      problems.add(PROBLEMS.problem("services", "NOTHING_TO_AGREE", "on", on));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    List<BasketServiceId> ids = agreed.stream().map(BasketService::id).toList();
    BasketAgreement agreement = new BasketAgreement(meeting, on, ids, now);
    List<BasketAgreement> agreements = new ArrayList<>(agreements());
    agreements.add(agreement);
    List<FieldChange> changes = List.of(
        FieldChange.of("meeting", null, meeting.toString()),
        FieldChange.of("date", null, on.toString()),
        FieldChange.of("services", null, ids.stream().map(BasketServiceId::toString)
            .collect(Collectors.joining(", "))));
    return Either.right(accepted(ServiceBasket.copyOf(self()).withAgreements(agreements), actor,
        now, BasketRevisionKind.AGREED, Optional.empty(), changes, false));
  }

  // ---------------------------------------------------------------- support

  private ServiceBasket self() {
    return (ServiceBasket) this;
  }

  private void requireSame(Partnership partnership) {
    if (!partnership.id().equals(partnership())) {
      throw new IllegalArgumentException("the basket of partnership " + partnership()
          + " was given partnership " + partnership.id());
    }
  }

  private ServiceBasket replaced(BasketService after) {
    List<BasketService> services = services().stream()
        .map(s -> s.id().equals(after.id()) ? after : s).toList();
    return ServiceBasket.copyOf(self()).withServices(services);
  }

  private Change<ServiceBasket> accepted(ServiceBasket next, ActingPerson actor, Instant now,
      BasketRevisionKind kind, Optional<BasketServiceId> service, List<FieldChange> changes,
      boolean created) {
    String subject = service.map(AbstractServiceBasket::subject)
        .orElseGet(() -> subject(partnership()));
    Revision revision = new Revision(now, actor.reference(), subject, kind.name(), changes);
    ServiceBasket recorded = next.withHistory(next.history().with(List.of(revision)));
    BasketChanged event = new BasketChanged(partnership(), kind, service, now);
    return created ? Change.created(recorded, service.get(), List.of(event))
        : Change.of(recorded, event);
  }

  private static Problem unknown(BasketServiceId id) {
    return PROBLEMS.problem("service", "SERVICE_UNKNOWN", "service", id.toString());
  }

  private static Problem withdrawn(BasketService s) {
    return PROBLEMS.problem("service", "SERVICE_WITHDRAWN", "service", s.name(),
        "from", s.withdrawnOn().get());
  }

  /** The reasons the actor may not act in the partnership at all. */
  static List<Problem> actorProblems(ActingPerson actor, Partnership partnership) {
    Objects.requireNonNull(actor, "actor");
    List<Problem> problems = new ArrayList<>();
    Optional<Person> person = partnership.person(actor.person());
    if (person.isEmpty()) {
      problems.add(PROBLEMS.problem("actor.person", "ACTOR_UNKNOWN",
          "partnership", partnership.name()));
      return problems;
    }
    if (!partnership.isActiveMember(person.get().organisation())) {
      problems.add(PROBLEMS.problem("actor.person", "ACTOR_NOT_ACTIVE_MEMBER",
          "person", person.get().name(), "partnership", partnership.name()));
    }
    if (!partnership.holds(actor.person(), actor.role())) {
      problems.add(PROBLEMS.problem("actor.role", "ACTOR_ROLE_NOT_HELD",
          "person", person.get().name(), "role", actor.role()));
    }
    return problems;
  }

  /** The reasons about the provider: an active member, and the actor may edit its services. */
  static List<Problem> providerProblems(ActingPerson actor, Partnership partnership,
      OrganisationId provider) {
    List<Problem> problems = new ArrayList<>();
    if (!partnership.isActiveMember(provider)) {
      problems.add(PROBLEMS.problem("service.provider", "PROVIDER_NOT_MEMBER",
          "provider", provider.toString(), "partnership", partnership.name()));
    }
    Optional<Person> person = partnership.person(actor.person());
    if (person.isPresent() && !person.get().organisation().equals(provider)
        && !EDITORS_OF_ANY.contains(actor.role())) {
      problems.add(PROBLEMS.problem("actor.role", "ACTOR_NOT_PROVIDER",
          "person", person.get().name(), "role", actor.role()));
    }
    return problems;
  }

  private static List<Problem> editorProblems(ActingPerson actor, Partnership partnership,
      Optional<OrganisationId> provider) {
    List<Problem> problems = new ArrayList<>(actorProblems(actor, partnership));
    provider.ifPresent(p -> problems.addAll(providerProblems(actor, partnership, p)));
    return problems;
  }

  /** Each field of a service from and to; either state may be null. */
  static List<FieldChange> changes(BasketService before, BasketService after) {
    return FieldChanges.between(before, after)
        .field("provider", BasketService::provider)
        .field("name", BasketService::name)
        .field("description", BasketService::description)
        .field("fields", BasketService::fields)
        .field("access.minAge", s -> s.access().minAge())
        .field("access.maxAge", s -> s.access().maxAge())
        .field("access.targetGroups", s -> s.access().targetGroups())
        .field("access.territory", s -> s.access().territory())
        .field("access.referral", s -> s.access().referral())
        .field("access.cost", s -> s.access().cost())
        .field("access.fee", s -> s.access().fee().map(m -> m.formatPlain()))
        .field("access.languages", s -> s.access().languages())
        .field("access.capacity", s -> s.access().capacity())
        .field("access.description", s -> s.access().description())
        .field("contacts", s -> s.contacts().stream().map(AbstractServiceBasket::contact).toList())
        .field("availability", BasketService::availability)
        .field("since", BasketService::since)
        .field("until", BasketService::until)
        .field("lastVerifiedOn", BasketService::lastVerifiedOn)
        .field("withdrawnOn", BasketService::withdrawnOn)
        .changes();
  }

  private static String contact(ContactPerson c) {
    return c.name() + " (" + c.role() + c.email().map(e -> ", " + e).orElse("")
        + c.phone().map(p -> ", " + p).orElse("") + ")";
  }
}
