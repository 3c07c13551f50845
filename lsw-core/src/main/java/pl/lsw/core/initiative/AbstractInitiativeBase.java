package pl.lsw.core.initiative;

import io.vavr.control.Either;
import io.vavr.control.Validation;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.FieldChanges;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;

/**
 * The three nested bases of a partnership's co-informing (seed 000 Rysunek 6): the Map of Local
 * Potentials (every {@link MapEntry} found), the Initiative Bank (the entries the Task Team
 * recommended, {@link Recommendation}) and the LSW Action Base (the {@link Action}s the
 * partnership runs, each carrying out a Bank entry), with the verification rounds of the
 * action-bank loop and the history of every change.
 *
 * <p>Polish: <i>bazy współinformowania LSW: Mapa Potencjałów Lokalnych, Bank Inicjatyw i Baza
 * Działań LSW</i>.
 *
 * <p><b>Nesting.</b> Map ⊇ Bank ⊇ Action Base always holds: only an entry of the Map is
 * recommended; only a Bank entry gets an action; an entry of the Bank is not removed from the
 * Map ({@code ENTRY_RECOMMENDED}) and its change keeps it complete; a recommendation that an
 * action uses is not withdrawn ({@code RECOMMENDATION_IN_USE}, naming each action).
 *
 * <p><b>Commands</b> take the partnership (for who may act), the actor and the time, and answer
 * a {@link pl.lsw.core.kernel.Refusal} listing every reason — who may act, the input and the rules at once — or the
 * {@link pl.lsw.core.kernel.Change} with the new state and one {@link InitiativeBaseChanged} whose revision is
 * appended to the {@link #history()}. Who may act:
 *
 * <ul>
 *   <li>add or change an entry of the Map: any registered person of an active member, in a role
 *       they hold;
 *   <li>remove an entry, recommend, withdraw a recommendation, record a verification round: the
 *       Task Team ({@link BankRules#TASK_TEAM_ROLES}); recommending checks it as part of rule
 *       {@code INI-RECOMMENDATION};
 *   <li>put an action into the Base or remove one that is over: the Task Team or the Steering
 *       Committee (its chair or a member);
 *   <li>change an action's status or record its consortium's report: the Task Team, or a member
 *       of the consortium running it ({@code ACTOR_NOT_IN_CONSORTIUM} otherwise).
 * </ul>
 *
 * <p>Immutable; each command returns a new state. The version is the store's optimistic lock.
 */
@Value.Immutable
abstract class AbstractInitiativeBase {

  private static final Set<ActingRole> ANYONE = Set.of(ActingRole.values());
  private static final Set<ActingRole> DECIDERS = union(BankRules.TASK_TEAM_ROLES,
      Set.of(ActingRole.STEERING_COMMITTEE_CHAIR, ActingRole.STEERING_COMMITTEE_MEMBER));
  private static final Set<ActingRole> RUNNERS = union(BankRules.TASK_TEAM_ROLES,
      Set.of(ActingRole.CONSORTIUM_MEMBER));

  /** The partnership whose bases these are. */
  public abstract PartnershipId partnership();

  /** The version the state was read at; 0 for bases not stored yet. */
  @Value.Default
  @Value.Auxiliary
  public long version() {
    return 0;
  }

  /** The Map of Local Potentials: every entry, in the order added. */
  public abstract List<MapEntry> entries();

  /** The Initiative Bank: the recommendations in force, in the order made. */
  public abstract List<Recommendation> recommendations();

  /** The LSW Action Base: the actions, in the order put in. */
  public abstract List<Action> actions();

  /** The verification rounds, in the order held. */
  public abstract List<VerificationRound> rounds();

  /** Every change, oldest first. */
  @Value.Default
  public History history() {
    return History.empty();
  }

