package pl.lsw.core.financing.contract;

import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.kernel.MessageBundle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.SourceReference;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * The rules of a grant contract, each a {@link Rule} of a {@link Contract}, all MUST.
 *
 * <p><b>Deadlines.</b> A deadline of N days after an event ends N days after it; when that day is
 * a Sunday, a Saturday or a Polish public holiday it moves to the next working day (Civil Code
 * art. 115), using the {@link WorkingDayCalendar} of the reference data (the Polish calendar when
 * none is given). A deadline that has not passed on the as-of date of the check is not a
 * violation yet.
 *
 * <ul>
 *   <li>{@code FIN-COST-SHIFT} (the contract's own term; no parameter): through the shifts since
 *       the budget in force, no cost item grows by more than the contract's allowed share of its
 *       amount in that budget, decided exactly (20% of 1 000,00 zł: 200,00 zł passes, 200,01 zł
 *       fails); an item of 0 zł may not grow.
 *   <li>{@code FIN-REPORT-FINAL} (UDPP art. 18 ust. 1–2; {@code FIN-REPORT-FINAL.days} as of the
 *       task's last day): the final report is submitted at the latest 30 days after the task's end.
 *   <li>{@code FIN-REPORT-PARTIAL} (art. 18 ust. 3; {@code FIN-REPORT-PARTIAL.minDays} as of the
 *       demand): a partial report is due no sooner than 30 days after the demand (a minimum period,
 *       not moved); a demanded report is submitted by its due date.
 *   <li>{@code FIN-RETURN-UNUSED} (UFP art. 251 ust. 3; {@code FIN-RETURN-UNUSED.days} as of the
 *       last day of the use period): when the use period ends before the end of the budget year,
 *       the unused part (grant minus the amount spent in the final report) is returned within 15
 *       days after the use period; when the use period runs to the end of the budget year, the
 *       part unused by then goes back by 31 January of the next year (ust. 1; {@code
 *       FIN-RETURN-UNUSED.yearEndBy}). A deadline on a non-working day moves to the next working
 *       day.
 *   <li>{@code FIN-RETURN-MISUSED} (UFP art. 252; {@code FIN-RETURN-MISUSED.days} as of the day of
 *       the finding): the amounts found misused are returned within 15 days of each finding (the
 *       returns of this kind, in order, cover the findings in order).
 * </ul>
 *
 * <p>Polish: <i>reguły umowy dotacyjnej</i>.
 */
public final class ContractRules {

  /** The base name of the bundle of these rules' titles and messages: {@value}{@code .properties}
   * (Polish) and {@code _en} (English). */
  public static final String BUNDLE = "pl/lsw/core/financing/contract/messages";

  /** The bundle of the titles and messages of the rules of grant contracts. */
  public static final MessageBundle MESSAGES = MessageBundle.of(ContractRules.class, BUNDLE);

  /** {@code FIN-COST-SHIFT}. */
  public static final Rule<Contract> COST_SHIFT = Rule.of(RuleDefinition.of("FIN-COST-SHIFT", Severity.MUST,
      SourceReference.seed("000", "§Kooperacyjne rozwiązanie problemu"), MESSAGES, List.of(),
      "tooHigh"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        List<Money> after = c.itemTotalsAfterShifts();
        for (int i = 0; i < after.size(); i++) {
          Money original = c.budget().itemTotal(i);
          Money increase = after.get(i).subtract(original);
          if (increase.isPositive() && !increase.isAtMostShareOf(c.allowedShiftShare(), original)) {
            out.add(ctx.finding("budget.items[" + i + "]", "tooHigh", "item", i,
                "category", c.budget().items().get(i).category(), "increase", increase, "original", original,
                "allowed", c.allowedShiftShare()));
          }
        }
        return out;
      });

  /** {@code FIN-REPORT-FINAL}. */
  public static final Rule<Contract> REPORT_FINAL = Rule.of(RuleDefinition.of("FIN-REPORT-FINAL", Severity.MUST,
      SourceReference.legalAct("UDPP", "art. 18 ust. 1–2"), MESSAGES, List.of(StatutoryParameters.REPORT_FINAL_DAYS),
      "late", "overdue"), (c, ctx) -> {
        LocalDate end = c.taskPeriod().end();
        int days = ctx.parameterAsOf(StatutoryParameters.REPORT_FINAL_DAYS, end);
        LocalDate due = deadline(ctx, end, days);
        if (c.finalReport().isPresent()) {
          LocalDate submitted = c.finalReport().get().submittedOn();
          return submitted.isAfter(due)
              ? List.of(ctx.finding("finalReport.submittedOn", "late", "submitted", submitted,
                  "due", due, "end", end, "days", days))
              : ctx.none();
        }
        return ctx.asOf().isAfter(due)
            ? List.of(ctx.finding("finalReport", "overdue", "due", due, "end", end, "days", days))
            : ctx.none();
      });

  /** {@code FIN-REPORT-PARTIAL}. */
  public static final Rule<Contract> REPORT_PARTIAL = Rule.of(RuleDefinition.of("FIN-REPORT-PARTIAL", Severity.MUST,
      SourceReference.legalAct("UDPP", "art. 18 ust. 3"), MESSAGES, List.of(StatutoryParameters.REPORT_PARTIAL_MIN_DAYS),
      "dueTooEarly", "late", "overdue"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < c.partialReportDemands().size(); i++) {
          PartialReportDemand d = c.partialReportDemands().get(i);
          String path = "partialReportDemands[" + i + "]";
          int days = ctx.parameterAsOf(StatutoryParameters.REPORT_PARTIAL_MIN_DAYS, d.demandedOn());
          LocalDate earliest = d.demandedOn().plusDays(days);
          if (d.dueOn().isBefore(earliest)) {
            out.add(ctx.finding(path + ".dueOn", "dueTooEarly", "due", d.dueOn(),
                "demanded", d.demandedOn(), "days", days, "earliest", earliest));
          }
          LocalDate due = calendar(ctx).nextWorkingDayOnOrAfter(d.dueOn());
          if (d.submittedOn().isPresent()) {
            if (d.submittedOn().get().isAfter(due)) {
              out.add(ctx.finding(path + ".submittedOn", "late", "submitted",
                  d.submittedOn().get(), "due", due));
            }
          } else if (ctx.asOf().isAfter(due)) {
            out.add(ctx.finding(path, "overdue", "due", due));
          }
        }
        return out;
      });

  /** {@code FIN-RETURN-UNUSED}. */
  public static final Rule<Contract> RETURN_UNUSED = Rule.of(RuleDefinition.of("FIN-RETURN-UNUSED", Severity.MUST,
      SourceReference.legalAct("UFP", "art. 251 ust. 1 i 3"),
      MESSAGES, List.of(StatutoryParameters.RETURN_UNUSED_DAYS, StatutoryParameters.RETURN_YEAR_END_BY),
      "notReturned", "notReturnedByYearEnd"), (c, ctx) -> {
        if (c.unusedGrant().isEmpty() || !c.unusedGrant().get().isPositive()) {
          return ctx.none();
        }
        Money unused = c.unusedGrant().get();
        boolean yearEnd = !c.usePeriodShorterThanBudgetYear();
        int days = yearEnd ? 0 : ctx.parameterAsOf(StatutoryParameters.RETURN_UNUSED_DAYS, c.usePeriodEnd());
        LocalDate due = yearEnd
            ? deadline(ctx, ctx.parameterAsOf(StatutoryParameters.RETURN_YEAR_END_BY, c.usePeriodEnd())
                .atYear(c.usePeriodEnd().getYear() + 1), 0)
            : deadline(ctx, c.usePeriodEnd(), days);
        Money inTime = Money.ZERO;
        boolean late = false;
        for (GrantReturn r : c.returns()) {
          if (r.kind() == ReturnKind.UNUSED) {
            if (r.paidOn().isAfter(due)) {
              late = true;
            } else {
              inTime = inTime.add(r.amount());
            }
          }
        }
        if (inTime.isLessThan(unused) && (late || ctx.asOf().isAfter(due))) {
          return yearEnd
              ? List.of(ctx.finding("returns", "notReturnedByYearEnd", "unused", unused,
                  "returned", inTime, "due", due, "end", c.usePeriodEnd()))
              : List.of(ctx.finding("returns", "notReturned", "unused", unused,
                  "returned", inTime, "due", due, "end", c.usePeriodEnd(), "days", days));
        }
        return ctx.none();
      });

  /** {@code FIN-RETURN-MISUSED}. */
  public static final Rule<Contract> RETURN_MISUSED = Rule.of(RuleDefinition.of("FIN-RETURN-MISUSED", Severity.MUST,
      SourceReference.legalAct("UFP", "art. 252"), MESSAGES, List.of(StatutoryParameters.RETURN_MISUSED_DAYS),
      "notReturned"), (c, ctx) -> {
        List<Finding> out = new ArrayList<>();
        List<MisuseFinding> findings = new ArrayList<>(c.misuseFindings());
        findings.sort(Comparator.comparing(MisuseFinding::foundOn));
        Money owed = Money.ZERO;
        for (int i = 0; i < findings.size(); i++) {
          MisuseFinding f = findings.get(i);
          owed = owed.add(f.amount());
          int days = ctx.parameterAsOf(StatutoryParameters.RETURN_MISUSED_DAYS, f.foundOn());
          LocalDate due = deadline(ctx, f.foundOn(), days);
          Money paidByDue = Money.ZERO;
          boolean paidLater = false;
          for (GrantReturn r : c.returns()) {
            if (r.kind() == ReturnKind.MISUSED) {
              if (r.paidOn().isAfter(due)) {
                paidLater = true;
              } else {
                paidByDue = paidByDue.add(r.amount());
              }
            }
          }
          if (paidByDue.isLessThan(owed) && (paidLater || ctx.asOf().isAfter(due))) {
            out.add(ctx.finding("misuseFindings[" + c.misuseFindings().indexOf(f) + "]",
                "notReturned", "amount", f.amount(), "found", f.foundOn(), "due", due,
                "owed", owed, "returned", paidByDue, "days", days));
          }
        }
        return out;
      });

  private ContractRules() {}

  /** The rules in the order listed above. */
  public static List<Rule<Contract>> rules() {
    return List.of(COST_SHIFT, REPORT_FINAL, REPORT_PARTIAL, RETURN_UNUSED, RETURN_MISUSED);
  }

  /** The rule set {@code "financing-contract"}. */
  public static RuleSet ruleSet() {
    return RuleSet.of("financing-contract", rules());
  }

  /**
   * Checks a contract against every rule as of {@code asOf}, in the rules' environment.
   *
   * @param contract the contract
   * @param asOf the day of the check
   * @param environment the rules' environment (parameters, working-day calendar)
   * @return the report
   */
  public static RuleReport check(Contract contract, LocalDate asOf, RuleEnvironment environment) {
    return RuleEngine.evaluate(contract, "contract " + contract.id(), rules(), asOf, environment.parameters(),
        environment.referenceData());
  }

  /**
   * The day {@code days} days after {@code from}, moved to the next working day when it is not
   * one.
   */
  static LocalDate deadline(RuleContext ctx, LocalDate from, int days) {
    return calendar(ctx).nextWorkingDayOnOrAfter(from.plusDays(days));
  }

  private static WorkingDayCalendar calendar(RuleContext ctx) {
    return ctx.referenceData().find(WorkingDayCalendar.class).orElseThrow(
        () -> new IllegalStateException("the rule environment has no working-day calendar"));
  }

  static List<Finding> violations(Contract contract, List<Rule<Contract>> rules, RuleEnvironment environment,
      LocalDate asOf) {
    RuleReport report = RuleEngine.evaluate(contract, "contract " + contract.id(), rules, asOf,
        environment.parameters(), environment.referenceData());
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException("rules could not be checked: " + report.failures());
    }
    return report.violations();
  }
}
