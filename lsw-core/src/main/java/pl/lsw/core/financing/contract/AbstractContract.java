package pl.lsw.core.financing.contract;

import pl.lsw.core.kernel.Label;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.competition.Award;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionState;
import pl.lsw.core.financing.competition.CooperativeProblem;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.FinancingChecks;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Finding;

/**
 * A contract for a public task with a grant: the aggregate.
 *
 * <p>It holds the body and the organisations (several in a joint contract — UDPP art. 16 ust. 6),
 * the procedure and mode, the grant, the task period (the period of use of the grant), the
 * budget, the share of shifts between cost items allowed without an annex (a per-contract term;
 * high in cooperative problem solving), the expected results as the material scope, and then its
 * history: annexes, cost shifts, demands for partial reports and the reports, the final report,
 * misuse findings and returns.
 *
 * <p><b>Commands</b> return either a {@link pl.lsw.core.kernel.Refusal} listing every reason, or the {@link pl.lsw.core.kernel.Change}
 * contract with its event; {@link ContractService} stores and publishes. Commands record facts
 * (a late report is recorded, and reported by {@link ContractRules}); they refuse what cannot be
 * (a shift from an unknown item) and what a rule forbids the body to do (a partial report due
 * sooner than 30 days, a shift above the allowed share).
 *
 * <p><b>Versions</b>: 0 for a contract never stored, n + 1 after each save.
 *
 * <p>Polish: <i>umowa o realizację zadania publicznego</i>.
 */
@Value.Immutable
abstract class AbstractContract {

  /** The id. */
  public abstract ContractId id();

  /** The stored version: 0 for a contract never stored. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The body granting the money. */
  public abstract GrantingBody body();

  /** The organisations performing the task; several in a joint contract. */
  public abstract List<OrganisationId> parties();

  /** The procedure the contract was awarded in. */
  public abstract FundingProcedure procedure();

  /** Support (co-financing) or entrusting (financing). */
  public abstract FundingMode mode();

  /** The competition it came from, if any. */
  public abstract Optional<CompetitionId> competition();

  /** The offer it came from, if known. */
  public abstract Optional<OfferId> offer();

  /** The partnership performing the task in cooperative problem solving, if any. */
  public abstract Optional<PartnershipId> partnership();

  /** The day the contract was signed. */
  public abstract LocalDate signedOn();

  /** The grant. */
  public abstract Money grantAmount();

  /** The task period, which is also the period the grant may be used in. */
  public abstract DateRange taskPeriod();

  /** The budget as signed or as last amended. */
  public abstract Budget budget();

  /** The share by which a cost item may grow through shifts without an annex. */
  public abstract Percent allowedShiftShare();

  /** The expected results, the material scope of the task. */
  public abstract List<String> expectedResults();

  /** The annexes, in order. */
  public abstract List<Amendment> amendments();

  /** The cost shifts since the budget in force, in order. */
  public abstract List<CostShift> costShifts();

  /** The demands for partial reports, in order. */
  public abstract List<PartialReportDemand> partialReportDemands();

  /** The final report, once submitted. */
  public abstract Optional<FinalReport> finalReport();

  /** The misuse findings, in order. */
  public abstract List<MisuseFinding> misuseFindings();

  /** The returns paid, in order. */
  public abstract List<GrantReturn> returns();

