package pl.lsw.core.kernel;

import java.time.LocalDate;
import java.util.Random;

/**
 * Generators of dates, ranges and quarters for property tests, within the years the working-day
 * calendar supports (2010 to 2060), with a bias towards the days around Easter and Christmas.
 */
public final class DateGen {

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final int SPAN = (int) (LocalDate.of(2060, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private DateGen() {}

  /** A date from 2010 to 2060; a third of them close to Easter or Christmas. */
  public static LocalDate date(Random rnd) {
    LocalDate d = FIRST.plusDays(rnd.nextInt(SPAN));
    switch (rnd.nextInt(6)) {
      case 0:
        return PolishHolidays.easterSunday(d.getYear()).plusDays(rnd.nextInt(15) - 7);
      case 1:
        return LocalDate.of(d.getYear(), 12, 20).plusDays(rnd.nextInt(10));
      default:
        return d;
    }
  }

  /** A date of a year after 2010, so that one year back is still supported. */
  public static LocalDate dateFrom2011(Random rnd) {
    LocalDate d = date(rnd);
    return d.getYear() == 2010 ? d.plusYears(1) : d;
  }

  /** A range of 1 to about 400 days, sometimes a single day. */
  public static DateRange range(Random rnd) {
    LocalDate start = date(rnd);
    long days = rnd.nextInt(5) == 0 ? 1 : 1 + rnd.nextInt(400);
    return DateRange.ofDays(start, days);
  }

  /** A range that starts near {@code other}, so that overlap and disjointness are both common. */
  public static DateRange rangeNear(Random rnd, DateRange other) {
    LocalDate start = other.start().plusDays(rnd.nextInt(120) - 80);
    return DateRange.ofDays(start, 1 + rnd.nextInt(60));
  }

  /** A quarter from 2010 to 2060. */
  public static Quarter quarter(Random rnd) {
    return Quarter.of(2010 + rnd.nextInt(51), 1 + rnd.nextInt(4));
  }
}