  /** The nesting always holds and ids are unique; a broken state is a programming error. */
  @Value.Check
  protected void check() {
    Set<MapEntryId> ids = new HashSet<>();
    for (MapEntry e : entries()) {
      if (!ids.add(e.id())) {
        throw new IllegalStateException("the map holds entry " + e.id() + " twice");
      }
    }
    Set<MapEntryId> bank = new HashSet<>();
    for (Recommendation r : recommendations()) {
      if (!ids.contains(r.entry()) || !bank.add(r.entry())) {
        throw new IllegalStateException("the bank holds " + r.entry()
            + " twice or without a map entry");
      }
    }
    Set<ActionId> actions = new HashSet<>();
    for (Action a : actions()) {
      if (!bank.contains(a.entry()) || !actions.add(a.id())) {
        throw new IllegalStateException("action " + a.id() + " twice or without a bank entry");
      }
    }
  }

  /** Empty bases of a partnership, not stored yet. */
  public static InitiativeBase empty(PartnershipId partnership) {
    return InitiativeBase.builder().partnership(partnership).build();
  }

  // ------------------------------------------------------------------ queries

  /** The entry of the Map with this id. */
  public Optional<MapEntry> entry(MapEntryId id) {
    return entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The recommendation of the entry, if it is in the Bank. */
  public Optional<Recommendation> recommendation(MapEntryId id) {
    return recommendations().stream().filter(r -> r.entry().equals(id)).findFirst();
  }

  /** Whether the entry is in the Bank. */
  public boolean isRecommended(MapEntryId id) {
    return recommendation(id).isPresent();
  }

  /** The Initiative Bank: the recommended entries, in the order recommended. */
  public List<MapEntry> bank() {
    return recommendations().stream().map(r -> entry(r.entry()).orElseThrow()).toList();
  }

  /** The action with this id. */
  public Optional<Action> action(ActionId id) {
    return actions().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The actions carrying out an entry. */
  public List<Action> actionsOf(MapEntryId entry) {
    return actions().stream().filter(a -> a.entry().equals(entry)).toList();
  }

  /**
   * The day from which an entry's verification is counted: its last verification, else its
   * recommendation, else the day it was added.
   */
  public LocalDate verificationBasis(MapEntry entry) {
    return entry.lastVerifiedOn().or(() -> recommendation(entry.id()).map(Recommendation::recommendedOn))
        .orElse(entry.addedOn());
  }

  /** The history of one entry of the Map (its recommendation included). */
  public List<Revision> historyOf(MapEntryId entry) {
    return history().of(subject(entry));
  }

  /** The history of one action. */
  public List<Revision> historyOf(ActionId action) {
    return history().of(subject(action));
  }

  /** The history subject of an entry: {@code "entry:<id>"}. */
  public static String subject(MapEntryId id) {
    return "entry:" + id;
  }

  /** The history subject of an action: {@code "action:<id>"}. */
  public static String subject(ActionId id) {
    return "action:" + id;
  }

  // ------------------------------------------------------------------ the Map

  /**
   * Adds an entry to the Map, from raw input checked at once with who may act.
   *
   * @param partnership the partnership (who may act)
   * @param actor who adds it
   * @param id the new entry's id
   * @param draft the raw input
   * @param clock the time of the change and today's date
   * @return the change (created id: the entry's), or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> addEntry(Partnership partnership,
      ActingPerson actor, MapEntryId id, MapEntryDraft draft, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, ANYONE, WHAT_ADD);
    if (entry(id).isPresent()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ENTRY_EXISTS", "id", id));
    }
    Validation<Seq<Problem>, MapEntry> entry = MapEntry.validate(id, draft);
    if (entry.isInvalid()) {
      entry.getError().forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    MapEntry added = entry.get();
    InitiativeBase next = self().withEntries(append(entries(), added));
    return done(next, BaseChangeKind.ENTRY_ADDED, actor, subject(id), entryChanges(null, added), at,
        Optional.of(id));
  }

  /**
   * Changes an entry of the Map to the draft's values. A Bank entry stays complete ({@code
   * INI-COMPLETE}) and keeps its service conditions and target group ({@code
   * INI-RECOMMENDATION}); the history records each changed field from its old to its new value.
   *
   * @param partnership the partnership (who may act)
   * @param actor who changes it
   * @param id the entry
   * @param draft the new values (start from {@link MapEntryDraft#from(MapEntry)})
   * @param environment the rules' environment
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> changeEntry(Partnership partnership,
      ActingPerson actor, MapEntryId id, MapEntryDraft draft, RuleEnvironment environment,
      Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, ANYONE, WHAT_CHANGE);
    Optional<MapEntry> before = known(problems, id);
    Validation<Seq<Problem>, MapEntry> after = MapEntry.validate(id, draft);
    if (after.isInvalid()) {
      after.getError().forEach(problems::add);
    } else if (before.isPresent() && isRecommended(id)) {
      LocalDate day = LocalDate.now(clock);
      MapEntryRules.check(after.get(), day, environment).violations()
          .forEach(f -> problems.add(f.toProblem()));
      BankRules.check(new RecommendationCandidate(after.get(), actor.role(), true), day,
          environment).violations().forEach(f -> problems.add(f.toProblem()));
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    List<FieldChange> changes = entryChanges(before.get(), after.get());
    InitiativeBase next = self().withEntries(entries().stream()
        .map(e -> e.id().equals(id) ? after.get() : e).toList());
    return done(next, BaseChangeKind.ENTRY_CHANGED, actor, subject(id), changes, at,
        Optional.empty());
  }

  /**
   * Removes an entry from the Map; refused for an entry of the Bank ({@code ENTRY_RECOMMENDED}).
   *
   * @param partnership the partnership (who may act)
   * @param actor who removes it (the Task Team)
   * @param id the entry
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> removeEntry(Partnership partnership,
      ActingPerson actor, MapEntryId id, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, BankRules.TASK_TEAM_ROLES, WHAT_REMOVE);
    Optional<MapEntry> entry = known(problems, id);
    if (entry.isPresent() && isRecommended(id)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ENTRY_RECOMMENDED",
          "entry", name(entry.get())));
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    InitiativeBase next = self().withEntries(entries().stream().filter(e -> !e.id().equals(id))
        .toList());
    return done(next, BaseChangeKind.ENTRY_REMOVED, actor, subject(id),
        entryChanges(entry.get(), null), at, Optional.empty());
  }

  // ------------------------------------------------------------------ the Bank

  /**
   * Recommends an entry of the Map into the Initiative Bank. Refused with every reason at once:
   * who acts (registered, active member, holding the role named), an unknown or already
   * recommended entry, a meeting the partnership did not record, and the findings of {@code
   * INI-RECOMMENDATION} (the Task Team only; service conditions and a target group defined) and
   * {@code INI-COMPLETE} (the five fields of a Bank entry).
   *
   * @param partnership the partnership
   * @param actor who recommends (a person of the Task Team)
   * @param id the entry
   * @param on the day of the recommendation (not after today)
   * @param meeting the Task Team meeting where it was decided, if recorded
   * @param environment the rules' environment
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> recommend(Partnership partnership,
      ActingPerson actor, MapEntryId id, LocalDate on, Optional<MeetingId> meeting,
      RuleEnvironment environment, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, ANYONE, WHAT_RECOMMEND);
    Optional<MapEntry> entry = known(problems, id);
    if (entry.isPresent() && isRecommended(id)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ENTRY_ALREADY_RECOMMENDED",
          "entry", name(entry.get())));
    }
    notInFuture(problems, "on", on, clock);
    if (entry.isPresent() && on.isBefore(entry.get().addedOn())) {
      problems.add(InitiativeProblems.PROBLEMS.problem("on", "RECOMMENDED_BEFORE_ADDED",
          "on", on, "added", entry.get().addedOn()));
    }
    meeting.ifPresent(m -> {
      if (partnership.meeting(m).isEmpty()) {
        problems.add(InitiativeProblems.PROBLEMS.problem("meeting", "MEETING_UNKNOWN", "id", m));
      }
    });
    if (entry.isPresent()) {
      boolean taskTeam = BankRules.TASK_TEAM_ROLES.contains(actor.role())
          && partnership.holds(actor.person(), actor.role());
      LocalDate day = LocalDate.now(clock);
      RuleReport rule = BankRules.check(new RecommendationCandidate(entry.get(), actor.role(),
          taskTeam), day, environment);
      rule.violations().forEach(f -> problems.add(f.toProblem()));
      MapEntryRules.check(entry.get(), day, environment).violations()
          .forEach(f -> problems.add(f.toProblem().under("entry")));
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    Recommendation r = new Recommendation(id, on, actor.person(), meeting);
    InitiativeBase next = self().withRecommendations(append(recommendations(), r));
    List<FieldChange> changes = new ArrayList<>();
    changes.add(FieldChange.of("recommendedOn", null, on.toString()));
    meeting.ifPresent(m -> changes.add(FieldChange.of("meeting", null, m.toString())));
    return done(next, BaseChangeKind.ENTRY_RECOMMENDED, actor, subject(id), changes, at,
        Optional.empty());
  }

  /**
   * Withdraws the recommendation of an entry, which stays on the Map. Refused while an action of
   * the Base carries it out ({@code RECOMMENDATION_IN_USE}, one reason per action, naming it).
   *
   * @param partnership the partnership (who may act)
   * @param actor who withdraws it (the Task Team)
   * @param id the entry
   * @param reason why, in words (required)
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> withdrawRecommendation(Partnership partnership,
      ActingPerson actor, MapEntryId id, String reason, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, BankRules.TASK_TEAM_ROLES, WHAT_WITHDRAW);
    Optional<MapEntry> entry = known(problems, id);
    if (entry.isPresent() && !isRecommended(id)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ENTRY_NOT_RECOMMENDED",
          "entry", name(entry.get())));
    }
    for (Action a : actionsOf(id)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "RECOMMENDATION_IN_USE",
          "entry", name(entry.get()), "action", a.name(), "status", a.status()));
    }
    TextChecks.requireText(problems, "reason", "WITHDRAWAL_REASON", WITHDRAWAL_REASON, reason,
        VerificationRound.MAX_CONCLUSION);
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    Recommendation r = recommendation(id).orElseThrow();
    InitiativeBase next = self().withRecommendations(recommendations().stream()
        .filter(x -> !x.entry().equals(id)).toList());
    return done(next, BaseChangeKind.RECOMMENDATION_WITHDRAWN, actor, subject(id),
        List.of(FieldChange.of("recommendedOn", r.recommendedOn().toString(), null),
            FieldChange.of("withdrawalReason", null, TextChecks.strip(reason))), at, Optional.empty());
  }

  // ------------------------------------------------------------------ the Action Base

  /**
   * Puts an action carrying out a Bank entry into the Action Base. Refused with every reason: who
   * acts, an entry not in the Bank ({@code ACTION_ENTRY_NOT_IN_BANK}), a consortium the
   * partnership does not have ({@code CONSORTIUM_UNKNOWN}), an id already used, the action's own
   * rules.
   *
   * @param partnership the partnership
   * @param actor who puts it in (the Task Team or the Steering Committee)
   * @param id the new action's id
   * @param entry the Bank entry it carries out
   * @param name its name
   * @param consortium the Executive Consortium running it
   * @param status its status (usually planned or running)
   * @param startedOn the day it enters the base (not after today)
   * @param clock the time of the change and today's date
   * @return the change (created id: the action's), or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> startAction(Partnership partnership,
      ActingPerson actor, ActionId id, MapEntryId entry, String name, BodyId consortium,
      ActionStatus status, LocalDate startedOn, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, DECIDERS, WHAT_START);
    if (action(id).isPresent()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ACTION_EXISTS", "id", id));
    }
    Optional<MapEntry> e = known(problems, entry);
    if (e.isPresent() && !isRecommended(entry)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("entry", "ACTION_ENTRY_NOT_IN_BANK",
          "entry", name(e.get())));
    }
    if (partnership.consortium(consortium).isEmpty()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("consortium", "CONSORTIUM_UNKNOWN",
          "id", consortium));
    }
    notInFuture(problems, "startedOn", startedOn, clock);
    Optional<Action> action = Optional.empty();
    try {
      action = Optional.of(new Action(id, entry, name, consortium, status, startedOn, startedOn,
          Optional.empty(), Optional.empty()));
    } catch (pl.lsw.core.kernel.InvalidInputException invalid) {
      problems.addAll(invalid.problems());
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    InitiativeBase next = self().withActions(append(actions(), action.get()));
    return done(next, BaseChangeKind.ACTION_STARTED, actor, subject(id),
        actionChanges(null, action.get()), at, Optional.of(id));
  }

  /**
   * Changes an action's status from a day. Refused with every reason: who acts (a member of its
   * consortium or the Task Team), an unknown action, the same status, a day before the current
   * status or after today.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param id the action
   * @param status the new status
   * @param since the day it holds from
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> changeActionStatus(Partnership partnership,
      ActingPerson actor, ActionId id, ActionStatus status, LocalDate since, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, RUNNERS, WHAT_STATUS);
    Optional<Action> a = knownAction(problems, id);
    a.ifPresent(x -> consortiumMember(problems, partnership, actor, x));
    notInFuture(problems, "since", since, clock);
    if (a.isPresent()) {
      if (a.get().status() == status) {
        problems.add(InitiativeProblems.PROBLEMS.problem("status", "ACTION_STATUS_SAME",
            "action", a.get().name(), "status", status));
      }
      if (since.isBefore(a.get().statusSince())) {
        problems.add(InitiativeProblems.PROBLEMS.problem("since", "ACTION_STATUS_BACKDATED",
            "since", since, "current", a.get().statusSince()));
      }
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    Action after = a.get().withStatus(status, since);
    return done(replace(after), BaseChangeKind.ACTION_STATUS_CHANGED, actor, subject(id),
        actionChanges(a.get(), after), at, Optional.empty());
  }

  /**
   * Records what the action's consortium reported: its status on a day. The base's own status is
   * not changed; when the two differ, the staleness report says so until the base is brought up
   * to date with {@link #changeActionStatus}.
   *
   * @param partnership the partnership
   * @param actor who records it (a member of the consortium, or the Task Team)
   * @param id the action
   * @param report the report
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> recordConsortiumReport(Partnership partnership,
      ActingPerson actor, ActionId id, ConsortiumReport report, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, RUNNERS, WHAT_REPORT);
    Optional<Action> a = knownAction(problems, id);
    a.ifPresent(x -> consortiumMember(problems, partnership, actor, x));
    notInFuture(problems, "report.reportedOn", report.reportedOn(), clock);
    if (a.isPresent() && report.reportedOn().isBefore(a.get().startedOn())) {
      problems.add(InitiativeProblems.PROBLEMS.problem("report.reportedOn",
          "REPORT_BEFORE_START", "reported", report.reportedOn(), "started", a.get().startedOn()));
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    Action after = a.get().reported(report);
    return done(replace(after), BaseChangeKind.ACTION_REPORTED, actor, subject(id),
        actionChanges(a.get(), after), at, Optional.empty());
  }

  /**
   * Removes an action that is over (completed or cancelled) from the Action Base; its history
   * stays. Refused for an action that is not over ({@code ACTION_NOT_OVER}).
   *
   * @param partnership the partnership
   * @param actor who removes it (the Task Team or the Steering Committee)
   * @param id the action
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> removeAction(Partnership partnership,
      ActingPerson actor, ActionId id, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, DECIDERS, WHAT_REMOVE_ACTION);
    Optional<Action> a = knownAction(problems, id);
    if (a.isPresent() && !a.get().status().isOver()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ACTION_NOT_OVER",
          "action", a.get().name(), "status", a.get().status()));
    }
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    InitiativeBase next = self().withActions(actions().stream().filter(x -> !x.id().equals(id))
        .toList());
    return done(next, BaseChangeKind.ACTION_REMOVED, actor, subject(id),
        actionChanges(a.get(), null), at, Optional.empty());
  }

  // ------------------------------------------------------------------ verification

  /**
   * Records a verification round of the action-bank loop: the entries and actions verified on a
   * day (each gets that day as its last verification), the conclusions, and the partnership's
   * decision that adopted them, if recorded. Refused with every reason: who acts (the Task Team),
   * nothing verified ({@code ROUND_EMPTY}), an unknown entry or action (by index), a day after
   * today or before an entry was added or an action started, no conclusion or a blank one, a
   * decision the partnership did not record ({@code DECISION_UNKNOWN}).
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param heldOn the day of the round
   * @param entries the entries verified
   * @param actions the actions verified
   * @param conclusions the conclusions, at least one
   * @param decision the decision that adopted them, if recorded
   * @param clock the time of the change and today's date
   * @return the change, or every reason
   */
  public Either<Refusal, Change<InitiativeBase>> recordVerificationRound(Partnership partnership,
      ActingPerson actor, LocalDate heldOn, List<MapEntryId> entries, List<ActionId> actions,
      List<String> conclusions, Optional<DecisionId> decision, Clock clock) {
    Instant at = clock.instant();
    List<Problem> problems = access(partnership, actor, BankRules.TASK_TEAM_ROLES, WHAT_VERIFY);
    notInFuture(problems, "heldOn", heldOn, clock);
    if (entries.isEmpty() && actions.isEmpty()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("entries", "ROUND_EMPTY"));
    }
    for (int i = 0; i < entries.size(); i++) {
      Optional<MapEntry> e = entry(entries.get(i));
      if (e.isEmpty()) {
        problems.add(InitiativeProblems.PROBLEMS.problem("entries[" + i + "]", "ENTRY_UNKNOWN",
            "id", entries.get(i)));
      } else if (heldOn.isBefore(e.get().addedOn())) {
        problems.add(InitiativeProblems.PROBLEMS.problem("entries[" + i + "]",
            "ROUND_BEFORE_ADDED", "entry", name(e.get()), "added", e.get().addedOn()));
      }
    }
    for (int i = 0; i < actions.size(); i++) {
      Optional<Action> a = action(actions.get(i));
      if (a.isEmpty()) {
        problems.add(InitiativeProblems.PROBLEMS.problem("actions[" + i + "]", "ACTION_UNKNOWN",
            "id", actions.get(i)));
      } else if (heldOn.isBefore(a.get().startedOn())) {
        problems.add(InitiativeProblems.PROBLEMS.problem("actions[" + i + "]",
            "ROUND_BEFORE_START", "action", a.get().name(), "started", a.get().startedOn()));
      }
    }
    if (conclusions.isEmpty()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("conclusions", "ROUND_NO_CONCLUSIONS"));
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < conclusions.size(); i++) {
      TextChecks.requireText(problems, "conclusions[" + i + "]", "ROUND_CONCLUSION", CONCLUSION,
          conclusions.get(i), VerificationRound.MAX_CONCLUSION);
      kept.add(conclusions.get(i) == null ? "" : conclusions.get(i).strip());
    }
    decision.ifPresent(d -> {
      if (partnership.decision(d).isEmpty()) {
        problems.add(InitiativeProblems.PROBLEMS.problem("decision", "DECISION_UNKNOWN", "id", d));
      }
    });
    if (!problems.isEmpty()) {
      return refused(problems);
    }
    Set<MapEntryId> verifiedEntries = Set.copyOf(entries);
    Set<ActionId> verifiedActions = Set.copyOf(actions);
    VerificationRound round = new VerificationRound(heldOn, actor.reference(),
        List.copyOf(new java.util.LinkedHashSet<>(entries)),
        List.copyOf(new java.util.LinkedHashSet<>(actions)), kept, decision);
    InitiativeBase next = self()
        .withEntries(entries().stream().map(e -> verifiedEntries.contains(e.id())
            ? e.withLastVerifiedOn(later(e.lastVerifiedOn(), heldOn)) : e).toList())
        .withActions(actions().stream().map(a -> verifiedActions.contains(a.id())
            ? a.verifiedOn(later(a.lastVerifiedOn(), heldOn)) : a).toList())
        .withRounds(append(rounds(), round));
    List<FieldChange> changes = List.of(
        FieldChange.of("heldOn", null, heldOn.toString()),
        FieldChange.of("entries", null, String.valueOf(round.entries().size())),
        FieldChange.of("actions", null, String.valueOf(round.actions().size())),
        FieldChange.of("conclusions", null, String.join("; ", kept)));
    List<Revision> revisions = new ArrayList<>();
    revisions.add(new Revision(at, actor.reference(), "round:" + heldOn,
        BaseChangeKind.VERIFICATION_ROUND.name(), changes));
    for (MapEntry e : entries()) {
      if (verifiedEntries.contains(e.id())) {
        FieldChanges.between(e, next.entry(e.id()).orElseThrow())
            .field("lastVerifiedOn", MapEntry::lastVerifiedOn).changes().forEach(c -> revisions
                .add(new Revision(at, actor.reference(), subject(e.id()),
                    BaseChangeKind.VERIFICATION_ROUND.name(), List.of(c))));
      }
    }
    for (Action a : actions()) {
      if (verifiedActions.contains(a.id())) {
        FieldChanges.between(a, next.action(a.id()).orElseThrow())
            .field("lastVerifiedOn", Action::lastVerifiedOn).changes().forEach(c -> revisions
                .add(new Revision(at, actor.reference(), subject(a.id()),
                    BaseChangeKind.VERIFICATION_ROUND.name(), List.of(c))));
      }
    }
    InitiativeBase recorded = next.withHistory(history().with(revisions));
    return Either.right(Change.of(recorded, revisions.stream().map(r -> (pl.lsw.core.kernel.DomainEvent)
        new InitiativeBaseChanged(partnership(), BaseChangeKind.VERIFICATION_ROUND, r)).toList()));
  }

