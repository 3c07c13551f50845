package pl.lsw.interchange.smallgrant;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.lsw.core.financing.smallgrant.BodyYearTotal;
import pl.lsw.core.financing.smallgrant.LocalGovernmentYearTotal;
import pl.lsw.core.financing.smallgrant.NamedOrganisationYearTotal;
import pl.lsw.core.financing.smallgrant.SmallGrantEntry;
import pl.lsw.core.financing.smallgrant.SmallGrantRegisterReport;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;

/**
 * Writes the result of a register check for people, in Polish or English, as text, and as CSV
 * for a spreadsheet. Both show: the lines that could not be read (line number and every reason);
 * each grant that breaks a rule (line, register number, organisation name, amount, task period,
 * and each violation with its rule code and message); the totals per organisation (sum, count,
 * what is left under the yearly cap), per local government unit (JST: a Warsaw district board
 * counts under the city) and per body (sum against the planned budget: a share whose budget is
 * unknown is shown as unknown, never as over the limit); and, in the text, a summary. Amounts,
 * dates and percentages are written as {@link Messages#display} writes them in that language.
 *
 * <p>Polish: <i>raport sprawdzenia rejestru małych grantów dla ludzi</i>.
 */
public final class SmallGrantRegisterReportWriter {

  /** The columns of the CSV report, in order. */
  public static final List<String> CSV_COLUMNS = List.of("record", "line", "register_number", "name", "nip", "code",
      "year", "count", "amount", "planned", "share", "limit", "period", "rule", "status", "message");

  private SmallGrantRegisterReportWriter() {}

  /**
   * The report as text.
   *
   * @param result the result of the check
   * @param locale the reader's language (Polish unless English)
   * @param all whether compliant grants are listed too
   * @return the text, lines ending with {@code \n}
   */
  public static String text(SmallGrantRegisterCheckResult result, Locale locale, boolean all) {
    StringBuilder out = new StringBuilder();
    SmallGrantRegister register = result.register();
    SmallGrantRegisterReport report = result.report();
    if (!register.fileProblems().isEmpty()) {
      line(out, t("text.file.heading", locale));
      register.fileProblems().forEach(p -> line(out, "  " + MalformedRow.describe(p, locale)));
      out.append('\n');
    }
    if (!register.malformedRows().isEmpty()) {
      line(out, t("text.malformed.heading", locale));
      for (MalformedRow m : register.malformedRows()) {
        line(out, "  " + t("text.malformed", locale, "line", m.line(), "reasons", m.describe(locale)));
      }
      out.append('\n');
    }
    boolean headed = false;
    for (RegisterRow row : register.rows()) {
      RuleReport r = report.reportOf(row.entry().registerNumber());
      if (r.isCompliant() && !all) {
        continue;
      }
      if (!headed) {
        line(out, t(all ? "text.grants.all" : "text.grants.violations", locale));
        headed = true;
      }
      SmallGrantEntry e = row.entry();
      line(out, "  " + t("text.grant", locale, "line", row.line(), "number", e.registerNumber(), "name", e.applicantName(),
          "nip", e.applicantNip().formatted(), "amount", e.amount(), "start", e.taskPeriod().start(),
          "end", e.taskPeriod().end(), "verdict", t(r.isCompliant() ? "verdict.compliant" : "verdict.notCompliant", locale)));
      for (Finding f : r.findings()) {
        line(out, "      [" + f.code().value() + "] " + f.message(locale));
      }
      r.failures().forEach(f -> line(out, "      [" + f.rule() + "] " + f.message()));
    }
    if (headed) {
      out.append('\n');
    }
    line(out, t("text.organisations.heading", locale));
    for (NamedOrganisationYearTotal n : report.organisationTotals()) {
      line(out, "  " + t("text.organisation", locale, "year", n.totals().year(),
          "nip", n.nip().map(x -> x.formatted()).orElse("-"), "name", n.name(), "count", n.totals().count(),
          "total", n.totals().total(), "remaining", n.totals().remaining())
          + (n.totals().isOverCap() ? " " + t("text.overCap", locale, "cap", n.totals().cap()) : ""));
    }
    out.append('\n');
    line(out, t("text.localGovernments.heading", locale));
    for (LocalGovernmentYearTotal u : report.localGovernmentTotals()) {
      line(out, "  " + t("text.total", locale, "year", u.year(), "name", unitName(u, locale), "code", u.localGovernment().value(),
          "count", u.count(), "total", u.total(), "planned", planned(u.planned(), locale),
          "share", u.share().map(p -> percent(p, locale)).orElse("-"), "max", percent(u.maxShare(), locale),
          "status", status(u.planned().isPresent(), u.withinLimit().orElse(false), locale)));
    }
    out.append('\n');
    line(out, t("text.bodies.heading", locale));
    for (BodyYearTotal b : report.bodyTotals()) {
      line(out, "  " + t("text.total", locale, "year", b.year(), "name", b.bodyName(), "code", b.bodyArea().value(),
          "count", b.count(), "total", b.total(), "planned", planned(b.planned(), locale),
          "share", b.share().map(p -> percent(p, locale)).orElse("-"), "max", percent(b.maxShare(), locale),
          "status", status(b.planned().isPresent(), b.withinLimit(), locale)));
    }
    out.append('\n');
    line(out, t("text.summary.heading", locale));
    line(out, "  " + t("text.summary", locale, "data", register.dataRowCount(), "checked", register.rows().size(),
        "compliant", report.compliantCount(), "nonCompliant", report.nonCompliantCount(),
        "malformed", register.malformedRows().size()));
    Map<String, Integer> byRule = result.violationsByRule();
    if (!byRule.isEmpty()) {
      List<String> parts = new ArrayList<>();
      byRule.forEach((k, v) -> parts.add(k + " " + v));
      line(out, "  " + t("text.summary.byRule", locale, "rules", String.join(", ", parts)));
    }
    return out.toString();
  }

