package pl.lsw.examples;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pl.lsw.core.financing.smallgrant.BodyYearTotal;
import pl.lsw.core.financing.smallgrant.OrganisationYearTotal;
import pl.lsw.core.financing.smallgrant.SmallGrantBatchReport;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.StatutoryParameters;

/**
 * Checks a register of small grants in a CSV file (one row per grant, see {@link SmallGrantCsv}
 * and {@code lsw-examples/samples/README.md}) against every small-grant rule at once, and prints the
 * compliance report: the rows that could not be read (line number and reason), the grants that
 * break a rule (codes and messages), the totals per organisation (sum, count, what is left under
 * the yearly cap) and per body (sum against the planned budget), and a summary.
 *
 * <pre>
 * small-grants-csv FILE [--as-of YYYY-MM-DD] [--draft-2025 YYYY-MM-DD] [--all]
 * small-grants-csv --generate N FILE [--seed S] [--year YYYY]
 * </pre>
 *
 * <p>The check needs no database: the grants are checked as listed, each against the grants of
 * the file before it. {@code --as-of} is the day of the check (default today in Warsaw); it only
 * decides whether a missing posting's deadline has passed. {@code --draft-2025 DATE} judges offers
 * received from that date by the 2025 draft parameters. {@code --all} prints compliant grants too.
 *
 * <p>Exit code: 0 when every row was read and every grant complies; 1 when a row is malformed or
 * a grant breaks a MUST rule; 2 on wrong arguments or an unreadable file.
 *
 * <p>{@code --generate} writes a made-up but realistic register of N rows for Warsaw districts
 * (deterministic for a seed, default 2026 and seed 19), with a few deliberately malformed rows,
 * and lists those rows.
 */
final class SmallGrantCsvExample {

  /** Every row read and every grant complies. */
  static final int OK = 0;
  /** A malformed row or a violation of a MUST rule. */
  static final int VIOLATIONS = 1;
  /** Wrong arguments or an unreadable file. */
  static final int USAGE = 2;

  private SmallGrantCsvExample() {}

