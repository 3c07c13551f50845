package pl.lsw.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.financing.smallgrant.SmallGrantChecker;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.StatutoryParameters;
import pl.lsw.interchange.smallgrant.SmallGrantRegisterCheck;
import pl.lsw.interchange.smallgrant.SmallGrantRegisterCheckResult;
import pl.lsw.interchange.smallgrant.SmallGrantRegisterReportWriter;
import pl.lsw.interchange.smallgrant.UnreadableRegisterException;

/**
 * Checks a register of small grants in a CSV file (one row per grant, in the format documented in
 * {@code pl.lsw.interchange.smallgrant}) against every small-grant rule at once, and prints the
 * compliance report: a thin wrapper over the library call {@link SmallGrantRegisterCheck} and its
 * {@link SmallGrantRegisterReportWriter}: the rows that could not be read (line number and every
 * reason), the grants that break a rule (codes and messages), the totals per organisation (sum,
 * count, what is left under the yearly cap), per local government and per body (sum against the
 * planned budget), and a summary.
 *
 * <pre>
 * small-grants-csv FILE [--as-of DATE] [--draft-2025 DATE] [--all] [--csv]
 * small-grants-csv --generate N FILE [--seed S] [--year YYYY]
 * </pre>
 *
 * <p>The check needs no database: the grants are checked as listed, each against the grants of
 * the file before it. {@code --as-of} is the day of the check (default today in Warsaw); it only
 * decides whether a missing posting's deadline has passed. {@code --draft-2025 DATE} judges offers
 * received from that date by the 2025 draft parameters. {@code --all} prints compliant grants too;
 * {@code --csv} prints the report as CSV instead of text. Dates are {@code YYYY-MM-DD} or {@code
 * DD.MM.YYYY}.
 *
 * <p>Exit code: 0 when every row was read and every grant complies (SHOULD findings allowed); 1
 * when a row is malformed, the file is empty or its header wrong, or a grant breaks a MUST rule;
 * 2 on wrong arguments or an unreadable file (missing, a directory).
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
    boolean csv = false;
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
        case "--csv" -> csv = true;
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
      System.out.println("usage: small-grants-csv FILE [--as-of DATE] [--draft-2025 DATE] [--all] [--csv]   (DATE: YYYY-MM-DD or DD.MM.YYYY)\n"
          + "       small-grants-csv --generate N FILE [--seed S] [--year YYYY]");
      return USAGE;
    }
    Path file = Path.of(files.get(0));
    if (generate != null) {
      return generate(options, file, generate, seed == null ? 19L : seed, year);
    }
    return check(options, file, asOf, draftFrom, all, csv);
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

  /** Reads, checks and prints (a thin wrapper over {@link SmallGrantRegisterCheck}); returns the exit code. */
  static int check(ExampleOptions options, Path file, LocalDate asOf, LocalDate draftFrom, boolean all, boolean csv) {
    ParameterSet parameters = ParameterSet.statutory();
    if (draftFrom != null) {
      parameters = parameters.overlay(StatutoryParameters.draft2025(draftFrom));
    }
    SmallGrantChecker checker = new SmallGrantChecker(RuleEnvironment.of(parameters, WorkingDayCalendar.polish()));
    SmallGrantRegisterCheckResult result;
    try {
      result = SmallGrantRegisterCheck.of(checker).check(file, asOf);
    } catch (UnreadableRegisterException e) {
      System.out.println(options.text("Nie można odczytać pliku " + file, "Cannot read the file " + file));
      return USAGE;
    }
    int code = result.isClean() ? OK : VIOLATIONS;
    if (csv) {
      System.out.print(SmallGrantRegisterReportWriter.csv(result, options.locale()));
      return code;
    }
    System.out.println(options.text(
        "Sprawdzenie rejestru małych grantów " + file.getFileName() + " na dzień " + Messages.display(asOf, options.locale())
            + (draftFrom == null ? " (parametry ustawowe)"
                : " (projekt 2025 od " + Messages.display(draftFrom, options.locale()) + ")"),
        "Check of the small-grant register " + file.getFileName() + " as of " + Messages.display(asOf, options.locale())
            + (draftFrom == null ? " (statutory parameters)"
                : " (2025 draft from " + Messages.display(draftFrom, options.locale()) + ")")));
    System.out.println();
    System.out.print(SmallGrantRegisterReportWriter.text(result, options.locale(), all));
    System.out.println(options.text("  kod wyjścia: ", "  exit code: ") + code);
    return code;
  }

  /** A percentage with two decimals, Polish style: {@code 12,34%}. */
  static String percent(pl.lsw.core.kernel.Percent p) {
    return p.value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
  }

  private static Integer integer(String text, String option, List<String> problems) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException | NullPointerException e) {
      problems.add(option + " takes a whole number, not '" + text + "'");
      return null;
    }
  }

  private static final DateTimeFormatter POLISH_DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** A date written {@code YYYY-MM-DD} or {@code DD.MM.YYYY}. */
  static LocalDate date(String text, String option, List<String> problems) {
    try {
      return text.contains(".") ? LocalDate.parse(text, POLISH_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      problems.add(option + " takes a date YYYY-MM-DD or DD.MM.YYYY, not '" + text + "'");
      return null;
    }
  }
}
