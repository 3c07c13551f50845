package pl.lsw.core;

import pl.lsw.core.evaluation.record.EvaluationService;
import pl.lsw.core.initiative.InitiativeBaseService;
import pl.lsw.core.family.plan.IndividualPlanService;
import pl.lsw.core.family.plan.PlanSourceLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.basket.ServiceBasketService;
import pl.lsw.core.financing.advice.ProcedureAdvisor;
import pl.lsw.core.financing.competition.CompetitionService;
import pl.lsw.core.financing.contract.ContractService;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalService;
import pl.lsw.core.financing.programme.CooperationProgrammeService;
import pl.lsw.core.information.ContactBaseService;
import pl.lsw.core.information.DeliveryOutcome;
import pl.lsw.core.information.InformationChannel;
import pl.lsw.core.information.InformationService;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;
import pl.lsw.core.financing.smallgrant.SmallGrantService;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.service.EventDelivery;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.organisation.OrganisationRegistry;
import pl.lsw.core.partnership.PartnershipService;
import pl.lsw.core.partnership.governance.rules.GovernanceCompliance;
import pl.lsw.core.process.PartnershipProcessAccess;
import pl.lsw.core.process.ProcessDefinitionCatalog;
import pl.lsw.core.process.ProcessService;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleCatalog;
import pl.lsw.core.store.port.LswStore;

/**
 * The embedder's entry point: one object, built once from a store, a clock, an id source and an
 * event publisher, from which every capability of the library is reached.
 *
 * <pre>{@code
 * Lsw lsw = Lsw.builder()
 *     .store(MemoryStore.create())             // or JdbcStore.builder(dataSource).migrate(true).build()
 *     .clock(Clock.system(ZoneId.of("Europe/Warsaw")))
 *     .ids(UUID::randomUUID)                   // or your database's sequence, or a fixed list in tests
 *     .events(bus::send)                       // your publisher; events reach it through the store's outbox
 *     .build();
 * Organisation org = lsw.organisations().register(RegistryClerk.of("inspektorka"), draft)
 *     .get().state();
 * }</pre>
 *
 * <p>The library never reads the system clock or makes random ids itself: time comes from the
 * {@link Clock} and ids, of aggregates and of events, from the {@link IdSource} given here (events
 * may take theirs from another, {@link Builder#eventIds}), so tests can fix both.
 *
 * <p><b>Events.</b> Every change is written together with its events to the store's outbox
 * ({@link LswStore#outbox()}) in one unit: both are stored or neither. After the commit the events
 * are handed to the publisher given to {@link Builder#events}, in order per aggregate, <b>at
 * least once</b>; a publisher that throws never makes a stored command look failed, its events
 * stay in the outbox and are tried again ({@link #delivery()}). Consumers must be idempotent: a
 * redelivered event carries the same {@link pl.lsw.core.kernel.OutboxEntry#eventId()}. A command
 * given inside {@link #once} is recorded with the caller's idempotency key, so sending it again
 * after a lost answer gives the first answer instead of a second change.
 *
 * <p>The application services are thread-safe when the store, the id sources and the publisher
 * are.
 *
 * <p>Polish: <i>punkt wejścia biblioteki LSW</i>.
 */
public final class Lsw {

  private final LswStore store;
  private final Clock clock;
  private final IdSource ids;
  private final EventPublisher events;
  private final EventDelivery delivery;
  private final ParameterSet parameters;
  private final WorkingDayCalendar calendar;
  private final RuleEnvironment environment;
  private final OrganisationRegistry organisations;
  private final PartnershipService partnerships;
  private final ProcessService processes;
  private final GovernanceCompliance governance;
  private final SmallGrantChecker smallGrantChecker;
  private final SmallGrantService smallGrants;
  private final ProcedureAdvisor procedures;
  private final CompetitionService competitions;
  private final ContractService contracts;
  private final OwnInitiativeProposalService ownInitiativeProposals;
  private final CooperationProgrammeService cooperationProgrammes;
  private final InitiativeBaseService initiatives;
  private final ServiceBasketService basket;
  private final InformationService information;
  private final ContactBaseService contactBases;
  private final IndividualPlanService plans;
  private final EvaluationService evaluation;

