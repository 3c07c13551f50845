package pl.lsw.core.family.plan;

import static pl.lsw.core.family.plan.PlanProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.FieldChanges;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;

/**
 * The individual plan of a supported family (seed 004: built from the Local Service Basket and
 * the Initiative Bank; for {@link PlanKind#UCUS_PLAN} the individual social services plan of
 * UCUS): the family (only its pseudonymous reference), the partnership, the kind, the day of the
 * application and the declared months of coordination (for UCUS), the day of preparation, the
 * period (both days inclusive), the numbered items, the reviews planned and held, the status
 * (draft, in force, closed) and the history of every change.
 *
 * <p>Every command answers {@code Either<Refusal, Change<IndividualPlan>>} and lists every reason
 * of a refusal at once: the problems of the state ({@code PLAN_IS_CLOSED}, {@code
 * PLAN_ITEM_UNKNOWN}, {@code PLAN_ITEM_OUTSIDE_PERIOD}, {@code PLAN_ITEM_PROVIDER}, ...) and the
 * violations of the MUST rules of {@link PlanRules}, each with the rule's code, which the plan
 * runs on the state it would have. An accepted change records a {@link Revision} (who, when,
 * each field from and to) and one {@link IndividualPlanChanged}. A refused command changes
 * nothing.
 *
 * <p>Immutable and thread-safe; carries {@link #version()} for optimistic locking. Polish:
 * <i>plan indywidualny</i>.
 */
@Value.Immutable
abstract class AbstractIndividualPlan {

  /** The plan's id. */
  public abstract PlanId id();

  /** The stored version: 0 for a plan never stored, then 1, 2, ... */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The family, by its pseudonymous reference. */
  public abstract FamilyReference family();

  /** The partnership that supports the family. */
  public abstract PartnershipId partnership();

  /** The kind of plan. */
  public abstract PlanKind kind();

  /** The day the family applied (for a UCUS plan). */
  public abstract Optional<LocalDate> appliedOn();

  /** The day the plan was prepared. */
  public abstract LocalDate preparedOn();

  /** The first day of the plan. */
  public abstract LocalDate periodFrom();

  /** The last day of the plan (inclusive). */
  public abstract LocalDate periodTo();

  /** The declared months for which the services must be coordinated (for a UCUS plan). */
  public abstract Optional<Integer> coordinationMonths();

  /** The items, by their numbers (1, 2, ...; a number is never given twice). */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, PlanItem> items();

  /** The highest item number given so far (0 for none). */
  @Value.Default
  public int lastItemNumber() {
    return items().isEmpty() ? 0 : items().lastKey();
  }

  /** The days of planned reviews. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> plannedReviews();

  /** The days reviews were held. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> heldReviews();

  /** The status. */
  @Value.Default
  public PlanStatus status() {
    return PlanStatus.DRAFT;
  }

  /** The day the plan was closed, once closed. */
  public abstract Optional<LocalDate> closedOn();

  /** Every accepted change, oldest first. */
  public abstract List<Revision> revisions();

  /**
   * The history of the plan's changes.
   *
   * @return the history
   */
  public History history() {
    return new History(revisions());
  }

  /**
   * The item with this number.
   *
   * @param number the item's number
   * @return the item, or empty
   */
  public Optional<PlanItem> item(int number) {
    return Optional.ofNullable(items().get(number));
  }

  /** The organisations providing the items. */
  public Set<OrganisationId> providers() {
    Set<OrganisationId> all = new LinkedHashSet<>();
    items().values().forEach(i -> all.add(i.provider()));
    return all;
  }

  /** The subject of the plan's revisions: {@code plan:<id>}. */
  public String subject() {
    return "plan:" + id();
  }

  // ------------------------------------------------------------------------------ commands

