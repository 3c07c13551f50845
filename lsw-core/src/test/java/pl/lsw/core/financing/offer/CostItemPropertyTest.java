package pl.lsw.core.financing.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.FinancingGen;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.testing.Property;

class CostItemPropertyTest {

  @Test
  void a_budgets_total_is_the_exact_sum_of_its_items_and_of_its_sources() {
    Property.forAll("budget total = exact sum", 500, rnd -> {
      Budget b = FinancingGen.budget(rnd);
      BigDecimal expected = BigDecimal.ZERO;
      for (CostItem i : b.items()) {
        expected = expected.add(i.unitCost().toBigDecimal().multiply(i.quantity()));
      }
      BigDecimal sum = expected;
      assertEquals(0, sum.compareTo(b.total().toBigDecimal()), () -> sum + " vs " + b.total());
      Money bySource = Money.ZERO;
      for (FundingSource s : FundingSource.values()) {
        bySource = bySource.add(b.total(s));
      }
      assertEquals(b.total(), bySource);
      assertEquals(b.total(), b.grantFunded().add(b.ownContribution()));
    });
  }

  @Test
  void a_cost_item_is_accepted_exactly_when_its_total_is_a_whole_number_of_grosze() {
    AtomicInteger exact = new AtomicInteger();
    AtomicInteger inexact = new AtomicInteger();
    Property.forAll("exact total", 500, rnd -> {
      BigDecimal quantity = BigDecimal.valueOf(1 + rnd.nextInt(100_000), rnd.nextInt(5));
      Money unitCost = Money.ofGrosze(rnd.nextInt(1_000_000));
      boolean whole = unitCost.toBigDecimal().multiply(quantity).movePointRight(2).stripTrailingZeros().scale() <= 0;
      var v = CostItem.validate("koszt", "szt.", quantity, unitCost, FundingSource.GRANT);
      assertEquals(whole, v.isValid(), () -> quantity + " × " + unitCost);
      if (whole) {
        exact.incrementAndGet();
        assertEquals(0, unitCost.toBigDecimal().multiply(quantity).compareTo(v.get().total().toBigDecimal()));
      } else {
        inexact.incrementAndGet();
        assertEquals("TOTAL_NOT_EXACT", v.getError().head().code());
      }
    });
    assertTrue(exact.get() > 0 && inexact.get() > 0, exact + " exact, " + inexact + " inexact");
  }
}
