package pl.lsw.core.financing.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

class CostItemTest {

  @Test
  void the_specialist_of_the_test_phase_costs_21_months_of_6_500_zl_exactly() {
    CostItem salary = CostItem.builder().category("specjalista ds. zarządzania wiedzą").unit("miesiąc")
        .quantity(BigDecimal.valueOf(22)).unitCost(Money.ofZloty(6_500)).source(FundingSource.GRANT).build();
    assertEquals(Money.ofZloty(143_000), salary.total());
  }

  @Test
  void half_a_post_at_3_333_33_zl_is_exact_to_the_grosz_but_a_third_of_one_zloty_is_refused() {
    CostItem half = CostItem.validate("etat", "miesiąc", new BigDecimal("0.5"), Money.of("3333.34"),
        FundingSource.GRANT).get();
    assertEquals(Money.of("1666.67"), half.total());
    var third = CostItem.validate("etat", "miesiąc", new BigDecimal("0.333"), Money.of("1.00"), FundingSource.GRANT);
    assertTrue(third.isInvalid());
    assertEquals("TOTAL_NOT_EXACT", third.getError().head().code());
  }

  @Test
  void every_problem_of_a_cost_item_is_reported_at_once() {
    var v = CostItem.validate(" ", "", BigDecimal.ZERO, Money.of("-1.00"), null);
    List<String> codes = v.getError().map(Problem::code).toJavaList();
    assertEquals(List.of("CATEGORY_EMPTY", "UNIT_EMPTY", "QUANTITY_NOT_POSITIVE", "UNIT_COST_NEGATIVE", "SOURCE_EMPTY"),
        codes);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> CostItem.builder().category("")
        .unit("").quantity(BigDecimal.ONE.negate()).unitCost(Money.ZERO).source(FundingSource.OTHER).build());
    assertEquals(3, e.problems().size());
  }

  @Test
  void own_contribution_kinds_are_every_source_but_the_grant() {
    assertTrue(!FundingSource.GRANT.isOwnContribution());
    assertTrue(FundingSource.OWN_FINANCIAL.isOwnContribution() && FundingSource.PERSONAL.isOwnContribution()
        && FundingSource.IN_KIND.isOwnContribution() && FundingSource.OTHER.isOwnContribution());
  }
}