  /**
   * Prepares a plan from a draft for the family of the context. Refused with {@code
   * PLAN_FAMILY_MISMATCH} (the draft names another family), {@code PLAN_PERIOD_ORDER}, {@code
   * PLAN_COORDINATION_NOT_POSITIVE}, the items' problems, and every MUST violation of {@link
   * PlanRules}.
   *
   * @param id the new plan's id
   * @param draft what is given
   * @param ctx the command's context
   * @return the refusal, or the change with the draft plan and its id
   */
  public static Either<Refusal, Change<IndividualPlan>> prepare(PlanId id, PlanDraft draft,
      PlanContext ctx) {
    List<Problem> problems = new ArrayList<>();
    if (!draft.family().equals(ctx.family().reference())) {
      problems.add(PROBLEMS.problem("family", "PLAN_FAMILY_MISMATCH", "draft",
          draft.family().value(), "family", ctx.family().reference().value()));
    }
    if (draft.periodFrom().isAfter(draft.periodTo())) {
      problems.add(PROBLEMS.problem("periodTo", "PLAN_PERIOD_ORDER", "from", draft.periodFrom(),
          "to", draft.periodTo()));
    }
    if (draft.coordinationMonths().isPresent() && draft.coordinationMonths().get() <= 0) {
      problems.add(PROBLEMS.problem("coordinationMonths", "PLAN_COORDINATION_NOT_POSITIVE",
          "value", draft.coordinationMonths().get()));
    }
    SortedMap<Integer, PlanItem> items = new TreeMap<>();
    for (PlanItem item : draft.items()) {
      items.put(items.size() + 1, item);
    }
    IndividualPlan plan = IndividualPlan.builder().id(id).family(draft.family())
        .partnership(ctx.family().partnership()).kind(draft.kind()).appliedOn(draft.appliedOn())
        .preparedOn(draft.preparedOn()).periodFrom(draft.periodFrom()).periodTo(draft.periodTo())
        .coordinationMonths(draft.coordinationMonths()).items(items).build();
    if (!draft.periodFrom().isAfter(draft.periodTo())) {
      for (Map.Entry<Integer, PlanItem> e : items.entrySet()) {
        itemProblems(problems, plan, e.getKey(), e.getValue(), ctx);
      }
    }
    return plan.accept(null, problems, ctx, "PLAN_PREPARED").map(c -> Change.created(c.state(), id,
        c.events()));
  }

  /**
   * Adds an item, numbered one above the highest number given so far.
   *
   * @param item the item
   * @param ctx the command's context
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> addItem(PlanItem item, PlanContext ctx) {
    List<Problem> problems = open();
    int number = lastItemNumber() + 1;
    IndividualPlan after = self().withItems(with(items(), number, item)).withLastItemNumber(number);
    itemProblems(problems, after, number, item, ctx);
    return after.accept(self(), problems, ctx, "PLAN_ITEM_ADDED");
  }

  /**
   * Replaces the item with this number.
   *
   * @param number the item's number
   * @param item the item as it is to be
   * @param ctx the command's context
   * @return the refusal ({@code PLAN_ITEM_UNKNOWN} among others), or the change
   */
  public Either<Refusal, Change<IndividualPlan>> changeItem(int number, PlanItem item,
      PlanContext ctx) {
    List<Problem> problems = open();
    requireItem(problems, number);
    IndividualPlan after = self().withItems(with(items(), number, item));
    itemProblems(problems, after, number, item, ctx);
    return after.accept(self(), problems, ctx, "PLAN_ITEM_CHANGED");
  }

  /**
   * Removes the item with this number (its number is not given again).
   *
   * @param number the item's number
   * @param ctx the command's context
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> removeItem(int number, PlanContext ctx) {
    List<Problem> problems = open();
    requireItem(problems, number);
    SortedMap<Integer, PlanItem> fewer = new TreeMap<>(items());
    fewer.remove(number);
    return self().withItems(fewer).accept(self(), problems, ctx, "PLAN_ITEM_REMOVED");
  }

  /**
   * Plans a review on a day, not before the day of preparation nor after the period.
   *
   * @param day the day
   * @param ctx the command's context
   * @return the refusal ({@code PLAN_REVIEW_PLANNED_TWICE}, {@code PLAN_REVIEW_OUTSIDE}), or the
   *     change
   */
  public Either<Refusal, Change<IndividualPlan>> scheduleReview(LocalDate day, PlanContext ctx) {
    List<Problem> problems = open();
    if (plannedReviews().contains(day)) {
      problems.add(PROBLEMS.problem("plannedReviews", "PLAN_REVIEW_PLANNED_TWICE", "day", day));
    }
    reviewDay(problems, "plannedReviews", day);
    SortedSet<LocalDate> more = new TreeSet<>(plannedReviews());
    more.add(day);
    return self().withPlannedReviews(more).accept(self(), problems, ctx, "PLAN_REVIEW_SCHEDULED");
  }

