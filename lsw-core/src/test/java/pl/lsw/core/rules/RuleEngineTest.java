package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Money;

class RuleEngineTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 5, 4);

  private static RuleReport run(List<Rule<Object>> rules) {
    return RuleEngine.evaluate("subject", "partnership 7", rules, AS_OF, ParameterSet.statutory());
  }

  private static List<String> pathsAndCodes(RuleReport r) {
    return r.findings().stream().map(f -> f.code() + "/" + f.path()).collect(Collectors.toList());
  }

  @Test
  void every_finding_of_every_rule_is_returned_in_rule_order() {
    RuleReport r = run(List.of(TestRules.many("TEST-MANY", Severity.MUST, 3),
        TestRules.many("TEST-WARN", Severity.SHOULD, 2)));
    assertEquals(List.of("TEST-MANY/f1", "TEST-MANY/f2", "TEST-MANY/f3", "TEST-WARN/f1", "TEST-WARN/f2"),
        pathsAndCodes(r));
    assertEquals(3, r.violations().size());
    assertEquals(2, r.warnings().size());
    assertFalse(r.isCompliant());
    assertEquals(List.of("TEST-MANY v1", "TEST-WARN v1"),
        r.rulesEvaluated().stream().map(RuleId::toString).collect(Collectors.toList()));
  }

  @Test
  void the_order_of_the_rules_given_is_the_order_of_the_findings() {
    RuleReport r = run(List.of(TestRules.many("TEST-WARN", Severity.SHOULD, 1),
        TestRules.many("TEST-MANY", Severity.MUST, 1)));
    assertEquals(List.of("TEST-WARN/f1", "TEST-MANY/f1"), pathsAndCodes(r));
  }

  @Test
  void warnings_alone_never_block() {
    RuleReport r = run(List.of(TestRules.many("TEST-WARN", Severity.SHOULD, 2)));
    assertTrue(r.isCompliant());
    assertTrue(r.violations().isEmpty());
    assertEquals(Severity.SHOULD, r.warnings().get(0).severity());
    assertFalse(r.warnings().get(0).isViolation());
  }

  @Test
  void a_subject_without_findings_is_compliant() {
    RuleReport r = run(List.of(TestRules.many("TEST-MANY", Severity.MUST, 0)));
    assertTrue(r.isCompliant());
    assertTrue(r.isComplete());
  }

  @Test
  void a_rule_that_throws_is_reported_as_a_failure_naming_it_and_the_other_findings_are_kept() {
    RuleReport r = run(List.of(TestRules.many("TEST-WARN", Severity.SHOULD, 1), TestRules.broken(),
        TestRules.many("TEST-MANY", Severity.MUST, 2)));
    assertEquals(3, r.findings().size());
    assertEquals(1, r.failures().size());
    RuleFailure failure = r.failures().get(0);
    assertEquals("TEST-BROKEN", failure.rule().code().value());
    assertEquals("java.lang.IllegalStateException", failure.error());
    assertEquals("the data source of the test rule is down", failure.message());
    assertFalse(r.isComplete());
    assertFalse(r.isCompliant());
    assertEquals(3, r.rulesEvaluated().size());
    RuleEvaluationException e = assertThrows(RuleEvaluationException.class, r::requireComplete);
    assertTrue(e.getMessage().contains("TEST-BROKEN v1"), e.getMessage());
    assertTrue(e.getMessage().contains("partnership 7"), e.getMessage());
    assertTrue(r.render(Locale.ENGLISH).contains("Result: INCOMPLETE"), r.render(Locale.ENGLISH));
    assertTrue(r.render(Locale.ENGLISH).contains("TEST-BROKEN v1: java.lang.IllegalStateException"));
    assertTrue(r.render(Messages.POLISH).contains("Wynik: NIEPEŁNY"));
  }

  @Test
  void a_warnings_only_report_with_a_failed_rule_is_not_compliant() {
    RuleReport r = run(List.of(TestRules.many("TEST-WARN", Severity.SHOULD, 1), TestRules.broken()));
    assertFalse(r.isCompliant());
  }

  @Test
  void a_missing_parameter_is_a_failure_naming_the_rule_and_the_parameter() {
    RuleReport r = RuleEngine.evaluate(new TestRules.Grant(Money.ofZloty(1), AS_OF), "grant 1",
        List.of(TestRules.SMALL_GRANT_AMOUNT), AS_OF, ParameterSet.empty());
    assertEquals("TEST-SMALL-GRANT-AMOUNT", r.failures().get(0).rule().code().value());
    assertTrue(r.failures().get(0).message().contains("FIN-SMALL-GRANT-AMOUNT.max"));
    assertTrue(r.failures().get(0).cause() instanceof MissingParameterException);
  }

  @Test
  void a_finding_with_an_undeclared_message_key_is_a_failure_of_its_rule() {
    Rule<Object> sloppy = Rule.of(TestRules.definition("TEST-MANY", Severity.MUST, "found"),
        (s, ctx) -> List.of(ctx.finding("x", "undeclared")));
    RuleReport r = run(List.of(sloppy));
    assertTrue(r.findings().isEmpty());
    assertTrue(r.failures().get(0).message().contains("undeclared"));
  }

  @Test
  void a_finding_carrying_another_rules_code_is_a_failure() {
    RuleDefinition other = TestRules.definition("TEST-WARN", Severity.SHOULD, "found");
    Rule<Object> impostor = Rule.of(TestRules.definition("TEST-MANY", Severity.MUST, "found"),
        (s, ctx) -> List.of(RuleContext.of(other, AS_OF, ParameterSet.empty()).finding("", "found")));
    RuleReport r = run(List.of(impostor));
    assertEquals(1, r.failures().size());
    assertTrue(r.failures().get(0).message().contains("TEST-WARN v1"));
  }

  @Test
  void a_finding_records_the_rule_version_severity_and_the_parameter_values_it_used() {
    RuleReport r = RuleEngine.evaluate(new TestRules.Grant(Money.ofZloty(12_000), AS_OF), "grant 2",
        List.of(TestRules.SMALL_GRANT_AMOUNT), AS_OF, ParameterSet.statutory());
    Finding f = r.findings().get(0);
    assertEquals(1, f.version());
    assertEquals(Severity.MUST, f.severity());
    assertEquals("TEST-SMALL-GRANT-AMOUNT.tooHigh", f.messageKey());
    assertEquals(Money.ofZloty(12_000), f.arguments().get("amount"));
    assertEquals("FIN-SMALL-GRANT-AMOUNT.max=10000.00 (from 2010-01-01)", f.parametersUsed().get(0).toString());
  }

  @Test
  void the_report_renders_in_polish_and_english() {
    RuleReport r = run(List.of(TestRules.many("TEST-MANY", Severity.MUST, 1),
        TestRules.many("TEST-WARN", Severity.SHOULD, 1)));
    String pl = r.render(Messages.POLISH);
    assertEquals(String.join("\n",
        "Raport zgodności: partnership 7",
        "Stan na dzień: 04.05.2026",
        "Wynik: NIEZGODNY (naruszenia: 1, ostrzeżenia: 1)",
        "Sprawdzone reguły (2): TEST-MANY v1, TEST-WARN v1",
        "Naruszenia:",
        "  [MUST] TEST-MANY v1 f1: Ustalenie numer 1.",
        "Ostrzeżenia:",
        "  [SHOULD] TEST-WARN v1 f1: Ostrzeżenie numer 1.",
        ""), pl);
    String en = r.render(Locale.UK);
    assertTrue(en.startsWith("Compliance report: partnership 7\nAs of: 2026-05-04\n"
        + "Result: NOT COMPLIANT (violations: 1, warnings: 1)\n"), en);
    assertTrue(en.contains("  [SHOULD] TEST-WARN v1 f1: Warning number 1.\n"), en);
    assertEquals(pl, r.toString());
  }

  @Test
  void reports_are_immutable_values() {
    RuleReport a = run(List.of(TestRules.many("TEST-MANY", Severity.MUST, 2)));
    RuleReport b = run(List.of(TestRules.many("TEST-MANY", Severity.MUST, 2)));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> a.findings().clear());
    assertThrows(UnsupportedOperationException.class, () -> a.violations().clear());
  }

  @Test
  void a_rule_reads_reference_data_such_as_the_working_day_calendar_and_misses_it_loudly() {
    Rule<LocalDate> onWorkingDay = Rule.of(TestRules.definition("TEST-MANY", Severity.MUST, "found"),
        (date, ctx) -> ctx.referenceData().require(pl.lsw.core.kernel.WorkingDayCalendar.class).isDayOff(date)
            ? List.of(ctx.finding("date", "found", "n", 1))
            : ctx.none());
    ReferenceData data = ReferenceData.empty()
        .with(pl.lsw.core.kernel.WorkingDayCalendar.class, pl.lsw.core.kernel.WorkingDayCalendar.polish());
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    assertEquals(1, RuleEngine.evaluate(christmas, "meeting", List.of(onWorkingDay), AS_OF,
        ParameterSet.statutory(), data).violations().size());
    assertTrue(RuleEngine.evaluate(LocalDate.of(2026, 12, 28), "meeting", List.of(onWorkingDay), AS_OF,
        ParameterSet.statutory(), data).isCompliant());
    RuleReport without = RuleEngine.evaluate(christmas, "meeting", List.of(onWorkingDay), AS_OF,
        ParameterSet.statutory());
    assertTrue(without.failures().get(0).message().contains("WorkingDayCalendar"));
  }
}
