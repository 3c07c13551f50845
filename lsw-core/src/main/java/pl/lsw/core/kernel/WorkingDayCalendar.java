package pl.lsw.core.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which days are working days, and deadlines counted in them. In the Polish calendar a working
 * day is a day from Monday to Friday that is not a public holiday; a deadline that falls on a
 * Saturday or a holiday moves to the next working day (Civil Code art. 115).
 *
 * <p>Polish: <i>kalendarz dni roboczych</i> (dzień roboczy, dzień wolny od pracy).
 *
 * <p>Only {@link #isWorkingDay(LocalDate)} is abstract; the rest is derived from it. Implementations
 * are immutable and thread-safe. The Polish calendar answers dates from {@value
 * PolishHolidays#FIRST_SUPPORTED_YEAR} on and throws an {@link InvalidInputException} ({@code
 * CALENDAR_YEAR_UNSUPPORTED}) for earlier ones.
 */
public interface WorkingDayCalendar {

  /** The Polish calendar with the statutory holidays. */
  static WorkingDayCalendar polish() {
    return of(PolishHolidays.statutory());
  }

  /**
   * The calendar in which Saturdays, Sundays and the given holidays are days off, e.g. {@code
   * of(PolishHolidays.statutory().with(HolidayDefinition.oneOff(day, "…", "…")))} for an extra day
   * off.
   */
  static WorkingDayCalendar of(PolishHolidays holidays) {
    Objects.requireNonNull(holidays, "holidays");
    return date -> {
      DayOfWeek dow = date.getDayOfWeek();
      PolishHolidays.requireSupported(date.getYear());
      return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    };
  }

  /** Whether {@code date} is a working day. */
  boolean isWorkingDay(LocalDate date);

  /** Whether {@code date} is a day off: a Saturday, a Sunday or a holiday. */
  default boolean isDayOff(LocalDate date) {
    return !isWorkingDay(date);
  }

  /**
   * {@code date} itself when it is a working day, otherwise the first working day after it: the
   * effective end of a deadline that falls on a day off (Civil Code art. 115).
   */
  default LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** {@code date} itself when it is a working day, otherwise the last working day before it. */
  default LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /**
   * The day {@code n} working days after {@code date}, not counting {@code date} itself: the last
   * day of "within 7 working days of receipt" is {@code plusWorkingDays(receipt, 7)}. For {@code n
   * == 0} the answer is {@code date}; a negative {@code n} counts backwards.
   */
  default LocalDate plusWorkingDays(LocalDate date, int n) {
    LocalDate d = date;
    int step = n >= 0 ? 1 : -1;
    for (int left = Math.abs(n); left > 0; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}
   * (the working days of the half-open range {@code (from, to]}), so that {@code
   * workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every {@code n >= 0}; negative when {@code to} is before {@code
   * from}.
   */
  default long workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    long count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /** The number of working days within {@code range}, both ends included. */
  default long workingDaysIn(DateRange range) {
    return range.stream().filter(this::isWorkingDay).count();
  }
}
