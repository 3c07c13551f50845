package pl.lsw.interchange.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.interchange.smallgrant.SmallGrantRegisterReaderTest.AS_OF;
import static pl.lsw.interchange.smallgrant.SmallGrantRegisterReaderTest.HEADER;
import static pl.lsw.interchange.smallgrant.SmallGrantRegisterReaderTest.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.smallgrant.LocalGovernmentYearTotal;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;
import pl.lsw.core.financing.smallgrant.SmallGrantRules;
import pl.lsw.core.financing.smallgrant.SmallGrantStatus;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.RuleReport;

class SmallGrantRegisterCheckTest {

  /** The yearly cap per organisation and local government: UDPP art. 19a ust. 2. */
  static final String YEARLY_CAP = "FIN-SMALL-GRANT-YEARLY-CAP";
  /** The amount of one small grant: UDPP art. 19a ust. 1. */
  static final String AMOUNT = "FIN-SMALL-GRANT-AMOUNT";
  static final String CITY_PLAN = "#planned-budget;1465011;2026;1 000 000,00 zł";

  @TempDir
  Path dir;

  private SmallGrantRegisterCheckResult check(String... lines) throws Exception {
    Path file = Files.write(dir.resolve("register.csv"), List.of(lines), StandardCharsets.UTF_8);
    return SmallGrantRegisterCheck.of(SmallGrantChecker.statutory()).check(file, AS_OF);
  }

  private static boolean breaks(RuleReport r, String code) {
    return r.violations().stream().anyMatch(f -> f.code().value().equals(code));
  }

  @Test
  void the_rule_codes_named_here_are_the_rules() {
    assertEquals(YEARLY_CAP, SmallGrantRules.YEARLY_CAP.definition().code().value());
    assertEquals(AMOUNT, SmallGrantRules.AMOUNT.definition().code().value());
  }

  @Test
  void an_organisation_reaching_exactly_20_000_zl_in_a_year_passes() throws Exception {
    SmallGrantRegisterCheckResult r = check(CITY_PLAN, HEADER,
        row("MG/1", "5241000122", "Fundacja Korale", "8 000,00"),
        row("MG/2", "5241000122", "Fundacja Korale", "8 000,00"),
        row("MG/3", "5241000122", "Fundacja Korale", "4 000,00"));
    assertTrue(r.isClean(), SmallGrantRegisterReportWriter.text(r, Locale.ENGLISH, true));
    assertEquals(Money.of("20000.00"), r.report().organisationTotals().get(0).totals().total());
    assertFalse(r.report().organisationTotals().get(0).totals().isOverCap());
  }

  @Test
  void an_organisation_reaching_20_000_01_zl_in_a_year_fails_the_yearly_cap() throws Exception {
    // the third grant is contracted a day later, so it is the one that crosses the cap
    SmallGrantRegisterCheckResult r = check(CITY_PLAN, HEADER,
        row("MG/1", "5241000122", "Fundacja Korale", "8 000,00"),
        row("MG/2", "5241000122", "Fundacja Korale", "8 000,00"),
        row("MG/3", "5241000122", "Fundacja Korale", "4 000,01").replace(";tak;2026-03-12", ";tak;2026-03-13"));
    assertFalse(r.isClean());
    assertTrue(breaks(r.report().reportOf("MG/3"), YEARLY_CAP), r.report().reportOf("MG/3").render(Locale.ENGLISH));
    assertTrue(r.report().reportOf("MG/1").isCompliant());
    assertTrue(r.report().reportOf("MG/2").isCompliant());
    assertEquals(java.util.Map.of(YEARLY_CAP, 1), r.violationsByRule());
    String text = SmallGrantRegisterReportWriter.text(r, Locale.ENGLISH, false);
    assertTrue(text.contains("line 5, MG/3, Fundacja Korale (NIP 524-100-01-22)"), text);
    assertTrue(text.contains("[" + YEARLY_CAP + "]"), text);
    assertTrue(text.contains("OVER the cap of " + Messages.display(Money.of("20000"), Locale.ENGLISH)), text);
  }

  @Test
  void a_grant_of_10_000_00_passes_and_of_10_000_01_fails() throws Exception {
    SmallGrantRegisterCheckResult r = check(CITY_PLAN, HEADER,
        row("MG/1", "5241000122", "Fundacja Korale", "10 000,00 zł"),
        row("MG/2", "1132874653", "Stowarzyszenie Otwarte Drzwi", "10 000,01 zł"));
    assertTrue(r.report().reportOf("MG/1").isCompliant(), r.report().reportOf("MG/1").render(Locale.ENGLISH));
    assertTrue(breaks(r.report().reportOf("MG/2"), AMOUNT));
    assertTrue(r.report().hasMustViolations());
  }

  @Test
  void a_district_board_counts_under_the_city_and_a_share_without_a_budget_is_unknown_not_over() throws Exception {
    String wola = row("MG/2", "1132874653", "Stowarzyszenie Otwarte Drzwi", "3 000,00").replace(";1465088;", ";1465188;");
    SmallGrantRegisterCheckResult r = check(HEADER, row("MG/1", "5241000122", "Fundacja Korale", "5 000,00"), wola);
    List<LocalGovernmentYearTotal> units = r.report().localGovernmentTotals();
    assertEquals(1, units.size());
    assertEquals(TerytCode.of("1465011"), units.get(0).localGovernment());
    assertEquals(Money.of("8000.00"), units.get(0).total());
    assertEquals(2, units.get(0).count());
    assertTrue(units.get(0).withinLimit().isEmpty());
    assertEquals(2, r.report().bodyTotals().size());
    String pl = SmallGrantRegisterReportWriter.text(r, Messages.POLISH, false);
    assertTrue(pl.contains("m.st. Warszawa (1465011); 2; 8 000,00 zł; brak planu; -; 20,00% – nieznany udział"), pl);
    assertTrue(pl.contains("Zarząd Dzielnicy Wola (1465188); 1; 3 000,00 zł; brak planu; -; 20,00% – nieznany udział"), pl);
    assertFalse(pl.contains("PONAD limit"), pl);
    String en = SmallGrantRegisterReportWriter.text(r, Locale.ENGLISH, false);
    assertTrue(en.contains("share unknown") && !en.contains("OVER the limit"), en);
    String csv = SmallGrantRegisterReportWriter.csv(r, Messages.POLISH);
    assertTrue(csv.contains("local_government;;;m.st. Warszawa;;1465011;2026;2;8 000,00 zł;;;20,00%;;;nieznany udział;"), csv);
    assertFalse(csv.contains("PONAD"), csv);
  }