  /**
   * Records a review held on a day: not in the future, not before the day of preparation nor
   * after the period.
   *
   * @param day the day
   * @param ctx the command's context
   * @return the refusal ({@code PLAN_REVIEW_HELD_TWICE}, {@code PLAN_REVIEW_IN_FUTURE}, {@code
   *     PLAN_REVIEW_OUTSIDE}), or the change
   */
  public Either<Refusal, Change<IndividualPlan>> recordReview(LocalDate day, PlanContext ctx) {
    List<Problem> problems = open();
    if (heldReviews().contains(day)) {
      problems.add(PROBLEMS.problem("heldReviews", "PLAN_REVIEW_HELD_TWICE", "day", day));
    }
    if (day.isAfter(ctx.today())) {
      problems.add(PROBLEMS.problem("heldReviews", "PLAN_REVIEW_IN_FUTURE", "day", day,
          "today", ctx.today()));
    }
    reviewDay(problems, "heldReviews", day);
    SortedSet<LocalDate> more = new TreeSet<>(heldReviews());
    more.add(day);
    return self().withHeldReviews(more).accept(self(), problems, ctx, "PLAN_REVIEW_RECORDED");
  }

  /**
   * Puts a draft plan in force (refused with {@code PLAN_NOT_DRAFT} otherwise).
   *
   * @param ctx the command's context
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> putInForce(PlanContext ctx) {
    List<Problem> problems = new ArrayList<>();
    if (status() != PlanStatus.DRAFT) {
      problems.add(PROBLEMS.problem("status", "PLAN_NOT_DRAFT", "status", status()));
    }
    return self().withStatus(PlanStatus.IN_FORCE).accept(self(), problems, ctx, "PLAN_PUT_IN_FORCE");
  }

  /**
   * Closes the plan on a day, not before the day of preparation (also when the family's consent
   * was withdrawn).
   *
   * @param day the day
   * @param ctx the command's context
   * @return the refusal ({@code PLAN_IS_CLOSED}, {@code PLAN_CLOSED_BEFORE_PREPARATION}), or the
   *     change
   */
  public Either<Refusal, Change<IndividualPlan>> close(LocalDate day, PlanContext ctx) {
    List<Problem> problems = open();
    if (day.isBefore(preparedOn())) {
      problems.add(PROBLEMS.problem("closedOn", "PLAN_CLOSED_BEFORE_PREPARATION", "day", day,
          "prepared", preparedOn()));
    }
    return self().withStatus(PlanStatus.CLOSED).withClosedOn(day)
        .accept(self(), problems, ctx, "PLAN_CLOSED");
  }

  /**
   * Checks the plan against every rule of {@link PlanRules}.
   *
   * @param family the plan's family
   * @param sources what is known of the items' sources
   * @param asOf the day of the check
   * @param environment the rules' parameters and calendar
   * @return the report with every MUST and SHOULD finding
   */
  public RuleReport check(SupportedFamily family, PlanSourceLookup sources, LocalDate asOf,
      RuleEnvironment environment) {
    return PlanRules.check(under(self(), family, sources), asOf, environment);
  }

  // ------------------------------------------------------------------------------ internals

  private IndividualPlan self() {
    return (IndividualPlan) this;
  }

  private List<Problem> open() {
    List<Problem> problems = new ArrayList<>();
    if (status() == PlanStatus.CLOSED) {
      problems.add(PROBLEMS.problem("status", "PLAN_IS_CLOSED", "closed", closedOn().orElse(null)));
    }
    return problems;
  }

  private void requireItem(List<Problem> problems, int number) {
    if (!items().containsKey(number)) {
      problems.add(PROBLEMS.problem("items." + number, "PLAN_ITEM_UNKNOWN", "number", number));
    }
  }

  private void reviewDay(List<Problem> problems, String path, LocalDate day) {
    if (day.isBefore(preparedOn()) || day.isAfter(periodTo())) {
      problems.add(PROBLEMS.problem(path, "PLAN_REVIEW_OUTSIDE", "day", day, "prepared",
          preparedOn(), "to", periodTo()));
    }
  }