  /**
   * The report as CSV with the {@link #CSV_COLUMNS} (separated by {@code ;}, quoted where needed):
   * one record per file problem ({@code file}), malformed line ({@code malformed}), finding of a
   * grant ({@code violation} for MUST, {@code warning} for SHOULD, {@code failure} for a rule that
   * could not be evaluated), organisation total ({@code organisation}), local government total
   * ({@code local_government}) and body total ({@code body}); the values in the reader's language.
   *
   * @param result the result of the check
   * @param locale the reader's language (Polish unless English)
   * @return the CSV text
   */
  public static String csv(SmallGrantRegisterCheckResult result, Locale locale) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
        .setHeader(CSV_COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (Problem problem : result.register().fileProblems()) {
        p.printRecord(record(Map.of("record", "file", "message", MalformedRow.describe(problem, locale))));
      }
      for (MalformedRow m : result.register().malformedRows()) {
        for (Problem problem : m.problems()) {
          p.printRecord(record(Map.of("record", "malformed", "line", m.line(),
              "message", MalformedRow.describe(problem, locale))));
        }
      }
      for (RegisterRow row : result.register().rows()) {
        SmallGrantEntry e = row.entry();
        RuleReport r = result.report().reportOf(e.registerNumber());
        Map<String, Object> base = new HashMap<>();
        base.put("line", row.line());
        base.put("register_number", e.registerNumber());
        base.put("name", e.applicantName());
        base.put("nip", e.applicantNip().formatted());
        base.put("code", e.body().area().value());
        base.put("year", e.contractDate().orElse(e.offerReceived()).getYear());
        base.put("amount", Messages.display(e.amount(), locale));
        base.put("period", Messages.display(e.taskPeriod().start(), locale) + "–"
            + Messages.display(e.taskPeriod().end(), locale));
        for (Finding f : r.findings()) {
          Map<String, Object> m = new HashMap<>(base);
          m.put("record", f.isViolation() ? "violation" : "warning");
          m.put("rule", f.code().value());
          m.put("message", f.message(locale));
          p.printRecord(record(m));
        }
        r.failures().forEach(f -> {
          Map<String, Object> m = new HashMap<>(base);
          m.put("record", "failure");
          m.put("rule", f.rule().toString());
          m.put("message", f.message());
          printQuietly(p, record(m));
        });
      }
      for (NamedOrganisationYearTotal n : result.report().organisationTotals()) {
        Map<String, Object> m = new HashMap<>();
        m.put("record", "organisation");
        m.put("name", n.name());
        m.put("nip", n.nip().map(x -> x.formatted()).orElse(""));
        m.put("code", n.totals().localGovernment().value());
        m.put("year", n.totals().year());
        m.put("count", n.totals().count());
        m.put("amount", Messages.display(n.totals().total(), locale));
        m.put("limit", Messages.display(n.totals().cap(), locale));
        m.put("status", t(n.totals().isOverCap() ? "status.overCap" : "status.withinCap", locale));
        p.printRecord(record(m));
      }
      for (LocalGovernmentYearTotal u : result.report().localGovernmentTotals()) {
        p.printRecord(record(total("local_government", unitName(u, locale), u.localGovernment().value(), u.year(),
            u.count(), u.total(), u.planned(), u.share(), u.maxShare(),
            status(u.planned().isPresent(), u.withinLimit().orElse(false), locale), locale)));
      }
      for (BodyYearTotal b : result.report().bodyTotals()) {
        p.printRecord(record(total("body", b.bodyName(), b.bodyArea().value(), b.year(), b.count(), b.total(),
            b.planned(), b.share(), b.maxShare(), status(b.planned().isPresent(), b.withinLimit(), locale), locale)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static Map<String, Object> total(String kind, String name, String code, int year, int count,
      pl.lsw.core.kernel.Money total, java.util.Optional<pl.lsw.core.kernel.Money> planned,
      java.util.Optional<Percent> share, Percent max, String status, Locale locale) {
    Map<String, Object> m = new HashMap<>();
    m.put("record", kind);
    m.put("name", name);
    m.put("code", code);
    m.put("year", year);
    m.put("count", count);
    m.put("amount", Messages.display(total, locale));
    m.put("planned", planned.map(x -> Messages.display(x, locale)).orElse(""));
    m.put("share", share.map(x -> percent(x, locale)).orElse(""));
    m.put("limit", percent(max, locale));
    m.put("status", status);
    return m;
  }

  private static void printQuietly(CSVPrinter p, List<String> values) {
    try {
      p.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> record(Map<String, Object> values) {
    String[] out = new String[CSV_COLUMNS.size()];
    Arrays.fill(out, "");
    values.forEach((k, v) -> out[CSV_COLUMNS.indexOf(k)] = String.valueOf(v));
    return Arrays.asList(out);
  }

  private static String unitName(LocalGovernmentYearTotal u, Locale locale) {
    return u.name().or(() -> SmallGrantRegisterFormat.localGovernmentName(u.localGovernment()))
        .orElseGet(() -> t("text.localGovernment.unnamed", locale, "code", u.localGovernment().value()));
  }

  private static String planned(java.util.Optional<pl.lsw.core.kernel.Money> planned, Locale locale) {
    return planned.map(m -> Messages.display(m, locale)).orElse(t("text.noPlan", locale));
  }

  /** Within, over, or unknown when no budget is known: never "over" for lack of a budget. */
  private static String status(boolean planKnown, boolean within, Locale locale) {
    if (!planKnown) {
      return t("status.unknown", locale);
    }
    return t(within ? "status.within" : "status.over", locale);
  }

  /** A percentage with two decimals: {@code 12,34%} in Polish, {@code 12.34%} in English. */
  static String percent(Percent p, Locale locale) {
    String text = p.value().setScale(2, RoundingMode.HALF_UP).toPlainString();
    return (Messages.isPolish(locale) ? text.replace('.', ',') : text) + "%";
  }

  private static String t(String key, Locale locale, Object... pairs) {
    Map<String, Object> args = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      args.put((String) pairs[i], pairs[i + 1]);
    }
    return InterchangeProblems.MESSAGES.format(key, args, locale);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