  /**
   * Drafts the contract for an offer chosen in a decided competition: every applicant of the offer
   * is a party (a joint offer gives a joint contract, UDPP art. 16 ust. 6), the grant is the one
   * awarded, and the task period, budget and expected results are the offer's; procedure, mode,
   * body, competition and cooperative partnership come from the competition. Refused when the
   * competition is not decided ({@code COMPETITION_NOT_DECIDED}) or did not choose the offer
   * ({@code OFFER_NOT_AWARDED}).
   *
   * @param id the contract's id
   * @param competition the decided competition
   * @param offer the chosen offer
   * @param signedOn the signing day
   * @param allowedShiftShare the share of shifts between cost items the contract allows
   */
  public static Either<Refusal, Contract> fromAward(ContractId id, Competition competition, OfferId offer,
      LocalDate signedOn, Percent allowedShiftShare) {
    List<Problem> problems = new ArrayList<>();
    if (competition.state() != CompetitionState.DECIDED) {
      problems.add(ContractProblems.PROBLEMS.problem("competition", "COMPETITION_NOT_DECIDED",
          "competition", competition.title(), "state", competition.state(), "decided", CompetitionState.DECIDED));
    }
    Optional<Award> award = competition.award(offer);
    Optional<Offer> chosen = competition.offer(offer);
    if (award.isEmpty() || chosen.isEmpty()) {
      problems.add(ContractProblems.PROBLEMS.problem("offer", "OFFER_NOT_AWARDED",
          "competition", competition.title()));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Offer o = chosen.get();
    return Either.right(Contract.builder().id(id).body(competition.body()).parties(o.applicants())
        .procedure(competition.procedure()).mode(competition.mode()).competition(competition.id()).offer(offer)
        .partnership(competition.cooperativeProblem().flatMap(CooperativeProblem::partnership))
        .signedOn(signedOn).grantAmount(award.get().grant()).taskPeriod(o.taskPeriod()).budget(o.budget())
        .allowedShiftShare(allowedShiftShare).expectedResults(o.expectedResults()).build());
  }

  /** Whether several organisations are parties. */
  public boolean isJoint() {
    return parties().size() > 1;
  }

  /** The budget year the contract belongs to: the year its task starts. */
  public int year() {
    return taskPeriod().start().getYear();
  }

  /** The last day the grant may be used: the task's end. */
  public LocalDate usePeriodEnd() {
    return taskPeriod().end();
  }

  /** Whether the use period ends before the end of its budget year (UFP art. 251 ust. 3). */
  public boolean usePeriodShorterThanBudgetYear() {
    LocalDate end = usePeriodEnd();
    return end.isBefore(LocalDate.of(end.getYear(), 12, 31));
  }

  /** The unused part of the grant, once the final report says how much was spent. */
  public Optional<Money> unusedGrant() {
    return finalReport().map(r -> grantAmount().subtract(r.grantSpent()).max(Money.ZERO));
  }

  /** The total of each cost item after the shifts, in budget order. */
  public List<Money> itemTotalsAfterShifts() {
    List<Money> totals = new ArrayList<>();
    budget().items().forEach(i -> totals.add(i.total()));
    for (CostShift s : costShifts()) {
      if (valid(s.fromItem()) && valid(s.toItem())) {
        totals.set(s.fromItem(), totals.get(s.fromItem()).subtract(s.amount()));
        totals.set(s.toItem(), totals.get(s.toItem()).add(s.amount()));
      }
    }
    return totals;
  }

  /** The sum returned of one kind. */
  public Money returned(ReturnKind kind) {
    Money sum = Money.ZERO;
    for (GrantReturn r : returns()) {
      if (r.kind() == kind) {
        sum = sum.add(r.amount());
      }
    }
    return sum;
  }

  private boolean valid(int item) {
    return item >= 0 && item < budget().items().size();
  }

  /** Checks the parties, the grant, the shift share and the version. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (parties().isEmpty()) {
      problems.add(ContractProblems.PROBLEMS.problem("parties", "PARTIES_EMPTY"));
    }
    FinancingChecks.requireDistinct(problems, "parties", "PARTIES", Label.of("Organizacje", "Organisations"), parties());
    FinancingChecks.requireNonNegative(problems, "grantAmount", "GRANT_AMOUNT", Label.of("Kwota dotacji", "The grant"), grantAmount());
    FinancingChecks.refusePesel(problems, "expectedResults", "EXPECTED_RESULT",
        Label.of("Zakładany rezultat", "An expected result"), expectedResults());
    if (!allowedShiftShare().isShare()) {
      problems.add(ContractProblems.PROBLEMS.problem("allowedShiftShare", "ALLOWED_SHIFT_SHARE_RANGE",
          "share", allowedShiftShare()));
    }
    if (version() < 0) {
      problems.add(ContractProblems.PROBLEMS.problem("version", "VERSION_NEGATIVE", "version", version()));
    }
    FinancingChecks.throwIfAny(problems);
  }

  private Contract self() {
    return (Contract) this;
  }

  private static Either<Refusal, Change<Contract>> outcome(List<Problem> problems, List<Finding> violations,
      java.util.function.Supplier<Contract> next, java.util.function.Function<Contract, ContractEvent> event) {
    if (!problems.isEmpty() || !violations.isEmpty()) {
      List<Problem> reasons = new ArrayList<>(problems);
      violations.forEach(v -> reasons.add(v.toProblem()));
      return Either.left(Refusal.of(reasons));
    }
    Contract c = next.get();
    return Either.right(Change.of(c, event.apply(c)));
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  /**
   * Signs an annex. Refused when its number is not the next one ({@code AMENDMENT_NUMBER}), it is
   * dated before the contract ({@code AMENDMENT_BEFORE_CONTRACT}), the final report was already
   * submitted ({@code CONTRACT_SETTLED}) or the new grant is negative ({@code GRANT_AMOUNT_NEGATIVE}).
   *
   * @param amendment the annex
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Contract>> amend(Amendment amendment, Instant at) {
    List<Problem> problems = new ArrayList<>();
    int expected = amendments().size() + 1;
    if (amendment.number() != expected) {
      problems.add(ContractProblems.PROBLEMS.problem("amendment.number", "AMENDMENT_NUMBER",
          "expected", expected, "number", amendment.number()));
    }
    if (amendment.signedOn().isBefore(signedOn())) {
      problems.add(ContractProblems.PROBLEMS.problem("amendment.signedOn", "AMENDMENT_BEFORE_CONTRACT",
          "signed", amendment.signedOn(), "contract", signedOn()));
    }
    if (finalReport().isPresent()) {
      problems.add(ContractProblems.PROBLEMS.problem("finalReport", "CONTRACT_SETTLED"));
    }
    amendment.grantAmount().ifPresent(g -> FinancingChecks.requireNonNegative(problems, "amendment.grantAmount",
        "GRANT_AMOUNT", Label.of("Kwota dotacji", "The grant"), g));
    return outcome(problems, List.of(), () -> {
      Contract.Builder b = Contract.builder().from(self()).amendments(append(amendments(), amendment));
      amendment.budget().ifPresent(budget -> b.budget(budget).costShifts(List.of()));
      amendment.grantAmount().ifPresent(b::grantAmount);
      amendment.taskPeriod().ifPresent(b::taskPeriod);
      return b.build();
    }, c -> new ContractEvent.Amended(id(), at, amendment.number()));
  }

  /**
   * Moves money between cost items without an annex. Refused when an item is unknown ({@code
   * COST_ITEM_UNKNOWN}), both are the same ({@code COST_SHIFT_SAME_ITEM}), the amount is not
   * positive ({@code COST_SHIFT_NOT_POSITIVE}) or more than the item holds ({@code
   * COST_SHIFT_EXCEEDS_ITEM}), and when the shift takes an item above the allowed share ({@code
   * FIN-COST-SHIFT}).
   *
   * @param shift the amount and the two cost items
   * @param environment the rules' environment
   * @param at when (for the event)
   * @return the new state and its event, or every reason
   */
  public Either<Refusal, Change<Contract>> shiftCost(CostShift shift, RuleEnvironment environment, Instant at) {
    List<Problem> problems = new ArrayList<>();
    for (int item : new int[] {shift.fromItem(), shift.toItem()}) {
      if (!valid(item)) {
        problems.add(ContractProblems.PROBLEMS.problem("shift", "COST_ITEM_UNKNOWN",
            "count", budget().items().size(), "number", item + 1));
      }
    }
    if (shift.fromItem() == shift.toItem()) {
      problems.add(ContractProblems.PROBLEMS.problem("shift", "COST_SHIFT_SAME_ITEM"));
    }
    if (!shift.amount().isPositive()) {
      problems.add(ContractProblems.PROBLEMS.problem("shift.amount", "COST_SHIFT_NOT_POSITIVE",
          "amount", shift.amount()));
    }
    if (valid(shift.fromItem()) && shift.amount().isGreaterThan(itemTotalsAfterShifts().get(shift.fromItem()))) {
      problems.add(ContractProblems.PROBLEMS.problem("shift.amount", "COST_SHIFT_EXCEEDS_ITEM",
          "number", shift.fromItem() + 1, "category", budget().items().get(shift.fromItem()).category(),
          "holds", itemTotalsAfterShifts().get(shift.fromItem()), "amount", shift.amount()));
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Contract next = self().withCostShifts(append(costShifts(), shift));
    List<Finding> violations = ContractRules.violations(next, List.of(ContractRules.COST_SHIFT),
        environment, shift.on());
    return outcome(problems, violations, () -> next, c -> new ContractEvent.CostShifted(id(), at, shift));
  }

  /**
   * Demands a partial report. Refused when the due date is less than 30 days after the demand
   * ({@code FIN-REPORT-PARTIAL}, in the rules' environment) or the final report was submitted
   * ({@code CONTRACT_SETTLED}).
   *
   * @param demandedOn the day of the demand
   * @param dueOn the due date
   * @param environment the rules' environment (parameters, working-day calendar)
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Contract>> demandPartialReport(LocalDate demandedOn, LocalDate dueOn,
      RuleEnvironment environment, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (finalReport().isPresent()) {
      problems.add(ContractProblems.PROBLEMS.keyed("CONTRACT_SETTLED_DEMAND", "finalReport", "CONTRACT_SETTLED"));
    }
    Contract next = self().withPartialReportDemands(append(partialReportDemands(),
        new PartialReportDemand(demandedOn, dueOn, Optional.empty())));
    String path = "partialReportDemands[" + partialReportDemands().size() + "]";
    List<Finding> violations = ContractRules.violations(next, List.of(ContractRules.REPORT_PARTIAL), environment,
        demandedOn).stream().filter(f -> f.path().startsWith(path)).toList();
    return outcome(problems, violations, () -> next,
        c -> new ContractEvent.PartialReportDemanded(id(), at, dueOn));
  }

  /**
   * Records a partial report. Refused when no such demand exists ({@code DEMAND_UNKNOWN}), it was
   * already answered ({@code PARTIAL_REPORT_DUPLICATE}) or the report predates the demand ({@code
   * PARTIAL_REPORT_BEFORE_DEMAND}). A late report is recorded (and reported by the rule).
   *
   * @param demand the index of the demand answered
   * @param submittedOn the day of submission
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Contract>> submitPartialReport(int demand, LocalDate submittedOn, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (demand < 0 || demand >= partialReportDemands().size()) {
      problems.add(ContractProblems.PROBLEMS.problem("demand", "DEMAND_UNKNOWN",
          "count", partialReportDemands().size(), "number", demand + 1));
      return Either.left(Refusal.of(problems));
    }
    PartialReportDemand d = partialReportDemands().get(demand);
    if (d.submittedOn().isPresent()) {
      problems.add(ContractProblems.PROBLEMS.problem("demand", "PARTIAL_REPORT_DUPLICATE",
          "number", demand + 1, "submitted", d.submittedOn().get()));
    }
    if (submittedOn.isBefore(d.demandedOn())) {
      problems.add(ContractProblems.PROBLEMS.problem("submittedOn", "PARTIAL_REPORT_BEFORE_DEMAND",
          "submitted", submittedOn, "demanded", d.demandedOn()));
    }
    return outcome(problems, List.of(), () -> {
      List<PartialReportDemand> ds = new ArrayList<>(partialReportDemands());
      ds.set(demand, d.submitted(submittedOn));
      return self().withPartialReportDemands(ds);
    }, c -> new ContractEvent.PartialReportSubmitted(id(), at, demand));
  }

  /**
   * Records the final report. Refused when one exists ({@code FINAL_REPORT_DUPLICATE}), it is
   * dated before the task's end ({@code FINAL_REPORT_BEFORE_END}), or the amount spent is negative
   * ({@code GRANT_SPENT_NEGATIVE}) or above the grant ({@code GRANT_SPENT_ABOVE_GRANT}). A late
   * report is recorded (and reported by {@code FIN-REPORT-FINAL}).
   *
   * @param report the report
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Contract>> submitFinalReport(FinalReport report, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (finalReport().isPresent()) {
      problems.add(ContractProblems.PROBLEMS.problem("finalReport", "FINAL_REPORT_DUPLICATE",
          "submitted", finalReport().get().submittedOn()));
    }
    if (report.submittedOn().isBefore(taskPeriod().end())) {
      problems.add(ContractProblems.PROBLEMS.problem("finalReport.submittedOn", "FINAL_REPORT_BEFORE_END",
          "submitted", report.submittedOn(), "end", taskPeriod().end()));
    }
    FinancingChecks.requireNonNegative(problems, "finalReport.grantSpent", "GRANT_SPENT", Label.of("Wykorzystana dotacja", "The grant spent"),
        report.grantSpent());
    if (report.grantSpent().isGreaterThan(grantAmount())) {
      problems.add(ContractProblems.PROBLEMS.problem("finalReport.grantSpent", "GRANT_SPENT_ABOVE_GRANT",
          "spent", report.grantSpent(), "grant", grantAmount()));
    }
    return outcome(problems, List.of(), () -> self().withFinalReport(report),
        c -> new ContractEvent.FinalReportSubmitted(id(), at, c.unusedGrant().orElse(Money.ZERO)));
  }

  /**
   * Records a finding of misuse. Refused when the amount is not positive ({@code
   * MISUSE_NOT_POSITIVE}) or above the grant ({@code MISUSE_ABOVE_GRANT}).
   *
   * @param finding the finding
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Contract>> recordMisuse(MisuseFinding finding, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (!finding.amount().isPositive()) {
      problems.add(ContractProblems.PROBLEMS.problem("finding.amount", "MISUSE_NOT_POSITIVE",
          "amount", finding.amount()));
    }
    if (finding.amount().isGreaterThan(grantAmount())) {
      problems.add(ContractProblems.PROBLEMS.problem("finding.amount", "MISUSE_ABOVE_GRANT",
          "amount", finding.amount(), "grant", grantAmount()));
    }
    return outcome(problems, List.of(), () -> self().withMisuseFindings(append(misuseFindings(), finding)),
        c -> new ContractEvent.MisuseFound(id(), at, finding.amount()));
  }

  /**
   * Records money paid back. Refused when the amount is not positive ({@code RETURN_NOT_POSITIVE})
   * or the payment predates the contract ({@code RETURN_BEFORE_CONTRACT}).
   *
   * @param grantReturn the return
   * @param at when (for the event)
   */
  public Either<Refusal, Change<Contract>> recordReturn(GrantReturn grantReturn, Instant at) {
    List<Problem> problems = new ArrayList<>();
    if (!grantReturn.amount().isPositive()) {
      problems.add(ContractProblems.PROBLEMS.problem("return.amount", "RETURN_NOT_POSITIVE",
          "amount", grantReturn.amount()));
    }
    if (grantReturn.paidOn().isBefore(signedOn())) {
      problems.add(ContractProblems.PROBLEMS.problem("return.paidOn", "RETURN_BEFORE_CONTRACT",
          "paid", grantReturn.paidOn(), "contract", signedOn()));
    }
    return outcome(problems, List.of(), () -> self().withReturns(append(returns(), grantReturn)),
        c -> new ContractEvent.GrantReturned(id(), at, grantReturn));
  }
}
