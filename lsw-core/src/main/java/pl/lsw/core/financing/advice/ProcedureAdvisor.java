package pl.lsw.core.financing.advice;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.smallgrant.GrantHistory;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantCase;
import pl.lsw.core.financing.smallgrant.SmallGrantRules;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.ReferenceData;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;

/**
 * Answers "which procedures may this task use?": for a {@link ProcedureQuestion} it lists every
 * procedure it knows with a {@link ProcedureVerdict} — lawful, or refused with the findings (rule
 * codes and messages) that refuse it, plus notes.
 *
 * <p>The standard procedures and what is checked for each:
 * <ul>
 *   <li>{@link FundingProcedure#SMALL_GRANT}: {@link SmallGrantRules#eligibilityRules()} (amount,
 *       duration, scope, yearly cap, budget share) on the task as a would-be small grant received
 *       on the question's date; the yearly cap and budget share count every grant of that year the
 *       history knows, as if the task came after all of them;</li>
 *   <li>{@link FundingProcedure#OPEN_COMPETITION_SUPPORT}: always open, with the note that an own
 *       contribution is needed ({@link AdviceRules#SUPPORT_CONTRIBUTION});</li>
 *   <li>{@link FundingProcedure#OPEN_COMPETITION_ENTRUSTING}: always open;</li>
 *   <li>{@link FundingProcedure#COOPERATIVE_PROBLEM_SOLVING}: a joint offer of at least two
 *       organisations and a problem defined by the local government;</li>
 *   <li>{@link FundingProcedure#OWN_INITIATIVE}: always open, with the note on the assessment period.</li>
 * </ul>
 * Other procedures (e.g. a public–social partnership) are advised on by adding a {@link
 * ProcedureCheck} with {@link #with}.
 *
 * <p>Immutable and thread-safe.
 *
 * <p>Polish: <i>doradca wyboru trybu zlecenia zadania</i>.
 */
public final class ProcedureAdvisor {

  /** The id given to the would-be small grant: the greatest UUID, so that it sorts after every stored grant. */
  private static final GrantId PROBE_ID = GrantId.of(new UUID(-1L, -1L));

  private final ParameterSet parameters;
  private final ReferenceData referenceData;
  private final List<ProcedureCheck> checks;