  private Lsw(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.ids = b.ids;
    this.events = b.events;
    this.delivery = new EventDelivery(store.outbox(), b.events, clock,
        b.eventIds == null ? ids : b.eventIds, b.deliverAfterCommit);
    EventPublisher events = delivery;
    this.parameters = b.parameters;
    this.calendar = b.calendar;
    this.organisations = new OrganisationRegistry(store.organisations(), clock, ids, events, b.accessPolicy);
    this.processes = new ProcessService(store.processes(), ProcessDefinitionCatalog.standard(),
        clock, ids, events, new PartnershipProcessAccess(store.partnerships()), b.accessPolicy);
    this.governance = new GovernanceCompliance(store.partnerships(), store.organisations(), clock,
        parameters);
    this.environment = RuleEnvironment.of(parameters, calendar);
    this.partnerships = new PartnershipService(store.partnerships(), store.organisations(), clock,
        ids, events, environment, b.accessPolicy);
    this.smallGrantChecker = new SmallGrantChecker(environment);
    this.smallGrants = new SmallGrantService(store.smallGrants(), clock, ids, events,
        smallGrantChecker, b.accessPolicy);
    this.procedures = ProcedureAdvisor.standard(environment);
    this.competitions = new CompetitionService(store.competitions(), events, clock, environment, b.accessPolicy);
    this.contracts = new ContractService(store.contracts(), events, clock, ids, environment, b.accessPolicy);
    this.ownInitiativeProposals = new OwnInitiativeProposalService(store.ownInitiativeProposals(), events,
        clock, b.accessPolicy);
    this.cooperationProgrammes = new CooperationProgrammeService(store.cooperationProgrammes(), events,
        clock, environment, b.accessPolicy);
    this.initiatives = new InitiativeBaseService(store.initiativeBases(), store.partnerships(),
        store.organisations(), clock, ids, events, environment, b.accessPolicy);
    this.basket = new ServiceBasketService(store.serviceBaskets(), store.partnerships(), clock, ids,
        events, environment, b.accessPolicy);
    this.information = new InformationService(store.dispatches(), store.partnerships(),
        id -> store.organisations().findById(id).map(pl.lsw.core.organisation.Organisation::name),
        b.informationChannel, clock, ids, events, environment, b.accessPolicy);
    this.contactBases = new ContactBaseService(store.contactBases(), store.partnerships(), clock,
        ids, events, b.accessPolicy);
    this.plans = new IndividualPlanService(store.individualPlans(), store.supportedFamilies(),
        store.partnerships(), PlanSourceLookup.coInforming(store.initiativeBases(),
            store.serviceBaskets()), clock, ids, events, environment, b.accessPolicy);
    this.evaluation = new EvaluationService(store.evaluations(), store.partnerships(),
        store.initiativeBases(), store.dispatches(), store.organisations(), clock, ids,
        events, environment, b.accessPolicy);
  }

  /** The channel of an entry point built without one: every delivery fails. */
  private static final InformationChannel NO_INFORMATION_CHANNEL = message -> {
    java.util.Map<pl.lsw.core.organisation.OrganisationId, DeliveryOutcome> out = new java.util.HashMap<>();
    message.recipients().forEach(r -> out.put(r.organisation(),
        DeliveryOutcome.failure("no information channel configured")));
    return out;
  };

  /** A builder; {@link Builder#build()} lists every missing part at once. */
  public static Builder builder() {
    return new Builder();
  }

  /** The organisation registry: partners and other organisations, with their identifiers. */
  public OrganisationRegistry organisations() {
    return organisations;
  }

  /**
   * Partnerships: founding, members, people, bodies, matters, meetings and decisions, each command
   * naming its actor and checked against the partnership's access rules.
   */
  public PartnershipService partnerships() {
    return partnerships;
  }

  /**
   * The staged processes of building and running a partnership (the LSW stages, the action-bank
   * loop, the DPZM cycle, the Model Kooperacji first implementation); only people of the
   * partnership's active members, acting in roles they hold, may record steps.
   */
  public ProcessService processes() {
    return processes;
  }

  /** Governance compliance reports: every breach of the GOV rules over a period, with dates. */
  public GovernanceCompliance governance() {
    return governance;
  }

  /**
   * Small grants outside a competition (UDPP art. 19a): receiving offers, publishing them,
   * comments, contracts; a contract is signed only when every rule holds against the stored
   * grants of that organisation and body.
   */
  public SmallGrantService smallGrants() {
    return smallGrants;
  }

  /**
   * Checks of small grants without storing them: one grant against a history, or a whole year of
   * a body's grants at once with totals per organisation.
   */
  public SmallGrantChecker smallGrantChecker() {
    return smallGrantChecker;
  }

