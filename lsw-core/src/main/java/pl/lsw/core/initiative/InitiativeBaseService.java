package pl.lsw.core.initiative;

import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.TextChecks;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import pl.lsw.core.information.NewsletterItem;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;

/**
 * The application service of co-informing: the Map of Local Potentials, the Initiative Bank and
 * the LSW Action Base of each partnership ({@link InitiativeBase}), kept current by verification
 * rounds, with the history of every change and a staleness report.
 *
 * <p>Every command names its actor (a person of the partnership acting in a role) and answers
 * {@code Either<Refusal, Change<InitiativeBase>>}: a refusal lists every reason in both languages
 * and changes nothing; a success returns the bases as stored, the {@link InitiativeBaseChanged}
 * events (published after the save) and, for a new entry or action, its id. A command to a
 * partnership that does not exist is refused with {@code INITIATIVE_BASE_PARTNERSHIP_UNKNOWN}.
 * The bases of a partnership are created with its first entry.
 *
 * <pre>{@code
 * MapEntryId klub = lsw.initiatives().addEntry(kokon, specialist, draft).get()
 *     .createdId(MapEntryId.class);
 * lsw.initiatives().recommend(kokon, manager, klub, today, Optional.empty());
 * }</pre>
 *
 * <p>Thread-safe when its ports are. Polish: <i>obsługa współinformowania: Mapa Potencjałów
 * Lokalnych, Bank Inicjatyw, Baza Działań LSW</i>.
 */
public final class InitiativeBaseService {

  private final InitiativeBaseRepository bases;
  private final PartnershipRepository partnerships;
  private final OrganisationRepository organisations;
  private final Clock clock;
  private final IdSource ids;
  private final RuleEnvironment environment;
  private final CommandRunner<PartnershipId, InitiativeBase> runner;

  /**
   * A service over the given ports.
   *
   * @param bases where the bases are kept
   * @param partnerships where partnerships are read (who may act)
   * @param organisations where organisations are read (their current contact people)
   * @param clock the time of changes and today's date
   * @param ids the source of new entry and action ids
   * @param events where events go after a save
   * @param environment the rules' environment
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public InitiativeBaseService(InitiativeBaseRepository bases, PartnershipRepository partnerships,
      OrganisationRepository organisations, Clock clock, IdSource ids, EventPublisher events,
      RuleEnvironment environment,
      AccessPolicy policy) {
    this.bases = Objects.requireNonNull(bases, "bases");
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.organisations = Objects.requireNonNull(organisations, "organisations");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.runner = new CommandRunner<>("initiatives", new CommandRunner.Store<>() {
      @Override
      public Optional<InitiativeBase> find(PartnershipId id) {
        return partnerships.findById(id)
            .map(p -> bases.find(id).orElseGet(() -> InitiativeBase.empty(id)));
      }

      @Override
      public InitiativeBase save(InitiativeBase state, List<DomainEvent> events) {
        return bases.save(state);
      }
    }, events, id -> InitiativeProblems.PROBLEMS.problem("partnership",
        "INITIATIVE_BASE_PARTNERSHIP_UNKNOWN", "id", id), policy);
  }

  /** The bases of a partnership as stored, if it has any. */
  public Optional<InitiativeBase> find(PartnershipId partnership) {
    return bases.find(partnership);
  }

  /** Adds an entry to the Map (see {@link InitiativeBase#addEntry}); the created id is its id. */
  public Either<Refusal, Change<InitiativeBase>> addEntry(PartnershipId partnership,
      ActingPerson actor, MapEntryDraft draft) {
    MapEntryId id = MapEntryId.of(ids.nextId());
    return run("addEntry", partnership, actor, (b, p) -> b.addEntry(p, actor, id, draft, clock));
  }

  /** Changes an entry of the Map (see {@link InitiativeBase#changeEntry}). */
  public Either<Refusal, Change<InitiativeBase>> changeEntry(PartnershipId partnership,
      ActingPerson actor, MapEntryId entry, MapEntryDraft draft) {
    return run("changeEntry", partnership, actor, (b, p) -> b.changeEntry(p, actor, entry, draft, environment, clock));
  }

  /** Removes an entry that is not in the Bank (see {@link InitiativeBase#removeEntry}). */
  public Either<Refusal, Change<InitiativeBase>> removeEntry(PartnershipId partnership,
      ActingPerson actor, MapEntryId entry) {
    return run("removeEntry", partnership, actor, (b, p) -> b.removeEntry(p, actor, entry, clock));
  }

  /**
   * Recommends an entry into the Initiative Bank under {@code INI-RECOMMENDATION} and {@code
   * INI-COMPLETE} (see {@link InitiativeBase#recommend}).
   */
  public Either<Refusal, Change<InitiativeBase>> recommend(PartnershipId partnership,
      ActingPerson actor, MapEntryId entry, LocalDate on, Optional<MeetingId> meeting) {
    return run("recommend", partnership, actor, (b, p) -> b.recommend(p, actor, entry, on, meeting, environment,
        clock));
  }

