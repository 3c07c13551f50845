package pl.lsw.core.family.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ParameterTypes;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * The rules of individual plans.
 *
 * <ul>
 *   <li>{@code PLAN-UCUS-COORDINATION} (MUST, UCUS plans only): a UCUS plan is prepared only when
 *       the services must be coordinated for at least {@code PLAN-UCUS-COORDINATION.minMonths}
 *       (default 3) months, as declared ({@code tooShort}; not declared: {@code notDeclared}).
 *   <li>{@code PLAN-UCUS-DEADLINE} (MUST, UCUS plans only): the plan is prepared within {@code
 *       PLAN-UCUS-DEADLINE.days} (default 30) calendar days of the application: prepared on day 30
 *       after the application passes, on day 31 fails ({@code late}); prepared before the
 *       application, or no application day: {@code noApplication}.
 *   <li>{@code PLAN-UCUS-DURATION} (MUST, UCUS plans only): the plan lasts at most {@code
 *       PLAN-UCUS-DURATION.maxMonths} (default 12) months. Both the first and the last day of the
 *       period are days of the plan (inclusive), so the latest last day is the day before the
 *       first day, moved on by that many months: a plan from 1 March 2026 may last to 28 February
 *       2027, not to 1 March 2027 ({@code tooLong}).
 *   <li>{@code PLAN-ACCESS} (SHOULD): an item whose source's access conditions the family's
 *       recorded needs ({@link pl.lsw.core.family.SupportedFamily#accessRequest()}) do not meet;
 *       one finding per unmet condition ({@code unmet}), naming the item, the source and the
 *       condition (as {@link AccessConditions#accepts} words it). Sources whose conditions are not
 *       known are not checked.
 *   <li>{@code PLAN-CONSENT} (MUST): a plan that is not closed (a draft or in force) only while
 *       the family's consent is in force on the day of the check ({@code noConsent}): a family
 *       without consent cannot get a plan, and once the consent is withdrawn the plan can only be
 *       closed. Source: seed 004 (the person or family decides together with the team to
 *       cooperate and takes part in planning), with the consent the library records of a family
 *       (DOMAIN.md §9).
 * </ul>
 *
 * <p>Source: UCUS (the act of 19 July 2019 on social services provided by a social services
 * centre), the provisions on the individual social services plan as summarised in the project's
 * LEGAL.md, section "Social services (UCUS)"; the article number is not verified there, so the
 * rules cite the act and that summary. The parameters' defaults apply from {@link #VALID_FROM}; they
 * are read as of the plan's day of preparation.
 *
 * <p>Polish: <i>reguły planów indywidualnych</i>.
 */
public final class PlanRules {

  /** The base name of the bundle of these rules' titles and messages. */
  public static final String BUNDLE = "pl/lsw/core/family/plan/messages";

  /** The bundle of the titles and messages of the plan rules. */
  public static final MessageBundle MESSAGES = MessageBundle.of(PlanRules.class, BUNDLE);

  /**
   * The day from which the defaults apply: 1 January 2000, the library's early baseline for
   * parameters (as in the governance rules), so that every day a plan may be checked for is
   * covered. UCUS itself applies from 1 January 2020; the rules read the values only for UCUS
   * plans.
   */
  public static final LocalDate VALID_FROM = LocalDate.of(2000, 1, 1);

  private static final SourceReference UCUS = SourceReference.legalAct("UCUS",
      "indywidualny plan usług społecznych (LEGAL.md, Social services)");

  /** {@code PLAN-UCUS-COORDINATION}: the least months of coordination (default 3). */
  public static final ParameterKey<Integer> MIN_COORDINATION_MONTHS = ParameterKey.of(
      "PLAN-UCUS-COORDINATION.minMonths", ParameterTypes.MONTHS,
      "najkrótszy okres koordynacji usług, dla którego opracowuje się indywidualny plan usług społecznych, w miesiącach",
      "the shortest need for coordinated services for which an individual social services plan is prepared, in months");

  /** {@code PLAN-UCUS-DEADLINE}: the days from the application to the plan (default 30). */
  public static final ParameterKey<Integer> DEADLINE_DAYS = ParameterKey.of(
      "PLAN-UCUS-DEADLINE.days", ParameterTypes.DAYS,
      "termin opracowania indywidualnego planu usług społecznych od dnia wniosku, w dniach",
      "the days from the application within which the individual social services plan is prepared");

  /** {@code PLAN-UCUS-DURATION}: the longest plan, in months (default 12). */
  public static final ParameterKey<Integer> MAX_DURATION_MONTHS = ParameterKey.of(
      "PLAN-UCUS-DURATION.maxMonths", ParameterTypes.MONTHS,
      "najdłuższy okres, na jaki opracowuje się indywidualny plan usług społecznych, w miesiącach",
      "the longest period for which an individual social services plan is prepared, in months");

  private static final ParameterSet DEFAULTS = ParameterSet.empty()
      .with(MIN_COORDINATION_MONTHS, VALID_FROM, 3)
      .with(DEADLINE_DAYS, VALID_FROM, 30)
      .with(MAX_DURATION_MONTHS, VALID_FROM, 12);

  /** {@code PLAN-UCUS-COORDINATION}. */
  public static final Rule<PlanUnderCheck> UCUS_COORDINATION = Rule.of(RuleDefinition.of(
      "PLAN-UCUS-COORDINATION", Severity.MUST, UCUS, MESSAGES, List.of(MIN_COORDINATION_MONTHS),
      "notDeclared", "tooShort"), (s, ctx) -> {
        IndividualPlan p = s.plan();
        if (p.kind() != PlanKind.UCUS_PLAN) {
          return List.of();
        }
        int min = ctx.parameterAsOf(MIN_COORDINATION_MONTHS, p.preparedOn());
        if (p.coordinationMonths().isEmpty()) {
          return List.of(ctx.finding("coordinationMonths", "notDeclared", "min", min));
        }
        int declared = p.coordinationMonths().get();
        return declared < min
            ? List.of(ctx.finding("coordinationMonths", "tooShort", "declared", declared, "min", min))
            : List.of();
      });

  /** {@code PLAN-UCUS-DEADLINE}. */
  public static final Rule<PlanUnderCheck> UCUS_DEADLINE = Rule.of(RuleDefinition.of(
      "PLAN-UCUS-DEADLINE", Severity.MUST, UCUS, MESSAGES, List.of(DEADLINE_DAYS),
      "noApplication", "late"), (s, ctx) -> {
        IndividualPlan p = s.plan();
        if (p.kind() != PlanKind.UCUS_PLAN) {
          return List.of();
        }
        int days = ctx.parameterAsOf(DEADLINE_DAYS, p.preparedOn());
        if (p.appliedOn().isEmpty() || p.preparedOn().isBefore(p.appliedOn().get())) {
          return List.of(ctx.finding("appliedOn", "noApplication",
              "prepared", p.preparedOn()));
        }
        LocalDate applied = p.appliedOn().get();
        LocalDate deadline = applied.plusDays(days);
        return p.preparedOn().isAfter(deadline)
            ? List.of(ctx.finding("preparedOn", "late", "applied", applied, "prepared",
                p.preparedOn(), "deadline", deadline, "days",
                ChronoUnit.DAYS.between(applied, p.preparedOn()), "max", days))
            : List.of();
      });

  /** {@code PLAN-UCUS-DURATION}. */
  public static final Rule<PlanUnderCheck> UCUS_DURATION = Rule.of(RuleDefinition.of(
      "PLAN-UCUS-DURATION", Severity.MUST, UCUS, MESSAGES, List.of(MAX_DURATION_MONTHS),
      "tooLong"), (s, ctx) -> {
        IndividualPlan p = s.plan();
        if (p.kind() != PlanKind.UCUS_PLAN) {
          return List.of();
        }
        int months = ctx.parameterAsOf(MAX_DURATION_MONTHS, p.preparedOn());
        LocalDate latest = latestLastDay(p.periodFrom(), months);
        return p.periodTo().isAfter(latest)
            ? List.of(ctx.finding("periodTo", "tooLong", "from", p.periodFrom(), "to",
                p.periodTo(), "latest", latest, "max", months))
            : List.of();
      });

  /** {@code PLAN-ACCESS}. */
  public static final Rule<PlanUnderCheck> ACCESS = Rule.of(RuleDefinition.of(
      "PLAN-ACCESS", Severity.SHOULD, SourceReference.seed("004", ""), MESSAGES, List.of(),
      "unmet"), (s, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Integer, PlanItem> e : s.plan().items().entrySet()) {
          AccessConditions conditions = s.conditions().get(e.getValue().source());
          if (conditions == null) {
            continue;
          }
          for (Problem unmet : conditions.accepts(s.family().accessRequest())) {
            out.add(ctx.finding("items." + e.getKey() + "." + unmet.path(), "unmet",
                "item", e.getKey(), "source", e.getValue().source().text(),
                "condition", Label.of(unmet.message(Messages.POLISH),
                    unmet.message(java.util.Locale.ENGLISH)),
                "code", unmet.code()));
          }
        }
        return out;
      });

  /** {@code PLAN-CONSENT}. */
  public static final Rule<PlanUnderCheck> CONSENT = Rule.of(RuleDefinition.of(
      "PLAN-CONSENT", Severity.MUST, SourceReference.seed("004", ""), MESSAGES, List.of(), "noConsent"), (s, ctx) ->
      s.plan().status() != PlanStatus.CLOSED && !s.family().consentInForceOn(ctx.asOf())
          ? List.of(ctx.finding("family", "noConsent", "family", s.family().reference().value(),
              "day", ctx.asOf()))
          : List.of());

  private PlanRules() {}

  /**
   * The latest last day (inclusive) of a plan that starts on {@code from} and lasts at most
   * {@code months} months: the day before {@code from}, moved on by {@code months} months.
   *
   * @param from the first day
   * @param months the months
   * @return the latest last day
   */
  public static LocalDate latestLastDay(LocalDate from, int months) {
    return from.minusDays(1).plusMonths(months);
  }

  /** The rules, in order. */
  public static List<Rule<PlanUnderCheck>> rules() {
    return List.of(UCUS_COORDINATION, UCUS_DEADLINE, UCUS_DURATION, ACCESS, CONSENT);
  }

  /** The rule set {@code "family-plan"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("family-plan", rules());
  }

  /** The parameters' defaults (3 months, 30 days, 12 months), valid from {@link #VALID_FROM}. */
  public static ParameterSet defaults() {
    return DEFAULTS;
  }

  /** Every parameter key of these rules. */
  public static List<ParameterKey<?>> keys() {
    return List.of(MIN_COORDINATION_MONTHS, DEADLINE_DAYS, MAX_DURATION_MONTHS);
  }

  /**
   * Checks a plan as of a day.
   *
   * @param subject the plan with its family and known conditions
   * @param asOf the day
   * @param environment the rules' environment
   * @return the report
   */
  public static RuleReport check(PlanUnderCheck subject, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(subject, "individual plan of family " + subject.plan().family()
        + " (" + subject.plan().periodFrom() + " – " + subject.plan().periodTo() + ")", rules(), asOf,
        environment.parameters(), environment.referenceData());
  }
}
