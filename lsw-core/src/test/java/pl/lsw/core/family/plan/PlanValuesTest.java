package pl.lsw.core.family.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.Severity;

class PlanValuesTest {

  @Test
  void an_item_that_ends_before_it_starts_with_a_blank_note_is_refused_with_both_problems() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlanItem.builder()
        .source(PlanFixture.BANK).provider(OrganisationId.of(new UUID(1, 2)))
        .startsOn(LocalDate.of(2026, 5, 2)).endsOn(LocalDate.of(2026, 5, 1)).note(" ").build());
    assertEquals(List.of("PLAN_ITEM_DATES", "PLAN_ITEM_NOTE_EMPTY"),
        e.problems().stream().map(Problem::code).toList());
    assertTrue(e.problems().get(0).message(Messages.POLISH).contains("02.05.2026"),
        e.problems().get(0).message(Messages.POLISH));
    assertTrue(PlanItem.builder().source(PlanFixture.BANK).provider(OrganisationId.of(new UUID(1, 2)))
        .startsOn(LocalDate.of(2026, 5, 1)).endsOn(LocalDate.of(2026, 5, 1)).build() != null,
        "a one-day item");
  }

  @Test
  void a_source_is_written_and_read_as_text() {
    for (PlanSource s : List.of(PlanFixture.BANK, PlanFixture.BASKET)) {
      assertEquals(s, PlanSource.ofText(s.text()));
    }
    assertTrue(PlanFixture.BANK.text().startsWith("bank:"));
    assertThrows(IllegalArgumentException.class, () -> PlanSource.ofText("map:1"));
    assertEquals(PlanId.of(new UUID(3, 4)), PlanId.of(new UUID(3, 4).toString()));
    assertTrue(PlanId.parse("nope").isInvalid());
  }

  @Test
  void the_plan_rules_are_in_the_standard_catalog_with_their_severities_and_default_parameters() {
    var catalog = StandardRules.catalog();
    assertEquals(Severity.MUST, catalog.find(RuleCode.of("PLAN-UCUS-COORDINATION")).get().definition().severity());
    assertEquals(Severity.MUST, catalog.find(RuleCode.of("PLAN-UCUS-DEADLINE")).get().definition().severity());
    assertEquals(Severity.MUST, catalog.find(RuleCode.of("PLAN-UCUS-DURATION")).get().definition().severity());
    assertEquals(Severity.MUST, catalog.find(RuleCode.of("PLAN-CONSENT")).get().definition().severity());
    assertEquals(Severity.SHOULD, catalog.find(RuleCode.of("PLAN-ACCESS")).get().definition().severity());
    assertTrue(catalog.find(RuleCode.of("PLAN-UCUS-DEADLINE")).get().definition().source().text()
        .startsWith("UCUS"));
    LocalDate day = LocalDate.of(2026, 3, 2);
    assertEquals(3, StandardRules.parameters().valueAsOf(PlanRules.MIN_COORDINATION_MONTHS, day));
    assertEquals(30, StandardRules.parameters().valueAsOf(PlanRules.DEADLINE_DAYS, day));
    assertEquals(12, StandardRules.parameters().valueAsOf(PlanRules.MAX_DURATION_MONTHS, day));
    for (PlanKind k : PlanKind.values()) {
      assertTrue(!k.display(Locale.ENGLISH).equals(k.display(Messages.POLISH)));
    }
  }
}
