package pl.lsw.core.information;

import pl.lsw.core.kernel.service.CommandRunner;
import static pl.lsw.core.information.InformationProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;

/**
 * The application service of co-informing: sends a piece of information to every active member
 * of a partnership at one instant through the {@link InformationChannel}, records the {@link
 * Dispatch} with each recipient's outcome, publishes {@link InformationSent}, and checks
 * dispatches against {@code INF-SIMULTANEOUS}.
 *
 * <p><b>Who may send</b> (the reasons of a refusal have the codes in brackets, all reported at
 * once): a person registered in the partnership ({@code ACTOR_UNKNOWN}) whose organisation is a
 * member ({@code ACTOR_OUTSIDE_PARTNERSHIP}) whose membership has not ended ({@code
 * ACTOR_MEMBERSHIP_ENDED}), who holds the role named ({@code ACTOR_ROLE_NOT_HELD}), and the role
 * is one of {@link #SENDER_ROLES} ({@code ACTOR_ROLE_NOT_ALLOWED}). An unknown partnership is
 * refused with {@code PARTNERSHIP_UNKNOWN}. A refused send stores nothing, publishes nothing and
 * does not call the channel.
 *
 * <p><b>One instant, every member.</b> A send takes one instant from the clock; the recipients
 * are the organisations that are active members at that instant ({@link
 * DispatchAudit#membersAt}, the day taken in the clock's zone), each with the professional e-mail
 * addresses of its registered people; the channel is called once.
 *
 * <p>Thread-safe when its collaborators are. Polish: <i>obsługa współinformowania</i>.
 */
public final class InformationService {

  /** The roles in which a person may send information to the members. */
  public static final Set<ActingRole> SENDER_ROLES = Collections.unmodifiableSet(EnumSet.of(
      ActingRole.STEERING_COMMITTEE_CHAIR, ActingRole.STEERING_COMMITTEE_MEMBER,
      ActingRole.TASK_TEAM_MANAGER, ActingRole.TASK_TEAM_MEMBER,
      ActingRole.KNOWLEDGE_MANAGEMENT_SPECIALIST, ActingRole.NETWORK_WORKER));

  /** The reason recorded for a recipient the channel gave no outcome for. */
  static final String NO_OUTCOME = "no outcome reported by the channel";

  private final DispatchRepository dispatches;
  private final java.util.function.Function<OrganisationId, java.util.Optional<String>> names;
  private final PartnershipRepository partnerships;
  private final InformationChannel channel;
  private final Clock clock;
  private final IdSource ids;
  private final CommandRunner<DispatchId, Dispatch> runner;
  private final RuleEnvironment environment;