  /**
   * The findings of {@code INI-VERIFICATION} (entries of the Bank and actions not verified in
   * time) as of a day.
   */
  public List<Finding> unverified(LocalDate asOf, RuleEnvironment environment) {
    return BankRules.check(self(), asOf, environment).findings();
  }

  // ------------------------------------------------------------------ helpers

  private static final Label WHAT_ADD = Label.of("dodanie pozycji Mapy Potencjałów Lokalnych",
      "add an entry to the Map of Local Potentials");
  private static final Label WHAT_CHANGE = Label.of("zmiana pozycji Mapy Potencjałów Lokalnych",
      "change an entry of the Map of Local Potentials");
  private static final Label WHAT_REMOVE = Label.of("usunięcie pozycji Mapy Potencjałów Lokalnych",
      "remove an entry from the Map of Local Potentials");
  private static final Label WHAT_RECOMMEND = Label.of("rekomendacja do Banku Inicjatyw",
      "recommend an entry into the Initiative Bank");
  private static final Label WHAT_WITHDRAW = Label.of("wycofanie rekomendacji z Banku Inicjatyw",
      "withdraw a recommendation from the Initiative Bank");
  private static final Label WHAT_START = Label.of("wpisanie działania do Bazy Działań LSW",
      "put an action into the LSW Action Base");
  private static final Label WHAT_STATUS = Label.of("zmiana stanu działania",
      "change an action's status");
  private static final Label WHAT_REPORT = Label.of("zapisanie sprawozdania konsorcjum",
      "record a consortium's report");
  private static final Label WHAT_REMOVE_ACTION = Label.of("usunięcie działania z Bazy Działań LSW",
      "remove an action from the LSW Action Base");
  private static final Label WHAT_VERIFY = Label.of("zapisanie rundy weryfikacji",
      "record a verification round");
  private static final Label WITHDRAWAL_REASON = Label.of("Powód wycofania rekomendacji",
      "The reason for withdrawing the recommendation");
  private static final Label CONCLUSION = Label.of("Wniosek z weryfikacji",
      "A conclusion of the verification");

