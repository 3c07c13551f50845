package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Severity;

class MapEntryRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static List<Finding> check(MapEntry e) {
    return MapEntryRules.check(e, DAY,
        RuleEnvironment.of(ParameterSet.statutory(), WorkingDayCalendar.polish())).findings();
  }

  private static List<String> paths(MapEntry e) {
    return check(e).stream().map(Finding::path).toList();
  }

  private static final Map<String, UnaryOperator<MapEntry>> WITHOUT = Map.of(
      "name", e -> e.withName(Optional.empty()),
      "implementer", e -> e.withImplementer(Optional.empty()),
      "description", e -> e.withDescription(Optional.empty()),
      "addressees", e -> e.withAddressees(Set.of()),
      "participationRules", e -> e.withParticipationRules(Optional.empty()));

  @Test
  void an_entry_with_the_five_fields_passes() {
    assertEquals(List.of(), check(MapEntryFixtures.complete()));
    assertEquals(List.of(), check(MapEntryFixtures.complete().withImplementer(MapEntryFixtures.parish())));
  }

  @Test
  void each_field_missing_alone_fails_naming_exactly_it() {
    WITHOUT.forEach((field, remove) -> {
      List<Finding> f = check(remove.apply(MapEntryFixtures.complete()));
      assertEquals(1, f.size(), field + ": " + f);
      assertEquals(field, f.get(0).path());
      assertEquals("INI-COMPLETE.missingField", f.get(0).messageKey());
      assertEquals(Severity.MUST, f.get(0).severity());
    });
  }

  @Test
  void an_entry_missing_all_five_has_five_findings_in_both_languages() {
    MapEntry bare = MapEntryFixtures.complete();
    for (UnaryOperator<MapEntry> remove : WITHOUT.values()) {
      bare = remove.apply(bare);
    }
    assertEquals(List.of("name", "implementer", "description", "addressees", "participationRules"),
        paths(bare));
    List<Finding> f = check(bare);
    assertEquals("Pozycji Banku Inicjatyw brakuje pola: Zasady uczestnictwa.",
        f.get(4).message(Messages.POLISH));
    assertEquals("The Initiative Bank entry lacks a field: The implementer's data.",
        f.get(1).message(Locale.ENGLISH));
  }

  @Test
  void the_rule_is_in_the_standard_catalog() {
    assertTrue(StandardRules.catalog().ruleSets().stream().anyMatch(s -> s.name().equals("initiative")));
    assertTrue(StandardRules.catalog().definitions().stream()
        .anyMatch(d -> d.code().value().equals("INI-COMPLETE")));
  }
}