  /** "Which procedures may this task use?": every funding procedure with its verdict and reasons. */
  public ProcedureAdvisor procedures() {
    return procedures;
  }

  /** Open competitions of offers: announcement, committee, offers, assessment, results, annulment. */
  public CompetitionService competitions() {
    return competitions;
  }

  /** Grant contracts: amendments, cost shifts, reports and returns. */
  public ContractService contracts() {
    return contracts;
  }

  /** Own-initiative proposals (UDPP art. 12): receiving them and recording their assessment. */
  public OwnInitiativeProposalService ownInitiativeProposals() {
    return ownInitiativeProposals;
  }

  /** Yearly cooperation programmes (UDPP art. 5a): recording and checking them. */
  public CooperationProgrammeService cooperationProgrammes() {
    return cooperationProgrammes;
  }

  /**
   * Co-informing: each partnership's Map of Local Potentials, Initiative Bank (recommendations by
   * the Task Team under {@code INI-RECOMMENDATION}) and LSW Action Base, with verification rounds,
   * the history of every change and a staleness report.
   */
  public InitiativeBaseService initiatives() {
    return initiatives;
  }

  /**
   * The Local Service Basket of each partnership: its partners' services with access conditions
   * and contact people, agreed at partnership meetings, kept current and published.
   */
  public ServiceBasketService basket() {
    return basket;
  }

  /**
   * Co-informing: sending a piece of information to every active member of a partnership at one
   * instant through the {@link Builder#informationChannel information channel}, the record of
   * dispatches, their check against {@code INF-SIMULTANEOUS}, and the newsletter of a period.
   */
  public InformationService information() {
    return information;
  }

  /**
   * The contact bases of co-informing: each partnership's base of key external partners, kept by
   * commands with its history of changes, and the internal contact base derived from the people
   * of its active members.
   */
  public ContactBaseService contactBases() {
    return contactBases;
  }

  /**
   * Supported families (pseudonymous references with consent and needs) and their individual
   * plans: preparing and changing plans, reviews, closing, checks against the PLAN rules and the
   * history of every change. The sources of plan items are not looked up yet ({@link
   * PlanSourceLookup#none()}): no access conditions or providers are checked against the
   * Initiative Bank or the Local Service Basket.
   */
  public IndividualPlanService plans() {
    return plans;
  }

  /**
   * The evaluation of partnerships: the cooperation-typology assessments (Najam's relationships,
   * ladders of cooperation, observed interactions) and the evaluation surveys (network surveys,
   * cooperation-quality waves), the partners' resources and the reviews, with the partnership's
   * profile, stage history, networking forms, network measures, wave comparisons and the
   * typology rules' report.
   */
  public EvaluationService evaluation() {
    return evaluation;
  }

  /** Every rule the library knows: code, severity, source, parameters, titles in Polish and English. */
  public RuleCatalog rules() {
    return StandardRules.catalog();
  }

  /** The rule parameters in force, with the dates from which each value applies. */
  public ParameterSet parameters() {
    return parameters;
  }

  /** The rules' environment every capability is given: the parameters and the calendar. */
  public RuleEnvironment ruleEnvironment() {
    return environment;
  }

  /** The working-day calendar used for statutory deadlines. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  /** The clock the library takes time from. */
  public Clock clock() {
    return clock;
  }

  /** Today in the clock's zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The store given to the builder. */
  public LswStore store() {
    return store;
  }

  /** The id source given to the builder. */
  public IdSource ids() {
    return ids;
  }

  /** The event publisher given to the builder, which the outbox delivers to. */
  public EventPublisher events() {
    return events;
  }

  /**
   * The delivery of events through the store's outbox: deliver what is due now ({@link
   * EventDelivery#deliver()}, e.g. on a schedule or at start-up after a crash), redeliver at once
   * what failed ({@link EventDelivery#redeliver()}), see what is undelivered and why, and the
   * history of an aggregate (who changed it, when, with which events).
   *
   * @return the delivery
   */
  public EventDelivery delivery() {
    return delivery;
  }

