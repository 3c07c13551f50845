package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Money;

class SmallGrantCsvExampleTest {

  @TempDir
  Path dir;

  private static final String HEADER = String.join(";", pl.lsw.interchange.smallgrant.SmallGrantRegisterFormat.COLUMNS);
  /** Praga-Północ's own allotment. */
  private static final String PLAN = "#planned-budget;1465088;2026;1 000 000,00 zł";
  /** The city's plan, the base of the share of every district's grants; last, so row line numbers stay. */
  private static final String CITY_PLAN = "#planned-budget;1465011;2026;1 000 000,00 zł";

  /** A grant row of Praga-Północ posted properly and contracted after the comment period. */
  private static String row(String id, String nip, String name, String amount, String start, String end) {
    return id + ";1465088;" + nip + ";" + name + ";Piknik sąsiedzki;" + amount + ";" + start + ";" + end
        + ";2026-03-02;2026-03-03;2026-03-10;2026-03-03;2026-03-10;2026-03-03;2026-03-10;tak;2026-03-12";
  }

  private record Result(int code, String out) {}

  private static Result run(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Examples.run(args);
    } finally {
      System.setOut(original);
    }
    return new Result(code, buffer.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String... lines) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  /** An amount as the English output writes it. */
  private static String english(String amount) {
    return Messages.display(Money.of(amount), Locale.ENGLISH);
  }