  private InitiativeBase self() {
    return (InitiativeBase) this;
  }

  private static List<Problem> access(Partnership partnership, ActingPerson actor,
      Set<ActingRole> allowed, Label what) {
    java.util.Objects.requireNonNull(actor, "actor");
    return new ArrayList<>(partnership.accessProblems(actor, allowed, what));
  }

  private Optional<MapEntry> known(List<Problem> problems, MapEntryId id) {
    Optional<MapEntry> e = entry(id);
    if (e.isEmpty()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ENTRY_UNKNOWN", "id", id));
    }
    return e;
  }

  private Optional<Action> knownAction(List<Problem> problems, ActionId id) {
    Optional<Action> a = action(id);
    if (a.isEmpty()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("id", "ACTION_UNKNOWN", "id", id));
    }
    return a;
  }

  private static void consortiumMember(List<Problem> problems, Partnership partnership,
      ActingPerson actor, Action action) {
    if (actor.role() == ActingRole.CONSORTIUM_MEMBER && partnership.consortium(action.consortium())
        .map(c -> !c.persons().contains(actor.person())).orElse(true)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("actor", "ACTOR_NOT_IN_CONSORTIUM",
          "action", action.name()));
    }
  }

  private static void notInFuture(List<Problem> problems, String path, LocalDate day,
      Clock clock) {
    java.util.Objects.requireNonNull(day, path);
    LocalDate today = LocalDate.now(clock);
    if (day.isAfter(today)) {
      problems.add(InitiativeProblems.PROBLEMS.problem(path, "DAY_IN_FUTURE", "day", day,
          "today", today));
    }
  }

  private static LocalDate later(Optional<LocalDate> current, LocalDate day) {
    return current.filter(c -> c.isAfter(day)).orElse(day);
  }

  private InitiativeBase replace(Action after) {
    return self().withActions(actions().stream().map(a -> a.id().equals(after.id()) ? after : a)
        .toList());
  }

  private Either<Refusal, Change<InitiativeBase>> done(InitiativeBase next, BaseChangeKind kind,
      ActingPerson actor, String subject, List<FieldChange> changes, Instant at,
      Optional<Object> created) {
    Revision revision = new Revision(at, actor.reference(), subject, kind.name(), changes);
    InitiativeBase recorded = next.withHistory(history().with(List.of(revision)));
    InitiativeBaseChanged event = new InitiativeBaseChanged(partnership(), kind, revision);
    return Either.right(created.isPresent()
        ? Change.created(recorded, created.get(), List.of(event))
        : Change.of(recorded, event));
  }

  private static Either<Refusal, Change<InitiativeBase>> refused(List<Problem> problems) {
    return Either.left(Refusal.of(problems));
  }

  static String name(MapEntry e) {
    return e.name().orElse(e.id().toString());
  }

  static List<FieldChange> entryChanges(MapEntry before, MapEntry after) {
    return FieldChanges.between(before, after)
        .field("name", MapEntry::name)
        .field("implementer", e -> e.implementer().map(AbstractInitiativeBase::implementerText))
        .field("description", MapEntry::description)
        .field("addressees", MapEntry::addressees)
        .field("participationRules", MapEntry::participationRules)
        .field("serviceConditions", MapEntry::serviceConditions)
        .field("fields", MapEntry::fields)
        .field("place", MapEntry::place)
        .field("schedule", MapEntry::schedule)
        .field("access.minAge", e -> e.access().minAge())
        .field("access.maxAge", e -> e.access().maxAge())
        .field("access.targetGroups", e -> e.access().targetGroups())
        .field("access.territory", e -> e.access().territory())
        .field("access.referral", e -> e.access().referral())
        .field("access.cost", e -> e.access().cost())
        .field("access.fee", e -> e.access().fee().map(m -> m.formatPlain()))
        .field("access.languages", e -> e.access().languages())
        .field("access.capacity", e -> e.access().capacity())
        .field("access.description", e -> e.access().description())
        .field("contacts", e -> e.contacts().stream().map(AbstractInitiativeBase::contactText)
            .toList())
        .field("source", MapEntry::source)
        .field("communityRole", MapEntry::communityRole)
        .field("addedOn", MapEntry::addedOn)
        .field("lastVerifiedOn", MapEntry::lastVerifiedOn)
        .changes();
  }

  static List<FieldChange> actionChanges(Action before, Action after) {
    return FieldChanges.between(before, after)
        .field("entry", Action::entry)
        .field("name", Action::name)
        .field("consortium", Action::consortium)
        .field("status", Action::status)
        .field("startedOn", Action::startedOn)
        .field("statusSince", Action::statusSince)
        .field("lastVerifiedOn", Action::lastVerifiedOn)
        .field("reportedStatus", a -> a.lastReport().map(ConsortiumReport::status))
        .field("reportedOn", a -> a.lastReport().map(ConsortiumReport::reportedOn))
        .changes();
  }

  static String implementerText(Implementer i) {
    if (i instanceof Implementer.Registered r) {
      return "organisation:" + r.organisation();
    }
    Implementer.Outside o = (Implementer.Outside) i;
    return o.name() + " (" + o.sector() + "; " + o.contact() + ")";
  }

  static String contactText(ContactPerson c) {
    return c.name() + " (" + c.role() + c.email().map(e -> "; " + e).orElse("")
        + c.phone().map(p -> "; " + p).orElse("") + ")";
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }
}