  /**
   * Runs a command under the caller's idempotency key, e.g. the id of the request in the
   * embedding system: the first change it stores is recorded with the key in the same unit; sent
   * again with the same key (a retry after a lost answer), the command is not run again and the
   * answer is the first one (the aggregate as stored now, the first time's events and created id).
   *
   * <pre>{@code
   * Either<Refusal, Change<Partnership>> founded =
   *     lsw.once(requestId, () -> lsw.partnerships().found(founding));
   * }</pre>
   *
   * <p>A refused command records nothing, so its retry runs again.
   *
   * @param key the caller's key; not blank, at most {@value EventDelivery#MAX_KEY_LENGTH}
   *     characters
   * @param command the command
   * @param <T> the command's result
   * @return the command's result
   * @throws IllegalArgumentException for a blank or too long key
   * @throws pl.lsw.core.kernel.DuplicateKeyException when the same key runs on another thread at
   *     this moment and stored first; asked again, the recorded answer comes back
   */
  public <T> T once(String key, java.util.function.Supplier<T> command) {
    return delivery.withKey(key, command);
  }

  /** Builds an {@link Lsw}. Not thread-safe; the built object is. */
  public static final class Builder {
    private LswStore store;
    private Clock clock;
    private IdSource ids;
    private EventPublisher events;
    private IdSource eventIds;
    private boolean deliverAfterCommit = true;
    private ParameterSet parameters = StandardRules.parameters();
    private WorkingDayCalendar calendar = WorkingDayCalendar.polish();
    private InformationChannel informationChannel = NO_INFORMATION_CHANNEL;
    private AccessPolicy accessPolicy = AccessPolicy.libraryRoles();

    private Builder() {}

    /** The store of every capability's data (required). */
    public Builder store(LswStore store) {
      this.store = store;
      return this;
    }

    /** The clock the library takes time from (required). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The source of new aggregate ids (required). */
    public Builder ids(IdSource ids) {
      this.ids = ids;
      return this;
    }

    /**
     * Where domain events are delivered after each successful change (required). They reach it
     * through the store's outbox, at least once and in order per aggregate; it may throw, and what
     * it refused is tried again later.
     */
    public Builder events(EventPublisher events) {
      this.events = events;
      return this;
    }

    /**
     * The source of the ids of events (optional; by default the source given to {@link #ids},
     * so a test that counts the ids it hands out sees the events' ids among them).
     */
    public Builder eventIds(IdSource eventIds) {
      this.eventIds = Objects.requireNonNull(eventIds, "eventIds");
      return this;
    }

    /**
     * Whether every commit delivers the events that are due at once (optional; default {@code
     * true}). With {@code false} events wait in the outbox until {@link Lsw#delivery()}{@code
     * .deliver()} is called, e.g. by the embedder's scheduler on another thread.
     */
    public Builder deliverAfterCommit(boolean deliverAfterCommit) {
      this.deliverAfterCommit = deliverAfterCommit;
      return this;
    }

    /**
     * The rule parameters (optional; default {@link StandardRules#parameters()}). To evaluate
     * under a changed law from a date, pass e.g. {@code StandardRules.parameters().overlay(
     * StatutoryParameters.draft2025(LocalDate.of(2027, 1, 1)))}.
     */
    public Builder parameters(ParameterSet parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /** The working-day calendar (optional; default {@link WorkingDayCalendar#polish()}). */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * How information reaches the partnerships' members: e-mail, a portal (optional; without one
     * every delivery is recorded as failed, {@code "no information channel configured"}, and
     * {@code INF-SIMULTANEOUS} reports it).
     */
    public Builder informationChannel(InformationChannel channel) {
      this.informationChannel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /**
     * What the embedding system knows about access (optional; default {@link
     * AccessPolicy#libraryRoles()}, which permits what the library's own role checks permit).
     * Every command of every capability asks it first; its refusal is the command's refusal and
     * changes nothing. See {@code docs/ACCESS.md}.
     */
    public Builder accessPolicy(AccessPolicy policy) {
      this.accessPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the entry point.
     *
     * @throws InvalidInputException listing every missing part
     */
    public Lsw build() {
      List<Problem> problems = new ArrayList<>();
      if (store == null) {
        problems.add(LswProblems.PROBLEMS.problem("store", "LSW_STORE_MISSING"));
      }
      if (clock == null) {
        problems.add(LswProblems.PROBLEMS.problem("clock", "LSW_CLOCK_MISSING"));
      }
      if (ids == null) {
        problems.add(LswProblems.PROBLEMS.problem("ids", "LSW_IDS_MISSING"));
      }
      if (events == null) {
        problems.add(LswProblems.PROBLEMS.problem("events", "LSW_EVENTS_MISSING"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return new Lsw(this);
    }
  }
}
