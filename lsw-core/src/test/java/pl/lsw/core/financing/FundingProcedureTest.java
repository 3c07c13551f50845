package pl.lsw.core.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;

class FundingProcedureTest {

  @Test
  void the_built_in_procedures_include_the_five_in_use_and_two_reserved_ones() {
    assertEquals(7, FundingProcedure.builtIn().size());
    assertEquals(FundingProcedure.SMALL_GRANT, FundingProcedure.ofCode("SMALL_GRANT"));
    assertEquals("mały grant (art. 19a)", FundingProcedure.ofCode("SMALL_GRANT").polishName());
    assertEquals("small grant (art. 19a)", FundingProcedure.SMALL_GRANT.display(java.util.Locale.ENGLISH));
    assertTrue(FundingProcedure.builtIn().stream().allMatch(p -> !p.englishName().isBlank()));
  }

  @Test
  void a_new_procedure_is_declared_by_its_code_and_equals_any_other_instance_of_that_code() {
    FundingProcedure regranting = FundingProcedure.of("REGRANTING", "regranting", "regranting");
    assertEquals(regranting, FundingProcedure.ofCode("REGRANTING"));
    assertNotEquals(FundingProcedure.SMALL_GRANT, regranting);
  }

  @Test
  void a_malformed_code_and_a_blank_name_are_both_reported() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> FundingProcedure.of("small grant", " ", null));
    assertEquals(3, e.problems().size());
    assertTrue(e.getMessage().contains("small grant"));
  }

  @Test
  void a_district_board_acts_by_resolution_and_a_city_president_by_order() {
    assertTrue(GrantingBodyKind.DISTRICT_BOARD.isCollegial());
    assertTrue(!GrantingBodyKind.CITY_PRESIDENT.isCollegial());
  }

  @Test
  void a_planned_budget_with_a_bad_year_and_a_negative_amount_reports_both() {
    GrantingBody body = GrantingBody.builder().name("Zarząd Powiatu Białogardzkiego")
        .area(pl.lsw.core.kernel.TerytCode.of("3201")).kind(GrantingBodyKind.DISTRICT_BOARD).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new PlannedGrantBudget(body, 1999, pl.lsw.core.kernel.Money.of("-0.01")));
    assertEquals(2, e.problems().size());
  }

  @Test
  void a_granting_body_needs_a_name() {
    assertThrows(InvalidInputException.class, () -> GrantingBody.builder().name(" ")
        .area(pl.lsw.core.kernel.TerytCode.of("3201033")).kind(GrantingBodyKind.MAYOR).build());
  }
}
