package pl.lsw.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;

class RuleCodeTest {

  @Test
  void upper_case_groups_joined_by_hyphens_are_codes() {
    for (String s : List.of("FIN-SMALL-GRANT-AMOUNT", "KER-NIP", "GOV-SC-QUARTERLY", "A-1")) {
      assertEquals(s, RuleCode.of(s).value());
    }
    assertEquals(RuleCode.of("KER-NIP"), RuleCode.of("KER-NIP"));
    assertTrue(RuleCode.of("FIN-A").compareTo(RuleCode.of("KER-A")) < 0);
  }

  @Test
  void other_texts_are_refused_quoting_them() {
    for (String s : List.of("KERNIP", "ker-nip", "KER_NIP", "KER--NIP", "-KER", "KER-", "1KER-NIP", " KER-NIP", "")) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> RuleCode.of(s), s);
      assertTrue(e.getMessage().contains("\"" + s + "\""), e.getMessage());
    }
    assertEquals("RULE_CODE_MISSING", RuleCode.parse(null).getError().head().code());
  }

  @Test
  void a_code_too_long_and_badly_formed_reports_both_problems() {
    String s = "x".repeat(RuleCode.MAX_LENGTH + 1);
    assertEquals(List.of("RULE_CODE_TOO_LONG", "RULE_CODE_FORM"),
        RuleCode.parse(s).getError().map(p -> p.code()).toJavaList());
  }

  @Test
  void sources_are_seed_sections_or_provisions_of_legal_acts() {
    SourceReference seed = SourceReference.seed("000", "§Płaszczyzna 3");
    SourceReference act = SourceReference.legalAct("UDPP", "art. 19a ust. 1");
    assertEquals("000 §Płaszczyzna 3", seed.text());
    assertEquals("UDPP art. 19a ust. 1", act.text());
    assertTrue(seed instanceof SourceReference.SeedSection);
    assertTrue(act instanceof SourceReference.LegalAct);
    assertEquals("ustawa o KRS", SourceReference.legalAct("ustawa o KRS", "").text());
    assertThrows(IllegalArgumentException.class, () -> SourceReference.legalAct(" ", "art. 1"));
  }

  @Test
  void a_definition_names_its_finding_keys_relative_to_its_code() {
    RuleDefinition d = RuleDefinition.of("TEST-MANY", Severity.SHOULD, SourceReference.seed("000", ""),
        TestRules.BUNDLE, List.of(), "found", "also.found");
    assertEquals(java.util.Set.of("TEST-MANY.found", "TEST-MANY.also.found"), d.messageKeys());
    assertEquals("TEST-MANY.found", d.messageKey("found"));
    assertEquals(1, d.version());
    Finding f = RuleContext.of(d, java.time.LocalDate.of(2026, 1, 1), ParameterSet.empty())
        .finding("x", "found", "n", 1);
    assertEquals("TEST-MANY.found", f.messageKey());
    assertThrows(IllegalArgumentException.class, () -> RuleDefinition.of("TEST-MANY", Severity.MUST,
        SourceReference.seed("000", ""), TestRules.BUNDLE, List.of()));
  }

  @Test
  void a_definition_needs_a_version_of_at_least_1_and_a_message_key() {
    assertThrows(IllegalArgumentException.class, () -> RuleDefinition.builder().code(RuleCode.of("TEST-MANY"))
        .version(0).severity(Severity.MUST).source(SourceReference.seed("000", "")).bundle(TestRules.BUNDLE)
        .addMessageKeys("TEST-MANY.found").build());
    assertThrows(IllegalArgumentException.class, () -> RuleDefinition.builder().code(RuleCode.of("TEST-MANY"))
        .version(1).severity(Severity.MUST).source(SourceReference.seed("000", "")).bundle(TestRules.BUNDLE)
        .build());
    assertThrows(IllegalStateException.class, () -> RuleDefinition.builder().code(RuleCode.of("TEST-MANY"))
        .version(1).build());
    assertTrue(Severity.MUST.blocks());
    assertTrue(!Severity.SHOULD.blocks());
  }
}