  /** Withdraws a recommendation no action uses (see {@link InitiativeBase#withdrawRecommendation}). */
  public Either<Refusal, Change<InitiativeBase>> withdrawRecommendation(PartnershipId partnership,
      ActingPerson actor, MapEntryId entry, String reason) {
    return run("withdrawRecommendation", partnership, actor, (b, p) -> b.withdrawRecommendation(p, actor, entry, reason, clock));
  }

  /** Puts an action into the Action Base (see {@link InitiativeBase#startAction}); the created id is its id. */
  public Either<Refusal, Change<InitiativeBase>> startAction(PartnershipId partnership,
      ActingPerson actor, MapEntryId entry, String name, BodyId consortium, ActionStatus status,
      LocalDate startedOn) {
    ActionId id = ActionId.of(ids.nextId());
    return run("startAction", partnership, actor, (b, p) -> b.startAction(p, actor, id, entry, name, consortium, status,
        startedOn, clock));
  }

  /** Changes an action's status (see {@link InitiativeBase#changeActionStatus}). */
  public Either<Refusal, Change<InitiativeBase>> changeActionStatus(PartnershipId partnership,
      ActingPerson actor, ActionId action, ActionStatus status, LocalDate since) {
    return run("changeActionStatus", partnership, actor, (b, p) -> b.changeActionStatus(p, actor, action, status, since, clock));
  }

  /** Records a consortium's report on its action (see {@link InitiativeBase#recordConsortiumReport}). */
  public Either<Refusal, Change<InitiativeBase>> recordConsortiumReport(PartnershipId partnership,
      ActingPerson actor, ActionId action, ConsortiumReport report) {
    return run("recordConsortiumReport", partnership, actor, (b, p) -> b.recordConsortiumReport(p, actor, action, report, clock));
  }

  /** Removes an action that is over (see {@link InitiativeBase#removeAction}). */
  public Either<Refusal, Change<InitiativeBase>> removeAction(PartnershipId partnership,
      ActingPerson actor, ActionId action) {
    return run("removeAction", partnership, actor, (b, p) -> b.removeAction(p, actor, action, clock));
  }

  /**
   * Records a verification round of the action-bank loop (see {@link
   * InitiativeBase#recordVerificationRound}). Its {@link VerificationRound#conclusionsText()} is
   * the evidence for step 4 of the {@code ACTION_BANK_LOOP} process and for the start of its next
   * iteration ({@code ProcessService.startNextIteration}).
   */
  public Either<Refusal, Change<InitiativeBase>> recordVerificationRound(PartnershipId partnership,
      ActingPerson actor, LocalDate heldOn, List<MapEntryId> entries, List<ActionId> actions,
      List<String> conclusions, Optional<DecisionId> decision) {
    return run("recordVerificationRound", partnership, actor, (b, p) -> b.recordVerificationRound(p, actor, heldOn, entries, actions,
        conclusions, decision, clock));
  }

  /**
   * Checks {@code INI-VERIFICATION} as of today: every Bank entry and every action that is not
   * over verified within the parameter.
   *
   * @param partnership the partnership
   * @return the report, or the refusal for an unknown partnership
   */
  public Either<Refusal, RuleReport> check(PartnershipId partnership) {
    return runner.load(partnership).map(b -> BankRules.check(b, today(), environment));
  }

  /**
   * What is stale as of today: Bank entries and actions not verified in time, actions whose
   * consortium reported another status than the base shows, and contact people of entries of a
   * registered implementer who are no longer among that organisation's contacts (compared by
   * name, ignoring case and surrounding spaces).
   *
   * @param partnership the partnership
   * @return the report, or the refusal for an unknown partnership
   */
  public Either<Refusal, StalenessReport> staleness(PartnershipId partnership) {
    LocalDate today = today();
    return runner.load(partnership).map(b -> {
      List<StalenessReport.DepartedContact> departed = new ArrayList<>();
      for (MapEntry e : b.entries()) {
        if (e.implementer().orElse(null) instanceof Implementer.Registered r) {
          Optional<Organisation> org = organisations.findById(r.organisation());
          for (ContactPerson c : e.contacts()) {
            boolean still = org.map(o -> o.contacts().stream().anyMatch(k -> sameName(k, c)))
                .orElse(false);
            if (!still) {
              departed.add(new StalenessReport.DepartedContact(e.id(),
                  AbstractInitiativeBase.name(e), r.organisation(), c.name()));
            }
          }
        }
      }
      return new StalenessReport(today, b.unverified(today, environment),
          b.actions().stream().filter(Action::reportDiffers).toList(), departed);
    });
  }

