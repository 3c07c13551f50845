package pl.lsw.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.RuleDefinition;

class StandardRulesTest {

  @Test
  void every_parameter_of_every_rule_in_the_catalog_has_a_value_from_2011_on() {
    List<String> missing = new ArrayList<>();
    for (LocalDate day : List.of(LocalDate.of(2011, 1, 1), LocalDate.of(2026, 11, 22), LocalDate.of(2040, 1, 1))) {
      for (RuleDefinition d : StandardRules.catalog().definitions()) {
        for (ParameterKey<?> k : d.parameters()) {
          if (StandardRules.parameters().find(k, day).isEmpty()) {
            missing.add(d.code() + " " + k.name() + " on " + day);
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void the_catalog_lists_the_rules_of_every_capability() {
    List<String> sets = StandardRules.catalog().ruleSets().stream().map(s -> s.name()).toList();
    assertTrue(sets.contains("kernel") && sets.contains("governance"), sets::toString);
    String table = StandardRules.catalog().renderTable(Locale.forLanguageTag("pl"), StandardRules.parameters(),
        LocalDate.of(2026, 11, 22));
    assertTrue(table.contains("FIN-SMALL-GRANT-AMOUNT"), table);
    assertTrue(table.contains("GOV-SC-QUARTERLY"), table);
    assertTrue(table.contains("10 000,00 zł"), table);
  }
}
