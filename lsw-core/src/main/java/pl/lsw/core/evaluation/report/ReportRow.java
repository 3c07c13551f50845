package pl.lsw.core.evaluation.report;

import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Localized;

/**
 * One row of the partnership evaluation report: in a section, what is measured ({@code subject},
 * e.g. a relationship or a survey question), by which measure, and the value both as data (a
 * language-neutral text: a decimal with a dot, an ISO date, a code) and as people read it.
 *
 * <p>Immutable. Polish: <i>wiersz raportu z ewaluacji</i>.
 *
 * @param section the section
 * @param subject what the row is about, in the reader's language
 * @param measure the measure, in the reader's language
 * @param value the value as data, language-neutral
 * @param shown the value as people read it, in their language
 */
public record ReportRow(ReportSection section, Localized subject, Localized measure, String value,
    Localized shown) {

  /** Refuses nulls. */
  public ReportRow {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(shown, "shown");
  }

  /**
   * The row as one line of text: {@code subject — measure: value}.
   *
   * @param locale the reader's locale
   * @return the line
   */
  public String render(Locale locale) {
    String s = subject.display(locale);
    String m = measure.display(locale);
    String v = shown.display(locale);
    if (s.isEmpty()) {
      return m.isEmpty() ? v : m + ": " + v;
    }
    return m.isEmpty() ? s + ": " + v : s + " — " + m + ": " + v;
  }
}
