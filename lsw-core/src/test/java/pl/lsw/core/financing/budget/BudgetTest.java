package pl.lsw.core.financing.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;

class BudgetTest {

  static final String SPECIALIST = "specjalista ds. zarządzania wiedzą w LSW";

  @Test
  void the_test_phase_budget_of_praski_kokon_is_reproduced_exactly() {
    Budget budget = Budget.of("Praski Kokon – etap testowania modelu",
        BudgetLine.of(SPECIALIST + " – wynagrodzenie", "miesiąc", 21, Money.ofZloty(6_500)),
        BudgetLine.of(SPECIALIST + " – trzynasta pensja", "wypłata", 1, Money.ofZloty(6_500)),
        BudgetLine.lumpSum("spotkania w ramach LSW", Money.of("10000.00")),
        BudgetLine.lumpSum("warsztaty dla użytkowników", Money.of("25000.00")));
    assertEquals(Money.ofZloty(136_500), budget.lines().get(0).total());
    assertEquals(Money.of("143000.00"), budget.totalOf(l -> l.name().startsWith(SPECIALIST)));
    assertEquals(Money.of("178000.00"), budget.total());
  }

  @Test
  void a_fractional_quantity_is_exact_when_the_total_is_whole_grosze() {
    assertEquals(Money.of("3250.00"), BudgetLine.of("pół etatu", "etat", new BigDecimal("0.5"), Money.ofZloty(6_500)).total());
  }

  @Test
  void a_line_whose_total_is_not_whole_grosze_is_refused_rather_than_rounded() {
    assertTrue(BudgetLine.validate("godziny", "godzina", new BigDecimal("0.333"), Money.of("10.01")).isInvalid());
  }

  @Test
  void a_line_reports_every_problem_at_once() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BudgetLine.of(" ", "", BigDecimal.ZERO, Money.of("-1.00")));
    assertEquals(4, e.problems().size());
  }
}
