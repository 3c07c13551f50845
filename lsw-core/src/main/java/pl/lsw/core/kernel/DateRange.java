package pl.lsw.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Optional;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A range of calendar dates, inclusive at both ends: from 1 March to 29 May 2026 is 90 days. A
 * range holds at least one day (start equal to end is a single day).
 *
 * <p>Polish: <i>przedział dat</i> (okres od … do …, obie daty włącznie).
 *
 * <p>Problem codes of {@link #of(LocalDate, LocalDate)}: {@code DATE_RANGE_START_MISSING}, {@code
 * DATE_RANGE_END_MISSING}, {@code DATE_RANGE_ORDER} (end before start); of {@link #ofDays(LocalDate,
 * long)}: {@code DATE_RANGE_START_MISSING}, {@code DATE_RANGE_LENGTH} (fewer than one day) and
 * {@code DATE_RANGE_BEYOND_MAX} (the last day would fall after {@link LocalDate#MAX}).
 */
public final class DateRange {

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The range from {@code start} to {@code end}, both inclusive, or every problem: a missing date
   * ({@code DATE_RANGE_START_MISSING}, {@code DATE_RANGE_END_MISSING}), or an end before the start
   * ({@code DATE_RANGE_ORDER}).
   *
   * @param start the first day, may be null (a problem)
   * @param end the last day, may be null (a problem)
   * @return the range, or every problem
   */
  public static Validation<Seq<Problem>, DateRange> parse(LocalDate start, LocalDate end) {
    List<Problem> problems = List.empty();
    if (start == null) {
      problems = problems.append(
          TextChecks.PROBLEMS.problem("start", "DATE_RANGE_START_MISSING"));
    }
    if (end == null) {
      problems = problems.append(
          TextChecks.PROBLEMS.problem("end", "DATE_RANGE_END_MISSING"));
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems = problems.append(
          TextChecks.PROBLEMS.problem("end", "DATE_RANGE_ORDER", "end", end, "start", start));
    }
    return problems.isEmpty() ? Validation.valid(new DateRange(start, end)) : Validation.invalid(problems);
  }

  /**
   * The range from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first day
   * @param end the last day, not before the first
   * @return the range
   * @throws InvalidInputException listing every problem of {@link #parse(LocalDate, LocalDate)}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return Texts.orThrow(parse(start, end));
  }

  /**
   * The range from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first day
   * @param end the last day, not before the first
   * @return the range
   * @throws InvalidInputException listing every problem
   * @deprecated the same as {@link #of(LocalDate, LocalDate)}, which now throws
   */
  @Deprecated
  public static DateRange ofOrThrow(LocalDate start, LocalDate end) {
    return of(start, end);
  }

  /**
   * The range of {@code days} days starting on {@code start}: {@code ofDays(d, 1)} is the single
   * day {@code d}, {@code ofDays(2026-03-01, 90)} ends on 29 May 2026.
   *
   * @throws InvalidInputException with {@code DATE_RANGE_START_MISSING} if {@code start} is
   *     null, {@code DATE_RANGE_LENGTH} if {@code days} is below one, {@code DATE_RANGE_BEYOND_MAX}
   *     if the last day would fall after {@link LocalDate#MAX} (never another exception)
   */
  public static DateRange ofDays(LocalDate start, long days) {
    return Texts.orThrow(validateDays(start, days));
  }

  /**
   * Non-throwing variant of {@link #ofDays(LocalDate, long)}: the range, or every problem.
   *
   * @param start the first day, may be null
   * @param days the number of days, at least one
   * @return the range, or the problems {@code DATE_RANGE_START_MISSING}, {@code
   *     DATE_RANGE_LENGTH}, {@code DATE_RANGE_BEYOND_MAX}
   */
  public static Validation<Seq<Problem>, DateRange> validateDays(LocalDate start, long days) {
    List<Problem> problems = List.empty();
    if (start == null) {
      problems = problems.append(TextChecks.PROBLEMS.problem("start", "DATE_RANGE_START_MISSING"));
    }
    if (days < 1) {
      problems = problems.append(TextChecks.PROBLEMS.problem("", "DATE_RANGE_LENGTH", "days", days));
    }
    if (start != null && days >= 1) {
      long lastDay = start.toEpochDay() + (days - 1);
      // days - 1 >= 0, so an overflow of the sum shows as a negative wrap below start
      if (lastDay < start.toEpochDay() || lastDay > LocalDate.MAX.toEpochDay()) {
        problems = problems.append(TextChecks.PROBLEMS.problem("", "DATE_RANGE_BEYOND_MAX",
            "days", days, "start", start));
      } else {
        return Validation.valid(new DateRange(start, LocalDate.ofEpochDay(lastDay)));
      }
    }
    return Validation.invalid(problems);
  }

  /** The range of the single day {@code day}. */
  public static DateRange single(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new DateRange(day, day);
  }

  /** The first day, inclusive. */
  public LocalDate start() {
    return start;
  }

  /** The last day, inclusive. */
  public LocalDate end() {
    return end;
  }

  /** The number of days, counting both ends: 1 March – 29 May is 90. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Whether {@code day} lies within the range, ends included. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether {@code other} lies wholly within this range. */
  public boolean encloses(DateRange other) {
    return contains(other.start) && contains(other.end);
  }

  /** Whether the two ranges share at least one day (ranges touching on one day do overlap). */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** The days common to both ranges, or none when they do not overlap. */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return Optional.of(new DateRange(s, e));
  }

  /** Every day of the range in order, ends included. */
  public Stream<LocalDate> stream() {
    return Stream.iterate(start, d -> !d.isAfter(end), d -> d.plusDays(1));
  }

  /** Every day of the range in order, as an unmodifiable list. */
  public java.util.List<LocalDate> dates() {
    return stream().collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** Equal when both ends are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange && ((DateRange) o).start.equals(start) && ((DateRange) o).end.equals(end);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** ISO dates joined by two dots: {@code 2026-03-01..2026-05-29}. */
  @Override
  public String toString() {
    return start + ".." + end;
  }
}
