package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.ReferenceData;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;
import pl.lsw.core.testing.Property;

class SmallGrantRulesPropertyTest {

  static boolean passes(pl.lsw.core.rules.Rule<SmallGrantCase> rule, SmallGrant g, ParameterSet p) {
    RuleReport r = RuleEngine.evaluate(new SmallGrantCase(g, GrantHistory.none()), "p", List.of(rule),
        g.offerReceived(), p, pl.lsw.core.rules.ReferenceData.empty().with(pl.lsw.core.kernel.WorkingDayCalendar.class, pl.lsw.core.kernel.WorkingDayCalendar.polish()));
    assertTrue(r.isComplete(), r::toString);
    return r.isCompliant();
  }

  @Test
  void the_amount_rule_passes_exactly_when_the_amount_is_at_most_the_maximum_valid_on_the_receipt_date() {
    AtomicInteger passed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Property.forAll("amount verdict = amount <= max", rnd -> {
      ParameterSet p = SmallGrantGen.parameters(rnd);
      LocalDate receipt = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(4 * 365));
      Money max = p.valueAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX, receipt);
      Money amount = rnd.nextInt(4) == 0 ? max.add(Money.ofGrosze(rnd.nextInt(3) - 1)) : SmallGrantGen.amount(rnd, 35_000);
      if (!amount.isPositive()) {
        amount = Money.ofGrosze(1);
      }
      boolean verdict = passes(SmallGrantRules.AMOUNT, SmallGrantGen.received(1, amount, receipt), p);
      assertEquals(amount.isAtMost(max), verdict, amount + " against " + max);
      (verdict ? passed : failed).incrementAndGet();
    });
    assertTrue(passed.get() > 0 && failed.get() > 0, passed + " passed, " + failed + " failed");
  }

  @Test
  void the_duration_rule_passes_exactly_when_the_days_are_at_most_the_maximum() {
    AtomicInteger passed = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Property.forAll("duration verdict = days <= max", rnd -> {
      ParameterSet p = SmallGrantGen.parameters(rnd);
      LocalDate receipt = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(4 * 365));
      int max = p.valueAsOf(StatutoryParameters.SMALL_GRANT_DURATION_MAX_DAYS, receipt);
      long days = rnd.nextInt(3) == 0 ? max + rnd.nextInt(3) - 1 : 1 + rnd.nextInt(200);
      SmallGrant g = SmallGrantGen.received(1, Money.ofZloty(1), receipt)
          .withTaskPeriod(DateRange.ofDays(receipt.plusDays(rnd.nextInt(60)), days));
      boolean verdict = passes(SmallGrantRules.DURATION, g, p);
      assertEquals(days <= max, verdict, days + " days against " + max);
      (verdict ? passed : failed).incrementAndGet();
    });
    assertTrue(passed.get() > 0 && failed.get() > 0, passed + " passed, " + failed + " failed");
  }

  @Test
  void batch_totals_equal_the_sum_of_the_counted_amounts_and_verdicts_do_not_depend_on_the_order() {
    AtomicInteger capHits = new AtomicInteger();
    AtomicInteger capMisses = new AtomicInteger();
    Property.forAll("batch totals and order independence", 40, rnd -> {
      ParameterSet p = SmallGrantGen.parameters(rnd);
      SmallGrantChecker checker = new SmallGrantChecker(pl.lsw.core.rules.RuleEnvironment.of(p, pl.lsw.core.kernel.WorkingDayCalendar.polish()));
      List<SmallGrant> grants = SmallGrantGen.yearOfGrants(rnd, 20 + rnd.nextInt(150), 1 + rnd.nextInt(30), 2026);
      List<PlannedGrantBudget> budgets = List.of(
          new PlannedGrantBudget(SmallGrantGen.WARSAW, 2026, Money.ofZloty(rnd.nextInt(2_000_000))),
          new PlannedGrantBudget(SmallGrantGen.KARLINO, 2026, Money.ofZloty(rnd.nextInt(200_000))));
      LocalDate asOf = LocalDate.of(2027, 3, 1);
      SmallGrantBatchReport batch = checker.checkAll(grants, budgets, asOf);

      Money counted = Money.sum(grants.stream().filter(g -> g.status().countsTowardsLimits())
          .map(SmallGrant::amount).toList());
      assertEquals(counted, Money.sum(batch.organisationTotals().stream().map(OrganisationYearTotal::total).toList()));
      assertEquals(counted, Money.sum(batch.bodyTotals().stream().map(BodyYearTotal::total).toList()));

      List<SmallGrant> shuffled = new ArrayList<>(grants);
      Collections.shuffle(shuffled, rnd);
      SmallGrantBatchReport again = checker.checkAll(shuffled, budgets, asOf);
      for (SmallGrant g : grants) {
        assertEquals(batch.reportOf(g.id()), again.reportOf(g.id()));
        if (batch.reportOf(g.id()).findingsOf(SmallGrantRules.YEARLY_CAP.id().code()).isEmpty()) {
          capMisses.incrementAndGet();
        } else {
          capHits.incrementAndGet();
        }
      }
      assertEquals(batch.organisationTotals(), again.organisationTotals());
      assertEquals(batch.bodyTotals(), again.bodyTotals());
    });
    assertTrue(capHits.get() > 0 && capMisses.get() > 0, capHits + " over the cap, " + capMisses + " within");
  }
}
