package pl.lsw.core.financing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingFixtures;
import pl.lsw.core.financing.FinancingGen;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.testing.Property;

class ContractPropertyTest {

  private static final LocalDate D = LocalDate.of(2026, 5, 4);

  @Test
  void the_cost_shift_verdict_is_whether_every_items_growth_stays_within_the_allowed_share() {
    AtomicInteger pass = new AtomicInteger();
    AtomicInteger fail = new AtomicInteger();
    Property.forAll("cost shift verdict", 500, rnd -> {
      Budget budget = FinancingGen.positiveBudget(rnd);
      Percent allowed = FinancingGen.share(rnd);
      int n = budget.items().size();
      List<Money> current = new ArrayList<>();
      budget.items().forEach(i -> current.add(i.total()));
      List<CostShift> shifts = new ArrayList<>();
      int count = 1 + rnd.nextInt(4);
      for (int k = 0; k < count; k++) {
        int from = rnd.nextInt(n);
        int to = (from + 1 + rnd.nextInt(n - 1)) % n;
        Money headroom = budget.itemTotal(to).share(allowed, java.math.RoundingMode.FLOOR)
            .subtract(current.get(to).subtract(budget.itemTotal(to)));
        Money amount = rnd.nextBoolean() && headroom.isPositive()
            ? FinancingGen.nearShare(rnd, Percent.HUNDRED, headroom).add(Money.ofGrosze(rnd.nextInt(3) - 1))
            : FinancingGen.nearShare(rnd, Percent.HUNDRED, current.get(from));
        amount = amount.max(Money.ofGrosze(1)).min(current.get(from));
        if (!amount.isPositive()) {
          continue;
        }
        shifts.add(CostShift.of(from, to, amount, D));
        current.set(from, current.get(from).subtract(amount));
        current.set(to, current.get(to).add(amount));
      }
      Contract c = FinancingFixtures.contract().budget(budget).allowedShiftShare(allowed).costShifts(shifts).build();
      boolean expected = true;
      for (int i = 0; i < n; i++) {
        BigDecimal growth = current.get(i).subtract(budget.itemTotal(i)).toBigDecimal();
        BigDecimal limit = budget.itemTotal(i).toBigDecimal().multiply(allowed.value()).movePointLeft(2);
        if (growth.compareTo(limit) > 0) {
          expected = false;
        }
      }
      assertEquals(current, c.itemTotalsAfterShifts());
      boolean compliant = RuleEngine.evaluate(c, "contract", List.of(ContractRules.COST_SHIFT), D,
          ParameterSet.statutory()).isCompliant();
      assertEquals(expected, compliant, () -> shifts + " with " + allowed);
      (compliant ? pass : fail).incrementAndGet();
    });
    assertTrue(pass.get() > 20 && fail.get() > 20, pass + " pass, " + fail + " fail");
  }
}