  @Test
  void the_csv_report_lists_each_violation_with_its_rule_code_and_localized_message() throws Exception {
    SmallGrantRegisterCheckResult r = check(CITY_PLAN, HEADER,
        row("MG/1", "5241000122", "Fundacja Korale", "10 000,01 zł"), row("MG/2", "5241000122", "Fundacja Korale", "abc"));
    String csv = SmallGrantRegisterReportWriter.csv(r, Locale.ENGLISH);
    List<String> lines = csv.lines().toList();
    assertEquals(String.join(";", SmallGrantRegisterReportWriter.CSV_COLUMNS), lines.get(0));
    assertTrue(csv.contains("malformed;4;;;;;;;;;;;;;;\"amount: MONEY_FORMAT – 'abc' is not an amount"), csv);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("violation;3;MG/1;Fundacja Korale;524-100-01-22;1465088;2026;;"
        + Messages.display(Money.of("10000.01"), Locale.ENGLISH) + ";")
        && l.contains(";" + AMOUNT + ";") && l.contains("exceeds the small-grant maximum")), csv);
    String pl = SmallGrantRegisterReportWriter.csv(r, Messages.POLISH);
    assertTrue(pl.contains("10 000,01 zł") && pl.contains("01.04.2026–30.05.2026"), pl);
  }

  @Test
  void stored_grants_count_towards_the_cap_with_the_same_organisation() throws Exception {
    OrganisationId stored = OrganisationId.of(UUID.randomUUID());
    SmallGrant earlier = SmallGrant.builder().id(GrantId.of(UUID.randomUUID()))
        .body(SmallGrantRegisterFormat.bodyOf(TerytCode.of("1465078"))).applicant(stored)
        .applicantNip(Nip.of("5241000122")).taskTitle("Półkolonie").localOrRegional(true)
        .taskPeriod(DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).amount(Money.of("15000"))
        .mode(FundingMode.SUPPORT).offerReceived(LocalDate.of(2026, 1, 5)).contractDate(LocalDate.of(2026, 1, 20))
        .status(SmallGrantStatus.CONTRACTED).build();
    Path file = Files.write(dir.resolve("r.csv"), List.of(CITY_PLAN, HEADER, row("MG/1", "5241000122", "Fundacja Korale", "6 000,00")),
        StandardCharsets.UTF_8);
    SmallGrantRegisterCheckResult r = SmallGrantRegisterCheck.of(SmallGrantChecker.statutory())
        .withStoredGrants(List.of(earlier)).check(file, AS_OF);
    assertTrue(breaks(r.report().reportOf("MG/1"), YEARLY_CAP), r.report().reportOf("MG/1").render(Locale.ENGLISH));
    assertEquals(1, r.report().organisationTotals().size());
    assertEquals("Fundacja Korale", r.report().organisationTotals().get(0).name());
    assertEquals(Money.of("21000.00"), r.report().organisationTotals().get(0).totals().total());
  }

  @Test
  void a_malformed_row_makes_the_result_unclean_and_a_directory_throws() throws Exception {
    SmallGrantRegisterCheckResult r = check(CITY_PLAN, HEADER, row("MG/1", "5241000122", "Fundacja Korale", "abc"));
    assertFalse(r.isClean());
    assertEquals(0, r.report().nonCompliantCount());
    String pl = SmallGrantRegisterReportWriter.text(r, Messages.POLISH, false);
    assertTrue(pl.contains("wiersz 3: amount: MONEY_FORMAT"), pl);
    assertTrue(pl.contains("wierszy danych: 1, sprawdzonych grantów: 0, zgodnych: 0, niezgodnych: 0, wierszy z błędami: 1"), pl);
    assertThrows(UnreadableRegisterException.class,
        () -> SmallGrantRegisterCheck.of(SmallGrantChecker.statutory()).check(dir, AS_OF));
  }

  @Test
  void a_hash_row_is_checked_and_rows_of_2009_or_year_minus_one_are_reported_while_the_rest_is_checked()
      throws Exception {
    String base = row("MG/1", "5241000122", "Fundacja Korale", "1 000,00");
    SmallGrantRegisterCheckResult r = check(CITY_PLAN, HEADER, base,
        row("#2/2026", "5241000122", "Fundacja Korale", "1 000,00"),
        base.replace("MG/1", "MG/3").replace("2026-03-02", "2009-03-02"),
        base.replace("MG/1", "MG/4").replace("2026-03-02", "-0001-03-02"));

    assertEquals(List.of("MG/1", "#2/2026"), List.copyOf(r.report().reports().keySet()));
    assertTrue(r.report().reportOf("#2/2026").isComplete());
    assertEquals(List.of(5, 6), r.register().malformedRows().stream().map(MalformedRow::line).toList());
  }
}