  static int run(ExampleOptions options) throws IOException {
    List<String> args = new ArrayList<>(options.arguments());
    List<String> problems = new ArrayList<>();
    Integer generate = null;
    Long seed = 19L;
    int year = 2026;
    LocalDate asOf = LocalDate.now(ZoneId.of("Europe/Warsaw"));
    LocalDate draftFrom = null;
    boolean all = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String next = i + 1 < args.size() ? args.get(i + 1) : null;
      switch (a) {
        case "--generate" -> {
          generate = integer(next, a, problems);
          i++;
        }
        case "--seed" -> {
          Integer s = integer(next, a, problems);
          seed = s == null ? null : s.longValue();
          i++;
        }
        case "--year" -> {
          Integer y = integer(next, a, problems);
          year = y == null ? year : y;
          i++;
        }
        case "--as-of" -> {
          asOf = date(next, a, problems);
          i++;
        }
        case "--draft-2025" -> {
          draftFrom = date(next, a, problems);
          i++;
        }
        case "--all" -> all = true;
        default -> {
          if (a.startsWith("--")) {
            problems.add("unknown option " + a);
          } else {
            files.add(a);
          }
        }
      }
    }
    if (files.size() != 1) {
      problems.add("give exactly one FILE, not " + files);
    }
    if (!problems.isEmpty()) {
      System.out.println(String.join("\n", problems));
      System.out.println("usage: small-grants-csv FILE [--as-of YYYY-MM-DD] [--draft-2025 YYYY-MM-DD] [--all]\n"
          + "       small-grants-csv --generate N FILE [--seed S] [--year YYYY]");
      return USAGE;
    }
    Path file = Path.of(files.get(0));
    if (generate != null) {
      return generate(options, file, generate, seed == null ? 19L : seed, year);
    }
    if (!Files.isReadable(file)) {
      System.out.println(options.text("Nie można odczytać pliku " + file, "Cannot read the file " + file));
      return USAGE;
    }
    return check(options, file, asOf, draftFrom, all);
  }

  private static int generate(ExampleOptions options, Path file, int rows, long seed, int year) throws IOException {
    if (rows < 1) {
      System.out.println(options.text("Liczba wierszy musi być dodatnia", "The number of rows must be positive"));
      return USAGE;
    }
    SmallGrantCsvGenerator.Generated g = SmallGrantCsvGenerator.generate(rows, seed, year);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, g.lines(), StandardCharsets.UTF_8);
    System.out.println(options.text(
        "Zapisano " + rows + " wierszy grantów (rok " + year + ", ziarno " + seed + ") do " + file,
        "Wrote " + rows + " grant rows (year " + year + ", seed " + seed + ") to " + file));
    System.out.println(options.text("Celowo błędne wiersze:", "Deliberately malformed rows:"));
    g.malformed().forEach(m -> System.out.println("  " + m));
    return OK;
  }

  /** Reads, checks and prints; returns the exit code. */
  static int check(ExampleOptions options, Path file, LocalDate asOf, LocalDate draftFrom, boolean all)
      throws IOException {
    SmallGrantCsv.Register register = SmallGrantCsv.read(file, options.english());
    ParameterSet parameters = ParameterSet.statutory();
    if (draftFrom != null) {
      parameters = parameters.overlay(StatutoryParameters.draft2025(draftFrom));
    }
    SmallGrantChecker checker = new SmallGrantChecker(RuleEnvironment.of(parameters, WorkingDayCalendar.polish()));
    SmallGrantBatchReport report = checker.checkAll(register.rows().stream().map(SmallGrantCsv.Row::grant).toList(),
        register.budgets(), asOf);

    System.out.println(options.text(
        "Sprawdzenie rejestru małych grantów " + file.getFileName() + " na dzień " + asOf
            + (draftFrom == null ? " (parametry ustawowe)" : " (projekt 2025 od " + draftFrom + ")"),
        "Check of the small-grant register " + file.getFileName() + " as of " + asOf
            + (draftFrom == null ? " (statutory parameters)" : " (2025 draft from " + draftFrom + ")")));
    System.out.println();
    printMalformed(options, register);
    Map<String, Integer> byRule = printGrants(options, register, report, all);
    printOrganisations(options, register, report);
    printBodies(options, report);
    long nonCompliant = report.nonCompliantCount();
    System.out.println(options.text("Podsumowanie:", "Summary:"));
    System.out.println(options.text(
        "  wierszy danych: " + register.dataLines() + ", sprawdzonych grantów: " + register.rows().size()
            + ", zgodnych: " + report.compliantCount() + ", niezgodnych: " + nonCompliant
            + ", wierszy z błędami: " + register.malformed().size(),
        "  data rows: " + register.dataLines() + ", grants checked: " + register.rows().size()
            + ", compliant: " + report.compliantCount() + ", not compliant: " + nonCompliant
            + ", malformed rows: " + register.malformed().size()));
    if (!byRule.isEmpty()) {
      System.out.println(options.text("  naruszenia według reguł: ", "  violations by rule: ")
          + byRule.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
              .reduce((a, b) -> a + ", " + b).orElse(""));
    }
    int code = nonCompliant > 0 || !register.malformed().isEmpty() ? VIOLATIONS : OK;
    System.out.println(options.text("  kod wyjścia: ", "  exit code: ") + code);
    return code;
  }

  private static void printMalformed(ExampleOptions options, SmallGrantCsv.Register register) {
    if (register.malformed().isEmpty()) {
      return;
    }
    System.out.println(options.text("Wiersze, których nie można odczytać (nie sprawdzono ich):",
        "Rows that could not be read (not checked):"));
    for (SmallGrantCsv.Malformed m : register.malformed()) {
      System.out.println(options.text("  wiersz ", "  line ") + m.line() + ": " + String.join("; ", m.reasons()));
    }
    System.out.println();
  }

  private static Map<String, Integer> printGrants(ExampleOptions options, SmallGrantCsv.Register register,
      SmallGrantBatchReport report, boolean all) {
    Map<String, Integer> byRule = new TreeMap<>();
    boolean headed = false;
    for (SmallGrantCsv.Row row : register.rows()) {
      RuleReport r = report.reportOf(row.grant().id());
      r.violations().forEach(f -> byRule.merge(f.code().value(), 1, Integer::sum));
      if (r.isCompliant() && !all) {
        continue;
      }
      if (!headed) {
        System.out.println(all ? options.text("Granty:", "Grants:")
            : options.text("Granty niezgodne z przepisami:", "Grants that break a rule:"));
        headed = true;
      }
      System.out.println(options.text("  wiersz ", "  line ") + row.line() + ", " + row.reference() + ", "
          + row.organisationName() + " (NIP " + row.nip().formatted() + "), " + money(options, row.grant().amount())
          + ", " + row.grant().taskPeriod().start() + "–" + row.grant().taskPeriod().end() + ": "
          + (r.isCompliant() ? options.text("zgodny", "compliant") : options.text("NIEZGODNY", "NOT COMPLIANT")));
      for (Finding f : r.violations()) {
        System.out.println("      [" + f.code().value() + "] " + f.message(options.locale()));
      }
      r.failures().forEach(f -> System.out.println("      [" + f.rule() + "] " + f.message()));
    }
    if (headed) {
      System.out.println();
    }
    return byRule;
  }

  private static void printOrganisations(ExampleOptions options, SmallGrantCsv.Register register,
      SmallGrantBatchReport report) {
    Map<pl.lsw.core.organisation.OrganisationId, SmallGrantCsv.Row> orgs = register.organisations();
    System.out.println(options.text(
        "Sumy według organizacji (rok; NIP; organizacja; liczba; suma; pozostało do limitu):",
        "Totals per organisation (year; NIP; organisation; count; sum; left under the cap):"));
    List<OrganisationYearTotal> totals = new ArrayList<>(report.organisationTotals());
    totals.sort(java.util.Comparator.comparingInt(OrganisationYearTotal::year)
        .thenComparing(t -> orgs.get(t.organisation()).organisationName()));
    for (OrganisationYearTotal t : totals) {
      SmallGrantCsv.Row row = orgs.get(t.organisation());
      System.out.println(String.format("  %d; %s; %s; %d; %s; %s%s", t.year(), row.nip().formatted(),
          row.organisationName(), t.count(), money(options, t.total()), money(options, t.remaining()),
          t.isOverCap() ? options.text(" – PRZEKROCZONY limit ", " – OVER the cap of ") + money(options, t.cap()) : ""));
    }
    System.out.println();
  }

  private static void printBodies(ExampleOptions options, SmallGrantBatchReport report) {
    System.out.println(options.text(
        "Sumy według organów (rok; organ; liczba; suma; plan dotacji; udział; limit):",
        "Totals per body (year; body; count; sum; planned grants; share; limit):"));
    for (BodyYearTotal t : report.bodyTotals()) {
      String planned = t.planned().map(m -> money(options, m)).orElse(options.text("brak planu", "no plan"));
      String share = t.share().map(SmallGrantCsvExample::percent).orElse("-");
      System.out.println(String.format("  %d; %s (%s); %d; %s; %s; %s; %s – %s", t.year(), t.bodyName(),
          t.bodyArea().value(), t.count(), money(options, t.total()), planned, share, percent(t.maxShare()),
          t.withinLimit() ? options.text("w limicie", "within") : options.text("PONAD limit", "OVER the limit")));
    }
    System.out.println();
  }

  /** An amount as people read it in the example's language (see {@link Messages#display}). */
  private static String money(ExampleOptions options, Money amount) {
    return Messages.display(amount, options.locale());
  }

  /** A percentage with two decimals, Polish style: {@code 12,34%}. */
  static String percent(Percent p) {
    return p.value().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
  }

  private static Integer integer(String text, String option, List<String> problems) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException | NullPointerException e) {
      problems.add(option + " takes a whole number, not '" + text + "'");
      return null;
    }
  }

  private static LocalDate date(String text, String option, List<String> problems) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      problems.add(option + " takes a date YYYY-MM-DD, not '" + text + "'");
      return null;
    }
  }
}