  private static void itemProblems(List<Problem> problems, IndividualPlan plan, int number,
      PlanItem item, PlanContext ctx) {
    String path = "items." + number;
    if (item.startsOn().isBefore(plan.periodFrom()) || item.endsOn().isAfter(plan.periodTo())) {
      problems.add(PROBLEMS.problem(path, "PLAN_ITEM_OUTSIDE_PERIOD", "number", number,
          "from", item.startsOn(), "to", item.endsOn(), "periodFrom", plan.periodFrom(),
          "periodTo", plan.periodTo()));
    }
    Optional<OrganisationId> provider = ctx.sources().provider(plan.partnership(), item.source());
    if (provider.isPresent() && !provider.get().equals(item.provider())) {
      problems.add(PROBLEMS.problem(path + ".provider", "PLAN_ITEM_PROVIDER", "number", number,
          "source", item.source().text(), "given", item.provider().toString(),
          "provider", provider.get().toString()));
    }
  }

  private static SortedMap<Integer, PlanItem> with(SortedMap<Integer, PlanItem> items, int number,
      PlanItem item) {
    SortedMap<Integer, PlanItem> copy = new TreeMap<>(items);
    copy.put(number, item);
    return copy;
  }

  private static PlanUnderCheck under(IndividualPlan plan, SupportedFamily family,
      PlanSourceLookup sources) {
    Map<PlanSource, AccessConditions> conditions = new HashMap<>();
    for (PlanItem item : plan.items().values()) {
      sources.accessConditions(plan.partnership(), item.source()).ifPresent(c -> conditions.put(item.source(), c));
    }
    return new PlanUnderCheck(plan, family, conditions);
  }

  /**
   * This state as the outcome of a command: refused with the problems and every MUST violation
   * of the rules (each with the rule's code), or accepted with a revision and an event.
   */
  final Either<Refusal, Change<IndividualPlan>> accept(IndividualPlan before,
      List<Problem> problems, PlanContext ctx, String kind) {
    List<Problem> all = new ArrayList<>(problems);
    RuleReport report = PlanRules.check(under(self(), ctx.family(), ctx.sources()),
        ctx.today(), ctx.environment());
    report.violations().stream().map(Finding::toProblem).forEach(all::add);
    report.failures().forEach(f -> all.add(PROBLEMS.keyed("RULE_NOT_CHECKED", "",
        f.rule().code().value(), "rule", f.rule().code().value(), "reason", f.message())));
    if (!all.isEmpty()) {
      return Either.left(Refusal.of(all));
    }
    Revision revision = new Revision(ctx.at(), ctx.actor().reference(), subject(), kind,
        changes(before, self()));
    IndividualPlan after = self().withRevisions(append(revisions(), revision));
    return Either.right(Change.of(after, new IndividualPlanChanged(id(), family(), kind, ctx.at())));
  }

  private static List<Revision> append(List<Revision> list, Revision one) {
    List<Revision> longer = new ArrayList<>(list);
    longer.add(one);
    return longer;
  }

  /** Each field of the plan (items flattened by number) from before to after. */
  static List<FieldChange> changes(IndividualPlan before, IndividualPlan after) {
    Map<String, Object> from = before == null ? Map.of() : fields(before);
    Map<String, Object> to = fields(after);
    Set<String> names = new LinkedHashSet<>(from.keySet());
    names.addAll(to.keySet());
    FieldChanges<Map<String, Object>> diff = FieldChanges.between(from, to);
    for (String name : names) {
      diff.field(name, m -> m.get(name));
    }
    return diff.changes();
  }

  private static Map<String, Object> fields(IndividualPlan p) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("family", p.family().value());
    f.put("partnership", p.partnership().toString());
    f.put("kind", p.kind());
    f.put("appliedOn", p.appliedOn());
    f.put("preparedOn", p.preparedOn());
    f.put("periodFrom", p.periodFrom());
    f.put("periodTo", p.periodTo());
    f.put("coordinationMonths", p.coordinationMonths());
    for (Map.Entry<Integer, PlanItem> e : p.items().entrySet()) {
      String n = "items." + e.getKey() + ".";
      PlanItem i = e.getValue();
      f.put(n + "source", i.source().text());
      f.put(n + "provider", i.provider().toString());
      f.put(n + "startsOn", i.startsOn());
      f.put(n + "endsOn", i.endsOn());
      f.put(n + "note", i.note());
    }
    f.put("plannedReviews", p.plannedReviews());
    f.put("heldReviews", p.heldReviews());
    f.put("status", p.status());
    f.put("closedOn", p.closedOn());
    return f;
  }
}
