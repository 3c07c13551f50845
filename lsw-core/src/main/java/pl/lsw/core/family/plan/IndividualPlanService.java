package pl.lsw.core.family.plan;

import static pl.lsw.core.family.plan.PlanProblems.PROBLEMS;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.kernel.service.CommandRunner;
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
 * The application service of supported families and their individual plans ({@link
 * CommandRunner}): records families (pseudonymous references with consent, needs and the facts
 * that match access conditions) and prepares and changes their plans. Time comes from the {@link
 * Clock} (the revision's instant, and today as the day the rules are checked as of), ids from the
 * {@link IdSource}; what is known of the items' sources from the {@link PlanSourceLookup}.
 *
 * <p><b>Access.</b> Only a person registered in the family's partnership, whose organisation is
 * an active member, acting in a role the person holds, may give a command; the roles allowed are
 * the Task Team Manager, a Task Team member and a network worker, and — for plans only — a
 * partner representative whose organisation provides an item of the plan (as it is before or
 * after the change). Otherwise the command is refused with {@code PLAN_ACCESS_DENIED} (or {@code
 * PARTNERSHIP_UNKNOWN}), together with every other reason the command has: every reason at once.
 * A refused command stores and publishes nothing. A command to a plan that is not stored is
 * refused with {@code PLAN_UNKNOWN}, to a family that is not stored with {@code FAMILY_UNKNOWN}.
 *
 * <p>Polish: <i>obsługa rodzin wspieranych i ich planów indywidualnych</i>.
 */
public final class IndividualPlanService {

  private static final Set<ActingRole> TEAM_ROLES = EnumSet.of(ActingRole.TASK_TEAM_MANAGER,
      ActingRole.TASK_TEAM_MEMBER, ActingRole.NETWORK_WORKER);

  private final IndividualPlanRepository plans;
  private final SupportedFamilyRepository families;
  private final PartnershipRepository partnerships;
  private final PlanSourceLookup sources;
  private final Clock clock;
  private final IdSource ids;
  private final EventPublisher events;
  private final RuleEnvironment environment;
  private final CommandRunner<PlanId, IndividualPlan> runner;
  private final CommandRunner<FamilyReference, SupportedFamily> familyRunner;

  /**
   * A service over these ports.
   *
   * @param plans where plans are kept
   * @param families where families are kept
   * @param partnerships where partnerships are read from (for access)
   * @param sources what is known of the items' sources
   * @param clock the time of revisions and events, and today for the rules
   * @param ids the source of new plan ids
   * @param events where events go after a save
   * @param environment the rules' parameters and calendar
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public IndividualPlanService(IndividualPlanRepository plans, SupportedFamilyRepository families,
      PartnershipRepository partnerships, PlanSourceLookup sources, Clock clock, IdSource ids,
      EventPublisher events, RuleEnvironment environment,
      AccessPolicy policy) {
    this.plans = Objects.requireNonNull(plans, "plans");
    this.families = Objects.requireNonNull(families, "families");
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.events = Objects.requireNonNull(events, "events");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.runner = new CommandRunner<>("plans", CommandRunner.Store.of(plans::findById, plans::save), events,
        id -> PROBLEMS.problem("", "PLAN_UNKNOWN", "id", id.toString()), policy);
    this.familyRunner = new CommandRunner<>("plans", CommandRunner.Store.of(families::find, families::save),
        events, ref -> familyUnknown(ref), policy);
  }

  // ------------------------------------------------------------------------------ families

  /**
   * Records a family: a new one (version 0), or a new state of a stored one (with the version it
   * was read at). Only the team roles (Task Team Manager, Task Team member, network worker) may.
   * A new family is recorded with its consent: one whose consent is already withdrawn is refused
   * with {@code FAMILY_NOT_NEW} (the withdrawal is recorded later, by {@link #withdrawConsent}).
   *
   * @param actor who records it
   * @param family the family
   * @return the refusal, or the change with the family as stored
   */
  public Either<Refusal, Change<SupportedFamily>> recordFamily(ActingPerson actor,
      SupportedFamily family) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(family, "family");
    return familyRunner.create("recordFamily", actor, () -> {
      List<Problem> access = access(actor, family.partnership(), Set.of(), false);
      if (!access.isEmpty()) {
        return Either.left(Refusal.of(access));
      }
      if (family.version() == 0 && family.consentWithdrawnOn().isPresent()) {
        return Either.left(PROBLEMS.refusal("family.consentWithdrawnOn", "FAMILY_NOT_NEW",
            "reference", family.reference().value()));
      }
      return Either.right(Change.of(family, List.of()));
    });
  }

  /**
   * Records that a family withdrew its consent on a day; its open plans can then only be closed
   * ({@code PLAN-CONSENT}).
   *
   * @param actor who records it (a team role)
   * @param reference the family
   * @param on the day
   * @return the refusal ({@code FAMILY_UNKNOWN}, {@code FAMILY_CONSENT_ORDER}, access), or the
   *     change
   */
  public Either<Refusal, Change<SupportedFamily>> withdrawConsent(FamilyReference reference,
      ActingPerson actor, LocalDate on) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(on, "on");
    return familyRunner.run("withdrawConsent", reference, actor, f -> {
      List<Problem> problems = new ArrayList<>(access(actor, f.partnership(), Set.of(), false));
      SupportedFamily after = null;
      try {
        after = f.withConsentWithdrawnOn(on);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      return problems.isEmpty() ? Either.right(Change.of(after, List.of()))
          : Either.left(Refusal.of(problems));
    });
  }

  /**
   * The family with this reference.
   *
   * @param reference the reference
   * @return the family, or empty
   */
  public Optional<SupportedFamily> family(FamilyReference reference) {
    return families.find(reference);
  }

  /**
   * The families a partnership supports, ordered by reference.
   *
   * @param partnership the partnership
   * @return the families
   */
  public List<SupportedFamily> families(PartnershipId partnership) {
    return families.findByPartnership(partnership);
  }

  // ------------------------------------------------------------------------------ plans

  /**
   * Prepares a plan for a stored family (as a draft).
   *
   * @param actor who prepares it
   * @param draft what is given
   * @return the refusal, or the change with the plan and its id ({@code
   *     change.createdId(PlanId.class)})
   */
  public Either<Refusal, Change<IndividualPlan>> prepare(ActingPerson actor, PlanDraft draft) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(draft, "draft");
    return runner.create("prepare", actor, () -> {
      Optional<SupportedFamily> family = families.find(draft.family());
      if (family.isEmpty()) {
        return Either.left(Refusal.of(familyUnknown(draft.family())));
      }
      PlanId id = PlanId.of(ids.nextId());
      Set<OrganisationId> providers = new LinkedHashSet<>();
      draft.items().forEach(i -> providers.add(i.provider()));
      List<Problem> access = access(actor, family.get().partnership(), providers, true);
      return merge(access, IndividualPlan.prepare(id, draft, context(actor, family.get())));
    });
  }

  /**
   * Adds an item to a plan.
   *
   * @param actor who adds it
   * @param id the plan
   * @param item the item
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> addItem(PlanId id,
      ActingPerson actor, PlanItem item) {
    Objects.requireNonNull(item, "item");
    return command("addItem", id, actor, Set.of(item.provider()), (p, ctx) -> p.addItem(item, ctx));
  }

  /**
   * Replaces an item of a plan.
   *
   * @param actor who changes it
   * @param id the plan
   * @param number the item's number
   * @param item the item as it is to be
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> changeItem(PlanId id,
      ActingPerson actor, int number, PlanItem item) {
    Objects.requireNonNull(item, "item");
    return command("changeItem", id, actor, Set.of(item.provider()), (p, ctx) -> p.changeItem(number, item, ctx));
  }

  /**
   * Removes an item of a plan.
   *
   * @param actor who removes it
   * @param id the plan
   * @param number the item's number
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> removeItem(PlanId id,
      ActingPerson actor, int number) {
    return command("removeItem", id, actor, Set.of(), (p, ctx) -> p.removeItem(number, ctx));
  }

  /**
   * Plans a review of a plan.
   *
   * @param actor who plans it
   * @param id the plan
   * @param day the day of the review
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> scheduleReview(PlanId id,
      ActingPerson actor, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return command("scheduleReview", id, actor, Set.of(), (p, ctx) -> p.scheduleReview(day, ctx));
  }

  /**
   * Records a review of a plan held on a day.
   *
   * @param actor who records it
   * @param id the plan
   * @param day the day it was held
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> recordReview(PlanId id,
      ActingPerson actor, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return command("recordReview", id, actor, Set.of(), (p, ctx) -> p.recordReview(day, ctx));
  }

  /**
   * Puts a draft plan in force.
   *
   * @param actor who does it
   * @param id the plan
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> putInForce(PlanId id,
      ActingPerson actor) {
    return command("putInForce", id, actor, Set.of(), (p, ctx) -> p.putInForce(ctx));
  }

  /**
   * Closes a plan on a day.
   *
   * @param actor who closes it
   * @param id the plan
   * @param day the day
   * @return the refusal, or the change
   */
  public Either<Refusal, Change<IndividualPlan>> close(PlanId id,
      ActingPerson actor, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return command("close", id, actor, Set.of(), (p, ctx) -> p.close(day, ctx));
  }

  /**
   * Checks a stored plan against every rule of {@link PlanRules} as of today: the report carries
   * the MUST violations and the SHOULD findings ({@code PLAN-ACCESS}).
   *
   * @param id the plan
   * @return the report, or the refusal {@code PLAN_UNKNOWN} / {@code FAMILY_UNKNOWN}
   */
  public Either<Refusal, RuleReport> check(PlanId id) {
    return runner.load(id).flatMap(p -> families.find(p.family())
        .<Either<Refusal, RuleReport>>map(f -> Either.right(p.check(f, sources,
            LocalDate.now(clock), environment)))
        .orElseGet(() -> Either.left(Refusal.of(familyUnknown(p.family())))));
  }

  /**
   * The plan with this id.
   *
   * @param id the id
   * @return the plan, or empty
   */
  public Optional<IndividualPlan> find(PlanId id) {
    return plans.findById(id);
  }

  /**
   * The plans of a family, ordered by the day of preparation, then id.
   *
   * @param family the family
   * @return the plans
   */
  public List<IndividualPlan> plansOf(FamilyReference family) {
    return plans.findByFamily(family);
  }

  /**
   * The history of a plan's changes.
   *
   * @param id the plan
   * @return the history, or the refusal {@code PLAN_UNKNOWN}
   */
  public Either<Refusal, History> history(PlanId id) {
    return runner.load(id).map(IndividualPlan::history);
  }

  // ------------------------------------------------------------------------------ internals

  /** A command of the plan aggregate, given its context. */
  private interface PlanCommand {
    Either<Refusal, Change<IndividualPlan>> run(IndividualPlan plan, PlanContext ctx);
  }

  private Either<Refusal, Change<IndividualPlan>> command(String commandName, PlanId id,
      ActingPerson actor, Set<OrganisationId> newProviders, PlanCommand command) {
    Objects.requireNonNull(actor, "actor");
    return runner.run(commandName, id, actor, plan -> {
      Optional<SupportedFamily> family = families.find(plan.family());
      if (family.isEmpty()) {
        return Either.left(Refusal.of(familyUnknown(plan.family())));
      }
      Set<OrganisationId> providers = new LinkedHashSet<>(plan.providers());
      providers.addAll(newProviders);
      List<Problem> access = access(actor, plan.partnership(), providers, true);
      return merge(access, command.run(plan, context(actor, family.get())));
    });
  }

  private PlanContext context(ActingPerson actor, SupportedFamily family) {
    return new PlanContext(actor, clock.instant(), LocalDate.now(clock), family, sources,
        environment);
  }

  private static Either<Refusal, Change<IndividualPlan>> merge(List<Problem> access,
      Either<Refusal, Change<IndividualPlan>> outcome) {
    if (access.isEmpty()) {
      return outcome;
    }
    List<Problem> all = new ArrayList<>(access);
    if (outcome.isLeft()) {
      all.addAll(outcome.getLeft().reasons());
    }
    return Either.left(Refusal.of(all));
  }

  private static Problem familyUnknown(FamilyReference reference) {
    return PROBLEMS.problem("family", "FAMILY_UNKNOWN", "reference", reference.value());
  }

  /**
   * The access problems of an actor in a partnership: registered, of an active member, holding
   * the role, the role one of the team roles or (when {@code providersMayAct}) a partner
   * representative of an organisation among {@code providers}.
   */
  private List<Problem> access(ActingPerson actor, PartnershipId partnershipId,
      Set<OrganisationId> providers, boolean providersMayAct) {
    List<Problem> problems = new ArrayList<>();
    Partnership partnership = partnerships.findById(partnershipId).orElse(null);
    if (partnership == null) {
      problems.add(PROBLEMS.problem("partnership", "PARTNERSHIP_UNKNOWN", "partnership",
          partnershipId.toString()));
      return problems;
    }
    Person person = partnership.person(actor.person()).orElse(null);
    if (person == null) {
      problems.add(PROBLEMS.keyed("PLAN_ACCESS_DENIED.unregistered", "actor.person",
          "PLAN_ACCESS_DENIED", "partnership", partnership.name()));
      return problems;
    }
    if (!partnership.isActiveMember(person.organisation())) {
      problems.add(PROBLEMS.keyed("PLAN_ACCESS_DENIED.inactive", "actor.person",
          "PLAN_ACCESS_DENIED", "person", person.name(), "partnership", partnership.name()));
    }
    boolean representative = providersMayAct && actor.role() == ActingRole.PARTNER_REPRESENTATIVE;
    if (!TEAM_ROLES.contains(actor.role()) && !representative) {
      problems.add(PROBLEMS.keyed("PLAN_ACCESS_DENIED.roleNotAllowed", "actor.role",
          "PLAN_ACCESS_DENIED", "role", actor.role()));
    } else if (!partnership.holds(actor.person(), actor.role())) {
      problems.add(PROBLEMS.keyed("PLAN_ACCESS_DENIED.role", "actor.role",
          "PLAN_ACCESS_DENIED", "person", person.name(), "role", actor.role(),
          "partnership", partnership.name()));
    } else if (representative && !providers.contains(person.organisation())) {
      problems.add(PROBLEMS.keyed("PLAN_ACCESS_DENIED.notProvider", "actor.person",
          "PLAN_ACCESS_DENIED", "person", person.name()));
    }
    return problems;
  }
}