  /**
   * A service over the given ports.
   *
   * @param dispatches where dispatches are recorded
   * @param partnerships where the partnerships are read
   * @param channel how information reaches the members
   * @param clock the instant of sending, the zone of its day and the date of checks
   * @param ids the source of dispatch ids
   * @param events where events go after a dispatch is recorded
   * @param environment the rules' environment
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public InformationService(DispatchRepository dispatches, PartnershipRepository partnerships,
      InformationChannel channel, Clock clock, IdSource ids, EventPublisher events,
      RuleEnvironment environment,
      AccessPolicy policy) {
    this(dispatches, partnerships, id -> java.util.Optional.empty(), channel, clock, ids, events,
        environment, policy);
  }

  /**
   * A service whose findings name organisations by their names in the registry.
   *
   * @param dispatches where dispatches are recorded
   * @param partnerships where partnerships are read (members, people, roles)
   * @param names the name of an organisation, e.g. {@code id -> registry.findById(id).map(
   *     Organisation::name)}
   * @param channel how information reaches the members
   * @param clock the instant of sending, the zone of its day and the date of checks
   * @param ids the source of dispatch ids
   * @param events where events go after a dispatch is recorded
   * @param environment the rules' environment
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public InformationService(DispatchRepository dispatches, PartnershipRepository partnerships,
      java.util.function.Function<OrganisationId, java.util.Optional<String>> names,
      InformationChannel channel, Clock clock, IdSource ids, EventPublisher events,
      RuleEnvironment environment,
      AccessPolicy policy) {
    this.names = Objects.requireNonNull(names, "names");
    this.dispatches = Objects.requireNonNull(dispatches, "dispatches");
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.runner = new CommandRunner<>("information", CommandRunner.Store.of(dispatches::findById, dispatches::save),
        Objects.requireNonNull(events, "events"),
        id -> PROBLEMS.problem("", "DISPATCH_UNKNOWN", "dispatch", id.toString()), policy);
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * Sends a piece of information to every active member of the partnership at one instant.
   *
   * @param partnershipId the partnership
   * @param actor who sends, in one of {@link #SENDER_ROLES}
   * @param item what is sent
   * @return the change with the dispatch as stored, its id as the created id and one {@link
   *     InformationSent}; or the refusal with every reason
   */
  public Either<Refusal, Change<Dispatch>> send(PartnershipId partnershipId, ActingPerson actor,
      InformationItem item) {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(item, "item");
    Either<Refusal, ?> permitted = runner.authorise("send", actor, Optional.of(partnershipId));
    if (permitted.isLeft()) {
      return Either.left(permitted.getLeft());
    }
    Optional<Partnership> found = partnerships.findById(partnershipId);
    if (found.isEmpty()) {
      return Either.left(unknownPartnership(partnershipId));
    }
    Partnership partnership = found.get();
    List<Problem> problems = access(partnership, actor);
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Instant at = clock.instant();
    List<Recipient> recipients = new ArrayList<>();
    for (OrganisationId org : DispatchAudit.membersAt(partnership, at, clock.getZone())) {
      recipients.add(new Recipient(org, partnership.persons().stream()
          .filter(p -> p.organisation().equals(org)).map(Person::email)
          .flatMap(Optional::stream).toList()));
    }
    DispatchId id = DispatchId.of(ids.nextId());
    Map<OrganisationId, DeliveryOutcome> outcomes;
    DeliveryOutcome whenMissing = DeliveryOutcome.failure(NO_OUTCOME);
    try {
      Map<OrganisationId, DeliveryOutcome> answer = channel.deliver(
          new InformationMessage(id, partnershipId, item, at, recipients));
      outcomes = answer == null ? Map.of() : answer;
    } catch (RuntimeException e) {
      outcomes = Map.of();
      whenMissing = DeliveryOutcome.failure("the channel failed: "
          + Optional.ofNullable(e.getMessage()).filter(m -> !m.isBlank())
              .orElse(e.getClass().getSimpleName()));
    }
    Dispatch.Builder dispatch = Dispatch.builder().id(id).partnership(partnershipId).item(item)
        .sentAt(at).sentBy(actor.reference());
    for (Recipient r : recipients) {
      DeliveryOutcome outcome = outcomes.get(r.organisation());
      dispatch.addRecipients(new DispatchRecipient(r.organisation(),
          outcome == null ? whenMissing : outcome));
    }
    Dispatch built = dispatch.build();
    return Either.right(runner.commit(id, actor,
        Change.created(built, id, List.of(InformationSent.of(built)))));
  }

  /**
   * Checks one stored dispatch against {@code INF-SIMULTANEOUS}, with its partnership's
   * memberships as stored now, as of today.
   *
   * @param id the dispatch
   * @return the report, or the refusal {@code DISPATCH_UNKNOWN} (or {@code PARTNERSHIP_UNKNOWN})
   */
  public Either<Refusal, RuleReport> check(DispatchId id) {
    Objects.requireNonNull(id, "id");
    Optional<Dispatch> dispatch = dispatches.findById(id);
    if (dispatch.isEmpty()) {
      return Either.left(PROBLEMS.refusal("dispatch", "DISPATCH_UNKNOWN", "dispatch", id.toString()));
    }
    return partnership(dispatch.get().partnership()).map(p -> InformationRules.check(
        named(DispatchAudit.of(dispatch.get(), p, clock.getZone())), today(), environment));
  }

  /**
   * Checks every dispatch of a partnership sent within a period against {@code
   * INF-SIMULTANEOUS}, one report per dispatch in the order sent.
   *
   * @param partnershipId the partnership
   * @param period the days of sending, in the clock's zone, both ends included
   * @return the reports (none when nothing was sent), or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, List<RuleReport>> check(PartnershipId partnershipId, DateRange period) {
    Objects.requireNonNull(period, "period");
    return partnership(partnershipId).map(p -> InformationRules.checkAll(
        dispatchesOf(partnershipId, period).stream()
            .map(d -> named(DispatchAudit.of(d, p, clock.getZone()))).toList(), today(),
        environment));
  }

  /**
   * The stored dispatch with this id.
   *
   * @param id the id
   * @return the dispatch, or empty
   */
  public Optional<Dispatch> find(DispatchId id) {
    return dispatches.findById(id);
  }

