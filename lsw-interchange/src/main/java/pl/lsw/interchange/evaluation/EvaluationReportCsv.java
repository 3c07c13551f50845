package pl.lsw.interchange.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pl.lsw.core.evaluation.report.EvaluationReport;
import pl.lsw.core.evaluation.report.ReportRow;

/**
 * Writes a partnership evaluation report as CSV (UTF-8 text, {@code ;} between fields, quoted
 * where needed, one header line): one record per row of the report, in its order, with the
 * columns {@link #COLUMNS}: the section's code and its name, the subject and the measure in the
 * reader's language, the value as data (language-neutral: a decimal with a dot, an ISO date, a
 * code) and the value as people read it in that language. A spreadsheet can sort and filter by
 * {@code section} and compute with {@code value} whatever the language of the other columns.
 *
 * <p>Polish: <i>raport z ewaluacji partnerstwa w CSV</i>.
 */
public final class EvaluationReportCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("section", "section_name", "subject", "measure", "value", "shown");

  private EvaluationReportCsv() {}

  /**
   * The report as CSV.
   *
   * @param report the report
   * @param locale the reader's language (Polish unless English)
   * @return the CSV text, records ending with {@code \n}
   */
  public static String csv(EvaluationReport report, Locale locale) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
        .setHeader(COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (ReportRow r : report.rows()) {
        p.printRecord(r.section().name(), r.section().display(locale), r.subject().display(locale),
            r.measure().display(locale), r.value(), r.shown().display(locale));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
