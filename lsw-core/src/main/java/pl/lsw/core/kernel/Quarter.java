package pl.lsw.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter of a year: Q1 is January–March, Q2 April–June, Q3 July–September, Q4
 * October–December. Written {@code Q3 2026}.
 *
 * <p>Polish: <i>kwartał</i> (kwartał kalendarzowy).
 *
 * <p>Problem codes: {@code QUARTER_NUMBER} (not 1 to 4), {@code QUARTER_YEAR} (outside the years
 * {@link LocalDate} supports), {@code QUARTER_EMPTY}, {@code QUARTER_FORMAT}.
 */
public final class Quarter implements Comparable<Quarter> {

  private static final Pattern QUARTER_FIRST =
      Pattern.compile("Q([0-9]+)[\\s\\u00A0\\u202F]*[-/]?[\\s\\u00A0\\u202F]*(-?[0-9]+)");
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(-?[0-9]+)[\\s\\u00A0\\u202F]*[-/]?[\\s\\u00A0\\u202F]*Q([0-9]+)");

  private final int year;
  private final int number;

  private Quarter(int year, int number) {
    this.year = year;
    this.number = number;
  }

  /** The quarter with the given year and number (1 to 4), or every problem. */
  public static Validation<Seq<Problem>, Quarter> validate(int year, int number) {
    List<Problem> problems = List.empty();
    if (number < 1 || number > 4) {
      problems = problems.append(
          TextChecks.PROBLEMS.problem("", "QUARTER_NUMBER", "number", number));
    }
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE - 1) {
      problems = problems.append(TextChecks.PROBLEMS.problem("", "QUARTER_YEAR", "year", year));
    }
    return problems.isEmpty() ? Validation.valid(new Quarter(year, number)) : Validation.invalid(problems);
  }

  /**
   * The quarter with the given year and number: {@code of(2026, 3)} is Q3 2026.
   *
   * @throws InvalidInputException if the number is not 1 to 4 or the year out of range
   */
  public static Quarter of(int year, int number) {
    return Texts.orThrow(validate(year, number));
  }

  /** The quarter that contains {@code day}: 15 August 2026 is in Q3 2026. */
  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses {@code "Q3 2026"}, {@code "2026-Q3"}, {@code "2026 Q3"} or {@code "Q3-2026"} (any case,
   * any spaces).
   */
  public static Validation<Seq<Problem>, Quarter> parse(CharSequence text) {
    if (text == null || Texts.strip(text.toString()).isEmpty()) {
      return Validation.invalid(
          List.of(TextChecks.PROBLEMS.problem("", "QUARTER_EMPTY")));
    }
    String s = Texts.strip(text.toString()).toUpperCase(Locale.ROOT);
    Matcher m = QUARTER_FIRST.matcher(s);
    int year;
    int number;
    try {
      if (m.matches()) {
        number = Integer.parseInt(m.group(1));
        year = Integer.parseInt(m.group(2));
      } else {
        m = YEAR_FIRST.matcher(s);
        if (!m.matches()) {
          return Validation.invalid(List.of(formatProblem(text)));
        }
        year = Integer.parseInt(m.group(1));
        number = Integer.parseInt(m.group(2));
      }
    } catch (NumberFormatException tooLong) {
      return Validation.invalid(List.of(formatProblem(text)));
    }
    return validate(year, number);
  }

  private static Problem formatProblem(CharSequence text) {
    return TextChecks.PROBLEMS.problem("", "QUARTER_FORMAT", "value", String.valueOf(text));
  }

  /** The year. */
  public int year() {
    return year;
  }

  /** The number within the year, 1 to 4. */
  public int number() {
    return number;
  }

  /** The first day: 1 July 2026 for Q3 2026. */
  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  /** The last day: 30 September 2026 for Q3 2026. */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /** The days of the quarter, both ends included. */
  public DateRange range() {
    return DateRange.of(firstDay(), lastDay());
  }

  /** Whether {@code day} falls in this quarter. */
  public boolean contains(LocalDate day) {
    return of(day).equals(this);
  }

  /** The following quarter: Q1 2027 after Q4 2026. */
  public Quarter next() {
    return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
  }

  /** The preceding quarter: Q4 2025 before Q1 2026. */
  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  /**
   * Every quarter that shares at least one day with {@code range}, in order, as an unmodifiable
   * list: 15 March – 1 July 2026 overlaps Q1, Q2 and Q3 2026.
   */
  public static java.util.List<Quarter> quartersOverlapping(DateRange range) {
    java.util.List<Quarter> out = new ArrayList<>();
    Quarter last = of(range.end());
    for (Quarter q = of(range.start()); q.compareTo(last) <= 0; q = q.next()) {
      out.add(q);
    }
    return Collections.unmodifiableList(out);
  }

  /** Chronological order. */
  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
  }

  /** Equal when year and number are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Quarter && ((Quarter) o).year == year && ((Quarter) o).number == number;
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(year, number);
  }

  /** {@code Q3 2026}. */
  @Override
  public String toString() {
    return "Q" + number + " " + year;
  }
}