  /**
   * The dispatches of a partnership sent within a period, in the order sent.
   *
   * @param partnershipId the partnership
   * @param period the days of sending, in the clock's zone, both ends included
   * @return the dispatches
   */
  public List<Dispatch> dispatches(PartnershipId partnershipId, DateRange period) {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(period, "period");
    return dispatchesOf(partnershipId, period);
  }

  /**
   * The newsletter of a period: every dispatch of the partnership sent within it, and the extra
   * items given (e.g. from the Map of Local Potentials), ordered by day.
   *
   * @param partnershipId the partnership
   * @param period the days, in the clock's zone, both ends included
   * @param extra further items
   * @return the newsletter, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, Newsletter> newsletter(PartnershipId partnershipId, DateRange period,
      List<NewsletterItem> extra) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(extra, "extra");
    return partnership(partnershipId).map(p -> {
      List<NewsletterItem> items = new ArrayList<>();
      dispatchesOf(partnershipId, period).forEach(d -> items.add(NewsletterItem.from(d, clock.getZone())));
      items.addAll(extra);
      return Newsletter.of(period, items);
    });
  }

  private DispatchAudit named(DispatchAudit audit) {
    java.util.Map<OrganisationId, String> known = new java.util.HashMap<>();
    List<OrganisationId> all = new ArrayList<>(audit.members());
    audit.dispatch().recipients().forEach(r -> all.add(r.organisation()));
    for (OrganisationId id : all) {
      names.apply(id).ifPresent(n -> known.put(id, n));
    }
    return audit.withNames(known);
  }

  private List<Dispatch> dispatchesOf(PartnershipId partnershipId, DateRange period) {
    ZoneId zone = clock.getZone();
    return dispatches.findByPartnership(partnershipId,
        period.start().atStartOfDay(zone).toInstant(),
        period.end().plusDays(1).atStartOfDay(zone).toInstant());
  }

  private Either<Refusal, Partnership> partnership(PartnershipId id) {
    Objects.requireNonNull(id, "partnershipId");
    return partnerships.findById(id).<Either<Refusal, Partnership>>map(Either::right)
        .orElseGet(() -> Either.left(unknownPartnership(id)));
  }

  private static Refusal unknownPartnership(PartnershipId id) {
    return PROBLEMS.refusal("partnership", "PARTNERSHIP_UNKNOWN", "partnership", id.toString());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  /** Every reason the actor may not send to the partnership's members; empty when they may. */
  static List<Problem> access(Partnership partnership, ActingPerson actor) {
    List<Problem> problems = new ArrayList<>();
    Optional<Person> person = partnership.person(actor.person());
    if (person.isEmpty()) {
      problems.add(PROBLEMS.problem("actor.person", "ACTOR_UNKNOWN",
          "person", actor.person().toString(), "partnership", partnership.name()));
    } else {
      OrganisationId org = person.get().organisation();
      boolean everMember = partnership.memberships().stream()
          .anyMatch(m -> m.organisation().equals(org));
      if (!everMember) {
        problems.add(PROBLEMS.problem("actor.person", "ACTOR_OUTSIDE_PARTNERSHIP",
            "person", person.get().name(), "partnership", partnership.name()));
      } else if (!partnership.isActiveMember(org)) {
        problems.add(PROBLEMS.problem("actor.person", "ACTOR_MEMBERSHIP_ENDED",
            "person", person.get().name(), "partnership", partnership.name()));
      }
      if (!partnership.holds(actor.person(), actor.role())) {
        problems.add(PROBLEMS.problem("actor.role", "ACTOR_ROLE_NOT_HELD",
            "person", person.get().name(), "role", actor.role()));
      }
    }
    if (!SENDER_ROLES.contains(actor.role())) {
      problems.add(PROBLEMS.problem("actor.role", "ACTOR_ROLE_NOT_ALLOWED",
          "role", actor.role(), "allowed", List.copyOf(SENDER_ROLES)));
    }
    return problems;
  }
}