  /**
   * The history of the partnership's bases within a period.
   *
   * @param partnership the partnership
   * @param from the first instant (inclusive)
   * @param until the end (exclusive)
   * @return the revisions, oldest first; empty for a partnership with no bases
   */
  public List<Revision> history(PartnershipId partnership, Instant from, Instant until) {
    return bases.find(partnership).map(b -> b.history().between(from, until)).orElse(List.of());
  }

  /**
   * The items of a newsletter about the bases within a period (give them to {@code
   * InformationService.newsletter(partnership, period, items)}): each entry added to the Map, each
   * recommendation into the Bank, each action put into the Action Base or whose status changed,
   * and each verification round, on the day it was recorded (in the clock's zone), titled in
   * Polish and English. Removals, withdrawals and consortium reports are not news.
   *
   * @param partnership the partnership
   * @param period the days, both ends included
   * @return the items, oldest first; empty for a partnership with no bases
   */
  public List<NewsletterItem> newsletterItems(PartnershipId partnership, DateRange period) {
    Objects.requireNonNull(period, "period");
    Optional<InitiativeBase> stored = bases.find(partnership);
    if (stored.isEmpty()) {
      return List.of();
    }
    InitiativeBase b = stored.get();
    java.time.ZoneId zone = clock.getZone();
    List<NewsletterItem> items = new ArrayList<>();
    for (Revision r : b.history().between(period.start().atStartOfDay(zone).toInstant(),
        period.end().plusDays(1).atStartOfDay(zone).toInstant())) {
      BaseChangeKind kind = BaseChangeKind.valueOf(r.kind());
      if (!NEWS.contains(kind) || (kind == BaseChangeKind.VERIFICATION_ROUND
          && !r.subject().startsWith("round:"))) {
        continue;
      }
      String name = subjectName(b, r);
      items.add(NewsletterItem.of(LocalDate.ofInstant(r.at(), zone),
          capitalised(kind.polishName()) + ": " + name, summary(r, Locale.forLanguageTag("pl")),
          capitalised(kind.englishName()) + ": " + name, summary(r, Locale.ENGLISH)));
    }
    return items;
  }

  private static final java.util.Set<BaseChangeKind> NEWS = java.util.EnumSet.of(
      BaseChangeKind.ENTRY_ADDED, BaseChangeKind.ENTRY_RECOMMENDED, BaseChangeKind.ACTION_STARTED,
      BaseChangeKind.ACTION_STATUS_CHANGED, BaseChangeKind.VERIFICATION_ROUND);

  private static String subjectName(InitiativeBase b, Revision r) {
    if (r.subject().startsWith("entry:")) {
      MapEntryId id = MapEntryId.of(r.subject().substring("entry:".length()));
      return b.entry(id).flatMap(MapEntry::name).or(() -> r.change("name").flatMap(c -> c.to()))
          .orElse("");
    }
    if (r.subject().startsWith("action:")) {
      ActionId id = ActionId.of(r.subject().substring("action:".length()));
      return b.action(id).map(Action::name).or(() -> r.change("name").flatMap(c -> c.to()))
          .orElse("");
    }
    return r.subject().substring(r.subject().indexOf(':') + 1);
  }

  /** The fields worth telling, each as "label: value", in the reader's language. */
  private static String summary(Revision r, Locale locale) {
    List<String> parts = new ArrayList<>();
    for (pl.lsw.core.kernel.history.FieldChange c : r.changes()) {
      if (!TOLD.contains(c.field()) || c.to().isEmpty()) {
        continue;
      }
      String label = HistoryFields.label(c.field()).map(l -> l.display(locale)).orElse(c.field());
      String to = HistoryFields.display(c.field(), c.to().get(), locale);
      parts.add(c.from().isPresent()
          ? label + ": " + HistoryFields.display(c.field(), c.from().get(), locale) + " → " + to
          : label + ": " + to);
    }
    return String.join("; ", parts);
  }

  private static final java.util.Set<String> TOLD = java.util.Set.of("description",
      "participationRules", "schedule", "place", "recommendedOn", "status", "statusSince",
      "conclusions");

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static boolean sameName(ContactPerson a, ContactPerson b) {
    return TextChecks.strip(a.name()).toLowerCase(Locale.ROOT).equals(TextChecks.strip(b.name()).toLowerCase(Locale.ROOT));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Either<Refusal, Change<InitiativeBase>> run(String commandName, PartnershipId partnership, Actor actor,
      BiFunction<InitiativeBase, Partnership, Either<Refusal, Change<InitiativeBase>>> command) {
    return runner.run(commandName, partnership, actor, b -> command.apply(b,
        partnerships.findById(partnership).orElseThrow()));
  }
}
