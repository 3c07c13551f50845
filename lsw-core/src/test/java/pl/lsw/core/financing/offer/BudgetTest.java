package pl.lsw.core.financing.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;

/** A task's cost calculation: the test phase of Praski Kokon, fractional quantities, exact totals. */
class BudgetTest {

  static final String SPECIALIST = "specjalista ds. zarządzania wiedzą w LSW";

  private static CostItem item(String category, String unit, long quantity, Money unitCost) {
    return CostItem.builder().category(category).unit(unit).quantity(BigDecimal.valueOf(quantity))
        .unitCost(unitCost).source(FundingSource.GRANT).build();
  }

  @Test
  void the_test_phase_budget_of_praski_kokon_is_reproduced_exactly() {
    Budget budget = Budget.of(
        item(SPECIALIST + " – wynagrodzenie", "miesiąc", 21, Money.ofZloty(6_500)),
        item(SPECIALIST + " – trzynasta pensja", "wypłata", 1, Money.ofZloty(6_500)),
        CostItem.lumpSum("spotkania w ramach LSW", Money.of("10000.00"), FundingSource.GRANT),
        CostItem.lumpSum("warsztaty dla użytkowników", Money.of("25000.00"), FundingSource.GRANT));
    assertEquals(Money.ofZloty(136_500), budget.items().get(0).total());
    assertEquals(Money.of("143000.00"), budget.totalOf(l -> l.category().startsWith(SPECIALIST)));
    assertEquals(Money.of("178000.00"), budget.total());
  }

  @Test
  void a_fractional_quantity_is_exact_when_the_total_is_whole_grosze() {
    assertEquals(Money.of("3250.00"), CostItem.validate("pół etatu", "etat", new BigDecimal("0.5"),
        Money.ofZloty(6_500), FundingSource.GRANT).get().total());
  }

  @Test
  void a_line_whose_total_is_not_whole_grosze_is_refused_rather_than_rounded() {
    assertTrue(CostItem.validate("godziny", "godzina", new BigDecimal("0.333"), Money.of("10.01"),
        FundingSource.GRANT).isInvalid());
  }

  @Test
  void a_line_reports_every_problem_at_once() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CostItem.builder().category(" ").unit("").quantity(BigDecimal.ZERO).unitCost(Money.of("-1.00"))
            .source(FundingSource.GRANT).build());
    assertEquals(4, e.problems().size());
  }
}
