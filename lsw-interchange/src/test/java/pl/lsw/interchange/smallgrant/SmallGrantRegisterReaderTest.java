package pl.lsw.interchange.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.smallgrant.SmallGrantEntry;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Money;

class SmallGrantRegisterReaderTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
  static final String HEADER = String.join(";", SmallGrantRegisterFormat.COLUMNS);

  @TempDir
  Path dir;

  /** A row of Praga-Północ posted properly and contracted after the comment period. */
  static String row(String number, String nip, String name, String amount) {
    return number + ";1465088;" + nip + ";" + name + ";Piknik sąsiedzki;" + amount
        + ";2026-04-01;2026-05-30;2026-03-02;2026-03-03;2026-03-10;2026-03-03;2026-03-10;2026-03-03;2026-03-10;tak;2026-03-12";
  }

  static SmallGrantRegister read(String... lines) {
    return SmallGrantRegisterReader.asOf(AS_OF).read((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static String reasons(SmallGrantRegister r, Locale locale) {
    StringBuilder out = new StringBuilder();
    r.malformedRows().forEach(m -> out.append(m.line()).append(": ").append(m.describe(locale)).append('\n'));
    r.fileProblems().forEach(p -> out.append("file: ").append(MalformedRow.describe(p, locale)).append('\n'));
    return out.toString();
  }

  @Test
  void a_well_formed_register_is_read_whole_with_its_planned_budget() {
    SmallGrantRegister r = read("# komentarz", "#planned-budget;1465011;2026;1 000 000,00 zł", HEADER,
        row("MG/1", "5241000122", "Fundacja Korale", "8 000,00 zł"));
    assertTrue(r.isFullyRead(), reasons(r, Locale.ENGLISH));
    assertEquals(1, r.rows().size());
    assertEquals(4, r.rows().get(0).line());
    SmallGrantEntry e = r.rows().get(0).entry();
    assertEquals("MG/1", e.registerNumber());
    assertEquals("Zarząd Dzielnicy Praga-Północ", e.body().name());
    assertEquals(Money.of("8000.00"), e.amount());
    assertEquals(3, e.publications().size());
    assertEquals(1, r.plannedBudgets().size());
    assertEquals(StandardCharsets.UTF_8, r.charset());
    assertEquals(';', r.separator());
  }

  @Test
  void a_windows_1250_file_from_polish_excel_is_detected() {
    Charset cp1250 = Charset.forName("windows-1250");
    byte[] bytes = (HEADER + "\r\n" + row("MG/1", "5241000122", "Fundacja Żółć", "5000,00") + "\r\n").getBytes(cp1250);
    SmallGrantRegister r = SmallGrantRegisterReader.asOf(AS_OF).read(bytes);
    assertTrue(r.isFullyRead(), reasons(r, Locale.ENGLISH));
    assertEquals(cp1250, r.charset());
    assertEquals("Fundacja Żółć", r.rows().get(0).entry().applicantName());
    assertEquals("Piknik sąsiedzki", r.rows().get(0).entry().taskTitle());
  }

  @Test
  void utf8_with_a_byte_order_mark_is_read() {
    byte[] bytes = ("\uFEFF" + HEADER + "\n" + row("MG/1", "5241000122", "Fundacja Żółć", "5000,00")).getBytes(StandardCharsets.UTF_8);
    SmallGrantRegister r = SmallGrantRegisterReader.asOf(AS_OF).read(bytes);
    assertTrue(r.isFullyRead(), reasons(r, Locale.ENGLISH));
    assertEquals(StandardCharsets.UTF_8, r.charset());
    assertEquals("Fundacja Żółć", r.rows().get(0).entry().applicantName());
  }

  @Test
  void a_comma_separated_file_is_detected_from_its_header() {
    String header = String.join(",", SmallGrantRegisterFormat.COLUMNS);
    String line = "MG/1,1465088,524-100-01-22,\"Fundacja \"\"Korale\"\", Praga\",Piknik,\"5000,50\","
        + "01.04.2026,30.05.2026,02.03.2026,03.03.2026,10.03.2026,,,,,tak,";
    SmallGrantRegister r = read("#planned-budget,1465011,2026,1000000.00", header, line);
    assertTrue(r.isFullyRead(), reasons(r, Locale.ENGLISH));
    assertEquals(',', r.separator());
    SmallGrantEntry e = r.rows().get(0).entry();
    assertEquals("Fundacja \"Korale\", Praga", e.applicantName());
    assertEquals(Money.of("5000.50"), e.amount());
    assertEquals(List.of(PublicationPlace.BIP), e.publications().stream().map(p -> p.place()).toList());
    assertTrue(e.contractDate().isEmpty());
    assertEquals(1, r.plannedBudgets().size());
  }

  @Test
  void polish_and_iso_dates_are_both_read() {
    String polish = "MG/2;1465088;5241000122;Fundacja Korale;Piknik;100,00;01.04.2026;30.05.2026;02.03.2026;"
        + "03.03.2026;10.03.2026;;;;;tak;12.03.2026";
    SmallGrantRegister r = read(HEADER, row("MG/1", "5241000122", "Fundacja Korale", "100,00"), polish);
    assertTrue(r.isFullyRead(), reasons(r, Locale.ENGLISH));
    assertEquals(r.rows().get(0).entry().taskPeriod(), r.rows().get(1).entry().taskPeriod());
    assertEquals(LocalDate.of(2026, 3, 12), r.rows().get(1).entry().contractDate().orElseThrow());
  }

  @Test
  void a_wrong_header_is_a_malformed_row_and_no_row_after_it_is_read_silently() {
    SmallGrantRegister r = read("grant_id;body;org_nip", row("MG/1", "5241000122", "Fundacja Korale", "100,00"));
    assertTrue(r.rows().isEmpty());
    assertEquals(1, r.malformedRows().get(0).line());
    assertEquals("CSV_HEADER", r.malformedRows().get(0).problems().get(0).code());
    assertEquals("CSV_NOT_READ", r.fileProblems().get(0).code());
    assertEquals(1, r.dataRowCount());
    assertTrue(reasons(r, Locale.ENGLISH).contains("1 data line was not read"), reasons(r, Locale.ENGLISH));
  }

  @Test
  void a_missing_column_is_reported_with_its_line() {
    String line = row("MG/1", "5241000122", "Fundacja Korale", "100,00");
    SmallGrantRegister r = read(HEADER, line.substring(0, line.lastIndexOf(';')));
    assertEquals(2, r.malformedRows().get(0).line());
    assertEquals("expected 17 columns, found 16", r.malformedRows().get(0).describe(Locale.ENGLISH));
    assertEquals("oczekiwano 17 kolumn, jest 16", r.malformedRows().get(0).describe(Messages.POLISH));
  }

  @Test
  void a_bad_amount_and_a_bad_nip_are_every_reason_of_one_row() {
    SmallGrantRegister r = read(HEADER, row("MG/1", "5241000123", "Fundacja Korale", "abc"));
    MalformedRow m = r.malformedRows().get(0);
    assertEquals(2, m.line());
    assertEquals(List.of("org_nip", "amount"), m.problems().stream().map(p -> p.path()).toList());
    assertEquals(List.of("NIP_CHECKSUM", "MONEY_FORMAT"), m.problems().stream().map(p -> p.code()).toList());
    assertTrue(m.describe(Locale.ENGLISH).contains("amount: MONEY_FORMAT – 'abc' is not an amount"), m.describe(Locale.ENGLISH));
    assertFalse(m.describe(Messages.POLISH).equals(m.describe(Locale.ENGLISH)));
  }

  @Test
  void a_zero_amount_is_malformed() {
    SmallGrantRegister r = read(HEADER, row("MG/1", "5241000122", "Fundacja Korale", "0,00"));
    assertEquals("CSV_AMOUNT_POSITIVE", r.malformedRows().get(0).problems().get(0).code());
  }

  @Test
  void a_register_number_starting_with_a_hash_is_a_data_row_and_a_hash_line_without_separator_a_comment() {
    SmallGrantRegister r = read(HEADER, row("#12/2026", "5241000122", "Fundacja Korale", "100,00"),
        "# a note after the header", row("#13/2026", "5241000122", "Fundacja Korale", "abc"), "#13;short");
    assertEquals(List.of("#12/2026"), r.entries().stream().map(SmallGrantEntry::registerNumber).toList());
    assertEquals(List.of(4, 5), r.malformedRows().stream().map(MalformedRow::line).toList(), reasons(r, Locale.ENGLISH));
    assertEquals(3, r.dataRowCount());
  }

  @Test
  void a_date_in_2009_or_in_year_minus_one_or_too_far_ahead_is_malformed() {
    String base = row("MG/1", "5241000122", "Fundacja Korale", "100,00");
    SmallGrantRegister r = read(HEADER, base.replace("2026-04-01", "2009-12-31"), base.replace("MG/1", "MG/2")
        .replace("2026-04-01", "-0001-04-01"), base.replace("MG/1", "MG/3").replace("2026-05-30", "31.12.2037"),
        base.replace("MG/1", "MG/4").replace("2026-04-01", "01.04.-001"));
    assertTrue(r.rows().isEmpty());
    assertEquals(4, r.malformedRows().size(), reasons(r, Locale.ENGLISH));
    assertEquals("CSV_DATE_RANGE", r.malformedRows().get(0).problems().get(0).code());
    assertEquals("task_start", r.malformedRows().get(0).problems().get(0).path());
    assertEquals("CSV_DATE_RANGE", r.malformedRows().get(1).problems().get(0).code(), reasons(r, Locale.ENGLISH));
    assertEquals("CSV_DATE_RANGE", r.malformedRows().get(2).problems().get(0).code());
    assertEquals("CSV_DATE", r.malformedRows().get(3).problems().get(0).code());
  }

  @Test
  void a_date_that_does_not_exist_is_malformed() {
    SmallGrantRegister r = read(HEADER, row("MG/1", "5241000122", "Fundacja Korale", "100,00").replace("2026-04-01", "2026-02-30"));
    assertEquals("task_start: '2026-02-30' is not a date (YYYY-MM-DD or DD.MM.YYYY)",
        r.malformedRows().get(0).describe(Locale.ENGLISH));
  }

  @Test
  void a_duplicate_register_number_makes_the_later_row_malformed() {
    SmallGrantRegister r = read(HEADER, row("MG/1", "5241000122", "Fundacja Korale", "100,00"),
        row("MG/1", "5241000122", "Fundacja Korale", "200,00"));
    assertEquals(1, r.rows().size());
    assertEquals(3, r.malformedRows().get(0).line());
    assertEquals("grant_id: number 'MG/1' was already used on line 2", r.malformedRows().get(0).describe(Locale.ENGLISH));
  }

  @Test
  void an_unclosed_quote_is_malformed() {
    SmallGrantRegister r = read(HEADER, row("MG/1", "5241000122", "\"Fundacja Korale", "100,00"));
    assertEquals("CSV_QUOTES", r.malformedRows().get(0).problems().get(0).code());
  }

  @Test
  void a_malformed_plan_line_is_reported() {
    SmallGrantRegister r = read("#planned-budget;1465011;20x6;abc", HEADER, "#planned-budget;1465011");
    assertEquals(List.of(1, 3), r.malformedRows().stream().map(MalformedRow::line).toList());
    assertEquals(List.of("CSV_YEAR", "MONEY_FORMAT"), r.malformedRows().get(0).problems().stream().map(p -> p.code()).toList());
    assertEquals("CSV_PLAN_FIELDS", r.malformedRows().get(1).problems().get(0).code());
  }

  @Test
  void a_directory_or_a_missing_file_is_unreadable() {
    UnreadableRegisterException d = assertThrows(UnreadableRegisterException.class,
        () -> SmallGrantRegisterReader.asOf(AS_OF).read(dir));
    assertEquals(UnreadableRegisterException.Reason.DIRECTORY, d.reason());
    UnreadableRegisterException m = assertThrows(UnreadableRegisterException.class,
        () -> SmallGrantRegisterReader.asOf(AS_OF).read(dir.resolve("none.csv")));
    assertEquals(UnreadableRegisterException.Reason.MISSING, m.reason());
    assertEquals(dir.resolve("none.csv"), m.path().orElseThrow());
  }

  @Test
  void an_empty_file_or_one_without_header_is_a_file_problem() throws Exception {
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    SmallGrantRegister r = SmallGrantRegisterReader.asOf(AS_OF).read(empty);
    assertEquals("CSV_EMPTY", r.fileProblems().get(0).code());
    assertFalse(r.isFullyRead());
    assertEquals("CSV_NO_HEADER", read("# only a comment").fileProblems().get(0).code());
  }
}