  private ProcedureAdvisor(ParameterSet parameters, ReferenceData referenceData, List<ProcedureCheck> checks) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
    this.checks = List.copyOf(checks);
  }

  /**
   * An advisor on the five standard procedures, in this rules' environment.
   *
   * @param environment the rules' environment (parameters, working-day calendar, reference data)
   * @return the advisor
   */
  public static ProcedureAdvisor standard(RuleEnvironment environment) {
    return new ProcedureAdvisor(environment.parameters(), environment.referenceData(), List.of(
        smallGrant(),
        byRules(FundingProcedure.OPEN_COMPETITION_SUPPORT, List.of(AdviceRules.SUPPORT_CONTRIBUTION)),
        byRules(FundingProcedure.OPEN_COMPETITION_ENTRUSTING, List.of()),
        byRules(FundingProcedure.COOPERATIVE_PROBLEM_SOLVING, List.of(AdviceRules.COOP_PARTNERS, AdviceRules.COOP_PROBLEM)),
        byRules(FundingProcedure.OWN_INITIATIVE, List.of(AdviceRules.OWN_INITIATIVE))));
  }

  /** An advisor on the standard procedures with the statutory parameters and the Polish calendar. */
  public static ProcedureAdvisor statutory() {
    return standard(RuleEnvironment.of(ParameterSet.statutory(), WorkingDayCalendar.polish()));
  }

  /** This advisor with one more procedure check (or a replacement for the check of the same procedure). */
  public ProcedureAdvisor with(ProcedureCheck check) {
    Objects.requireNonNull(check, "check");
    List<ProcedureCheck> copy = new ArrayList<>();
    checks.stream().filter(c -> !c.procedure().equals(check.procedure())).forEach(copy::add);
    copy.add(check);
    return new ProcedureAdvisor(parameters, referenceData, copy);
  }

  /** The procedures advised on, in order. */
  public List<FundingProcedure> procedures() {
    return checks.stream().map(ProcedureCheck::procedure).toList();
  }

  /**
   * Every procedure with its verdict, in the advisor's order.
   *
   * @param question the task
   * @param history the small grants and planned budgets known (e.g. {@link GrantHistory#fromRepository})
   */
  public List<ProcedureVerdict> advise(ProcedureQuestion question, GrantHistory history) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(history, "history");
    return checks.stream()
        .map(c -> new ProcedureVerdict(c.procedure(), c.check(question, history, parameters, referenceData)))
        .toList();
  }

  /** The procedures that are lawful for the task. */
  public List<FundingProcedure> lawfulProcedures(ProcedureQuestion question, GrantHistory history) {
    return advise(question, history).stream().filter(ProcedureVerdict::isLawful)
        .map(ProcedureVerdict::procedure).toList();
  }

  /** The verdict on one procedure, if the advisor knows it. */
  public java.util.Optional<ProcedureVerdict> verdictOn(FundingProcedure procedure, ProcedureQuestion question,
      GrantHistory history) {
    return advise(question, history).stream().filter(v -> v.procedure().equals(procedure)).findFirst();
  }

  /** A check that runs rules over the question, as of its date. */
  public static ProcedureCheck byRules(FundingProcedure procedure, List<? extends Rule<? super ProcedureQuestion>> rules) {
    Objects.requireNonNull(procedure, "procedure");
    List<Rule<? super ProcedureQuestion>> copy = List.copyOf(rules);
    return new ProcedureCheck() {
      @Override
      public FundingProcedure procedure() {
        return procedure;
      }

      @Override
      public RuleReport check(ProcedureQuestion q, GrantHistory h, ParameterSet p, ReferenceData r) {
        return RuleEngine.evaluate(q, subject(procedure, q), copy, q.date(), p, r);
      }
    };
  }

  /** The small-grant check: the eligibility rules on the task as a would-be small grant. */
  public static ProcedureCheck smallGrant() {
    return new ProcedureCheck() {
      @Override
      public FundingProcedure procedure() {
        return FundingProcedure.SMALL_GRANT;
      }

      @Override
      public RuleReport check(ProcedureQuestion q, GrantHistory h, ParameterSet p, ReferenceData r) {
        SmallGrant probe = SmallGrant.builder()
            .id(PROBE_ID)
            .body(q.body())
            .applicant(q.organisation())
            .taskTitle(q.taskTitle())
            .localOrRegional(q.localOrRegional())
            .taskPeriod(q.taskPeriod())
            .amount(q.amount())
            .mode(q.mode())
            .offerReceived(q.date())
            .build();
        SmallGrant lastOfYear = probe.withOfferReceived(LocalDate.of(q.date().getYear(), 12, 31));
        GrantHistory wholeYear = new GrantHistory() {
          @Override
          public Money organisationTotalBefore(SmallGrant grant) {
            return h.organisationTotalBefore(lastOfYear);
          }

          @Override
          public Money bodyTotalBefore(SmallGrant grant) {
            return h.bodyTotalBefore(lastOfYear);
          }

          @Override
          public java.util.Optional<PlannedGrantBudget> plannedBudget(TerytCode bodyArea, int year) {
            return h.plannedBudget(bodyArea, year);
          }
        };
        return RuleEngine.evaluate(new SmallGrantCase(probe, wholeYear), subject(FundingProcedure.SMALL_GRANT, q),
            SmallGrantRules.eligibilityRules(), q.date(), p, r);
      }
    };
  }

  private static String subject(FundingProcedure procedure, ProcedureQuestion q) {
    return q.taskTitle() + " – " + procedure.polishName();
  }
}