  @Test
  void a_register_of_compliant_grants_passes_with_exit_code_0_and_shows_what_is_left_under_the_cap() throws Exception {
    Path file = write("ok.csv", PLAN, HEADER,
        row("MG/1", "1132874653", "Stowarzyszenie Otwarte Drzwi", "8 000,00 zł", "2026-04-01", "2026-05-30"),
        row("MG/2", "1132874653", "Stowarzyszenie Otwarte Drzwi", "10000.00", "2026-06-01", "2026-08-29"), CITY_PLAN);
    Result r = run("small-grants-csv", file.toString(), "--as-of", "2026-12-31");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("2026; 113-287-46-53; Stowarzyszenie Otwarte Drzwi; 2; 18 000,00 zł; 2 000,00 zł"), r.out());
    assertTrue(r.out().contains("Zarząd Dzielnicy Praga-Północ (1465088); 2; 18 000,00 zł; 1 000 000,00 zł; 1,80%; 20,00% – w limicie"),
        r.out());
    assertTrue(r.out().contains("wierszy danych: 2, sprawdzonych grantów: 2, zgodnych: 2, niezgodnych: 0, wierszy z błędami: 0"),
        r.out());
  }

  @Test
  void each_refusal_is_reported_with_its_rule_code_and_a_malformed_row_with_its_line_while_the_others_are_checked()
      throws Exception {
    Path file = write("bad.csv", "# rejestr testowy", PLAN, HEADER,
        row("MG/1", "5241000122", "Fundacja Korale", "10 000,01 zł", "2026-04-01", "2026-05-30"),
        row("MG/2", "5241000122", "Fundacja Korale", "5 000,00", "2026-03-01", "2026-05-30"),
        row("MG/3", "5241000122", "Fundacja Korale", "abc", "2026-04-01", "2026-05-30"),
        row("MG/4", "5241000122", "Fundacja Korale", "10.000,001", "2026-04-01", "2026-05-30"),
        row("MG/5", "5241000123", "Fundacja Korale", "100,00", "2026-04-01", "2026-05-30"),
        row("MG/6", "5241000122", "Fundacja Korale", "100,00", "2026-02-30", "2026-05-30"),
        "MG/7;1465088;5241000122;Fundacja Korale;Piknik",
        row("MG/8", "5241000122", "Fundacja Korale", "6 000,00", "2026-04-01", "2026-05-30"),
        row("MG/9", "5241000122", "Fundacja Korale", "9 000,00", "2026-04-01", "2026-05-30"), CITY_PLAN);
    Result r = run("small-grants-csv", file.toString(), "--as-of", "2026-12-31", "--lang", "en");
    String out = r.out();
    assertEquals(1, r.code(), out);
    assertTrue(out.contains("line 4, MG/1") && out.contains("[FIN-SMALL-GRANT-AMOUNT]"), out);
    assertTrue(out.contains("line 5, MG/2") && out.contains("[FIN-SMALL-GRANT-DURATION]")
        && out.contains("91 days"), out);
    // Grants of one date accumulate in the order of their ids; whichever comes after 20 000 zł is refused.
    assertTrue(out.contains("[FIN-SMALL-GRANT-YEARLY-CAP] The organisation's small grants in 2026 would total"), out);
    assertTrue(out.contains("line 6: amount: MONEY_FORMAT – 'abc' is not an amount"), out);
    assertTrue(out.contains("line 7: amount: MONEY_FORMAT – '10.000,001' is not an amount"), out);
    assertTrue(out.contains("line 8: org_nip: NIP_CHECKSUM"), out);
    assertTrue(out.contains("line 9: task_start: '2026-02-30' is not a date"), out);
    assertTrue(out.contains("line 10: expected 17 columns, found 5"), out);
    assertTrue(out.contains("data rows: 9, grants checked: 4, compliant: 1, not compliant: 3, malformed rows: 5"), out);
    // Counted: 10 000,01 + 5 000 + 6 000 = 21 000,01 before the last grant, 30 000,01 with it.
    assertTrue(out.contains("2026; 524-100-01-22; Fundacja Korale; 4; " + english("30000.01") + "; "
        + english("0.00") + " – OVER the cap of " + english("20000.00")), out);
    assertTrue(out.contains("violations by rule: FIN-SMALL-GRANT-AMOUNT 1, FIN-SMALL-GRANT-DURATION 1, FIN-SMALL-GRANT-YEARLY-CAP 2"),
        out);
  }

  @Test
  void the_generated_register_is_deterministic_and_is_the_shipped_sample() throws Exception {
    Path file = dir.resolve("gen.csv");
    Result g = run("small-grants-csv", "--generate", "200", file.toString(), "--seed", "19");
    assertEquals(0, g.code(), g.out());
    assertEquals(Files.readAllLines(Path.of("samples", "small-grants-2026.csv"), StandardCharsets.UTF_8),
        Files.readAllLines(file, StandardCharsets.UTF_8));
    Result r = run("small-grants-csv", file.toString(), "--as-of", "2026-12-31");
    assertEquals(1, r.code());
    for (String line : List.of("wiersz 22: amount: MONEY_FORMAT", "wiersz 71: amount: MONEY_FORMAT",
        "wiersz 74: task_start: '2026-02-30'", "wiersz 105: org_nip: NIP_CHECKSUM", "wiersz 120: oczekiwano 17 kolumn, jest 16")) {
      assertTrue(r.out().contains(line), () -> "missing " + line + " in\n" + r.out());
    }
    assertTrue(r.out().contains("wierszy danych: 200, sprawdzonych grantów: 195,"), r.out());
    assertTrue(r.out().contains("Rembertów (1465098)") && r.out().contains("PONAD limit"), r.out());
  }

  @Test
  void three_thousand_generated_rows_are_all_checked_or_reported() throws Exception {
    Path file = dir.resolve("big.csv");
    assertEquals(0, run("small-grants-csv", "--generate", "3000", file.toString(), "--seed", "7").code());
    pl.lsw.interchange.smallgrant.SmallGrantRegister register =
        pl.lsw.interchange.smallgrant.SmallGrantRegisterReader.asOf(java.time.LocalDate.of(2026, 12, 31)).read(file);
    assertEquals(3000, register.dataRowCount());
    assertEquals(5, register.malformedRows().size());
    assertEquals(2995, register.rows().size());
    Result r = run("small-grants-csv", file.toString(), "--as-of", "2026-12-31", "--lang", "en");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("data rows: 3000, grants checked: 2995,"), r.out().substring(r.out().length() - 800));
  }

  @Test
  void wrong_arguments_give_exit_code_2() throws Exception {
    assertEquals(2, run("small-grants-csv").code());
    assertEquals(2, run("small-grants-csv", dir.resolve("none.csv").toString()).code());
    assertEquals(2, run("small-grants-csv", "x.csv", "--as-of", "yesterday").code());
    assertEquals(2, run("small-grants-csv", dir.toString(), "--as-of", "2026-12-31").code());
  }

  @Test
  void the_day_of_the_check_is_taken_in_iso_or_polish_notation_and_an_empty_file_gives_exit_code_1() throws Exception {
    Path file = write("ok.csv", PLAN, HEADER,
        row("MG/1", "1132874653", "Stowarzyszenie Otwarte Drzwi", "8 000,00 zł", "2026-04-01", "2026-05-30"), CITY_PLAN);
    assertEquals(0, run("small-grants-csv", file.toString(), "--as-of", "31.12.2026").code());
    assertEquals(0, run("small-grants-csv", file.toString(), "--as-of", "2026-12-31", "--csv").code());
    assertEquals(1, run("small-grants-csv", write("empty.csv").toString(), "--as-of", "2026-12-31").code());
  }
}
