package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KernelRulesTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

  private static RuleReport check(RawIdentifiers ids) {
    return RuleEngine.evaluate(ids, "partner", KernelRules.identifierRules(), AS_OF, ParameterSet.statutory());
  }

  private static void assertOnly(RuleReport report, String code, String path, String pl, String en) {
    assertEquals(1, report.findings().size(), report::toString);
    Finding f = report.findings().get(0);
    assertEquals(code, f.code().value());
    assertEquals(1, f.version());
    assertEquals(path, f.path());
    assertEquals(Severity.MUST, f.severity());
    assertEquals(pl, f.message(Messages.POLISH));
    assertEquals(en, f.message(Locale.ENGLISH));
    assertTrue(!report.isCompliant());
  }

  @Test
  void valid_identifiers_of_every_kind_pass() {
    RuleReport report = check(RawIdentifiers.builder().nip("PL 856-734-62-15").regon("12345678512347")
        .krs("12345").teryt("3201033").build());
    assertTrue(report.isCompliant(), report::toString);
    assertEquals(4, report.rulesEvaluated().size());
  }

  @Test
  void absent_identifiers_are_not_checked() {
    assertTrue(check(RawIdentifiers.builder().build()).findings().isEmpty());
  }

  @Test
  void a_nip_with_a_wrong_check_digit_violates_KER_NIP() {
    assertOnly(check(RawIdentifiers.builder().nip("8567346216").build()), "KER-NIP", "nip",
        "NIP „8567346216” ma błędną cyfrę kontrolną.",
        "NIP \"8567346216\" has a wrong check digit.");
  }

  @Test
  void a_regon_of_wrong_length_violates_KER_REGON() {
    assertOnly(check(RawIdentifiers.builder().regon("1234567").build()), "KER-REGON", "regon",
        "REGON „1234567” musi mieć 9 albo 14 cyfr.",
        "REGON \"1234567\" must have 9 or 14 digits.");
  }

  @Test
  void a_regon_with_a_wrong_check_digit_violates_KER_REGON() {
    assertOnly(check(RawIdentifiers.builder().regon("123456786").build()), "KER-REGON", "regon",
        "REGON „123456786” ma błędną cyfrę kontrolną.",
        "REGON \"123456786\" has a wrong check digit.");
  }

  @Test
  void a_14_digit_regon_whose_first_9_digits_are_wrong_violates_KER_REGON() {
    RuleReport report = check(RawIdentifiers.builder().regon("12345678612347").build());
    assertTrue(report.findings().stream().allMatch(f -> f.code().value().equals("KER-REGON")
        && f.path().equals("regon") && f.severity() == Severity.MUST), report::toString);
    assertTrue(report.findings().stream().anyMatch(f -> f.message(Locale.ENGLISH)
        .equals("REGON \"12345678612347\" has a wrong check digit in its first 9 digits.")), report::toString);
  }

  @Test
  void a_krs_number_with_letters_violates_KER_KRS() {
    assertOnly(check(RawIdentifiers.builder().krs("KRS12").build()), "KER-KRS", "krs",
        "Numer KRS „KRS12” może zawierać tylko cyfry.",
        "KRS number \"KRS12\" may contain only digits.");
  }

  @Test
  void a_blank_nip_that_was_given_violates_KER_NIP() {
    assertOnly(check(RawIdentifiers.builder().nip(" ").build()), "KER-NIP", "nip",
        "NIP „ ” jest pusty.", "NIP \" \" is empty.");
  }

  @Test
  void other_valid_examples_pass() {
    for (RawIdentifiers ids : List.of(
        RawIdentifiers.builder().nip("5260250274").regon("192598184").krs("0000012345").teryt("3201034").build(),
        RawIdentifiers.builder().nip("8567346215").regon("123456785").teryt("3201035").build(),
        RawIdentifiers.builder().teryt("32").build())) {
      assertTrue(check(ids).isCompliant(), () -> check(ids).toString());
    }
  }

  @Test
  void a_krs_number_of_zeros_violates_KER_KRS() {
    assertOnly(check(RawIdentifiers.builder().krs("0000000000").build()), "KER-KRS", "krs",
        "Numer KRS „0000000000” nie może składać się z samych zer.",
        "KRS number \"0000000000\" must not be all zeros.");
  }

  @Test
  void a_teryt_code_with_an_odd_voivodeship_violates_KER_TERYT() {
    assertOnly(check(RawIdentifiers.builder().teryt("3301033").build()), "KER-TERYT", "teryt",
        "Kod TERYT „3301033” ma nieistniejący kod województwa (parzysta liczba od 02 do 32).",
        "TERYT code \"3301033\" has a voivodeship code that does not exist (an even number from 02 to 32).");
  }

  @Test
  void every_bad_identifier_is_reported_not_only_the_first() {
    RuleReport report = check(RawIdentifiers.builder().nip("8567346216").regon("x").krs("0")
        .teryt("3201036").build());
    assertEquals(List.of("nip", "regon", "regon", "krs", "teryt"),
        report.findings().stream().map(Finding::path).collect(java.util.stream.Collectors.toList()),
        report::toString);
    assertEquals(5, report.violations().size());
  }

  @Test
  void the_kernel_rules_cite_the_acts_that_define_the_identifiers() {
    assertTrue(KernelRules.NIP.definition().source().text()
        .contains("o zasadach ewidencji i identyfikacji podatników i płatników"));
    assertTrue(KernelRules.KRS.definition().source().text().contains("o Krajowym Rejestrze Sądowym"));
    assertTrue(KernelRules.TERYT.definition().source().text().contains("z 15 grudnia 1998 r."));
    assertTrue(KernelRules.REGON.definition().source().text()
        .contains("krajowego rejestru urzędowego podmiotów gospodarki narodowej"));
  }
}
