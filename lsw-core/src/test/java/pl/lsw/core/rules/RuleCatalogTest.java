package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;

class RuleCatalogTest {

  @Test
  void the_standard_catalog_holds_the_kernel_identifier_rules() {
    RuleCatalog c = StandardRules.catalog();
    List<String> codes = c.definitions().stream().map(d -> d.code().value()).collect(Collectors.toList());
    assertTrue(codes.containsAll(List.of("KER-NIP", "KER-REGON", "KER-KRS", "KER-TERYT")), codes::toString);
    assertEquals("kernel", c.ruleSetOf(RuleCode.of("KER-NIP")).get());
    assertEquals(KernelRules.NIP, c.find(RuleCode.of("KER-NIP")).get());
    assertTrue(c.find(RuleCode.of("KER-NONE")).isEmpty());
    assertTrue(c.definitions().stream().allMatch(d -> d.severity() == Severity.MUST
        || !d.code().value().startsWith("KER-")));
  }

  @Test
  void a_duplicate_code_is_refused_naming_the_code_and_both_rule_sets() {
    RuleSet mine = RuleSet.of("mine", TestRules.many("KER-NIP", Severity.SHOULD, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleCatalog.of(KernelRules.ruleSet(), mine));
    assertTrue(e.getMessage().contains("KER-NIP (in rule sets 'kernel' and 'mine')"), e.getMessage());
  }

  @Test
  void duplicates_within_one_rule_set_are_refused_too() {
    assertThrows(IllegalArgumentException.class, () -> RuleCatalog.of(RuleSet.of("twice",
        TestRules.many("TEST-MANY", Severity.MUST, 1), TestRules.many("TEST-MANY", Severity.MUST, 2))));
  }

  @Test
  void an_application_may_extend_the_standard_catalog_with_its_own_rule_set() {
    List<RuleSet> sets = new java.util.ArrayList<>(StandardRules.catalog().ruleSets());
    sets.add(RuleSet.of("test", TestRules.SMALL_GRANT_AMOUNT));
    RuleCatalog c = RuleCatalog.of(sets);
    assertEquals(StandardRules.catalog().size() + 1, c.size());
    List<ParameterKey<?>> expected = new java.util.ArrayList<>(StandardRules.catalog().parameterKeys());
    if (!expected.contains(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX)) {
      expected.add(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX); // keys are listed once
    }
    assertEquals(expected, c.parameterKeys());
  }

  @Test
  void the_table_shows_every_rule_with_title_source_and_current_parameter_values_in_polish_and_english() {
    RuleCatalog c = RuleCatalog.of(KernelRules.ruleSet(), RuleSet.of("test", TestRules.SMALL_GRANT_AMOUNT));
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    String pl = c.renderTable(Messages.POLISH, ParameterSet.statutory(), asOf);
    String[] plLines = pl.split("\n");
    assertEquals(2 + c.size(), plLines.length, pl);
    assertTrue(plLines[0].startsWith("Kod "), pl);
    assertTrue(plLines[0].endsWith("Parametry (stan na 01.01.2026)"), pl);
    assertTrue(pl.contains("KER-NIP"), pl);
    assertTrue(pl.contains("NIP ma poprawną postać i cyfrę kontrolną"), pl);
    assertTrue(pl.contains("ustawa z 20 sierpnia 1997 r. o Krajowym Rejestrze Sądowym"), pl);
    assertTrue(pl.contains("FIN-SMALL-GRANT-AMOUNT.max = 10 000,00 zł"), pl);
    String en = c.renderTable(Locale.ENGLISH, ParameterSet.statutory(), asOf);
    assertTrue(en.split("\n")[0].startsWith("Code "), en);
    assertTrue(en.contains("The NIP is well formed and has a valid check digit"), en);
    assertTrue(en.contains("FIN-SMALL-GRANT-AMOUNT.max = 10000.00 PLN"), en);
    String none = c.renderTable(Locale.ENGLISH, ParameterSet.empty(), asOf);
    assertTrue(none.contains("FIN-SMALL-GRANT-AMOUNT.max = (no value)"), none);
  }
}
