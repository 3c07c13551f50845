package pl.lsw.core.kernel;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The public holidays of Poland (Act of 18 January 1951 on days free from work, as amended),
 * built from a list of {@link HolidayDefinition}s with their dates of validity. The statutory list
 * is correct for every year from {@value #FIRST_SUPPORTED_YEAR} on:
 *
 * <ul>
 *   <li>fixed: 1 January, 6 January (Epiphany, only from 2011 on), 1 May, 3 May, 15 August, 1
 *       November, 11 November, 24 December (Christmas Eve, only from 2025 on), 25 and 26 December;
 *   <li>counted from Easter: Easter Sunday, Easter Monday, Pentecost Sunday (Easter + 49 days) and
 *       Corpus Christi (Easter + 60 days);
 *   <li>one-off: 12 November 2018 (centenary of independence).
 * </ul>
 *
 * <p>The validity dates are the first day of the first year in which an amended holiday is
 * observed (1 January 2011 for Epiphany, 1 January 2025 for Christmas Eve).
 *
 * <p>Years before {@value #FIRST_SUPPORTED_YEAR} are refused with an {@link InvalidInputException}
 * (code {@code CALENDAR_YEAR_UNSUPPORTED}) rather than answered from definitions that were not
 * checked for them. A future change of the statute, or an extra day off, is added with {@link
 * #with(HolidayDefinition...)} without changing code. Instances are immutable and thread-safe.
 *
 * <p>Polish: <i>święta ustawowe</i> (dni ustawowo wolne od pracy).
 */
public final class PolishHolidays {

  /** The first year for which holidays are answered. */
  public static final int FIRST_SUPPORTED_YEAR = 2010;

  private static final LocalDate SINCE_ALWAYS = LocalDate.of(FIRST_SUPPORTED_YEAR, 1, 1);

  private static final java.util.List<HolidayDefinition> STATUTORY =
      java.util.List.of(
          HolidayDefinition.fixed(MonthDay.of(1, 1), "Nowy Rok", "New Year's Day", SINCE_ALWAYS),
          HolidayDefinition.fixed(
              MonthDay.of(1, 6), "Święto Trzech Króli", "Epiphany", LocalDate.of(2011, 1, 1)),
          HolidayDefinition.easterBased(
              0, "pierwszy dzień Wielkiej Nocy", "Easter Sunday", SINCE_ALWAYS),
          HolidayDefinition.easterBased(1, "drugi dzień Wielkiej Nocy", "Easter Monday", SINCE_ALWAYS),
          HolidayDefinition.fixed(MonthDay.of(5, 1), "Święto Państwowe", "Labour Day", SINCE_ALWAYS),
          HolidayDefinition.fixed(
              MonthDay.of(5, 3), "Święto Narodowe Trzeciego Maja", "Constitution Day", SINCE_ALWAYS),
          HolidayDefinition.easterBased(
              49, "pierwszy dzień Zielonych Świątek", "Pentecost Sunday", SINCE_ALWAYS),
          HolidayDefinition.easterBased(60, "dzień Bożego Ciała", "Corpus Christi", SINCE_ALWAYS),
          HolidayDefinition.fixed(
              MonthDay.of(8, 15),
              "Wniebowzięcie Najświętszej Maryi Panny",
              "Assumption of Mary",
              SINCE_ALWAYS),
          HolidayDefinition.fixed(MonthDay.of(11, 1), "Wszystkich Świętych", "All Saints' Day", SINCE_ALWAYS),
          HolidayDefinition.fixed(
              MonthDay.of(11, 11), "Narodowe Święto Niepodległości", "Independence Day", SINCE_ALWAYS),
          HolidayDefinition.oneOff(
              LocalDate.of(2018, 11, 12),
              "Święto Narodowe z okazji 100. rocznicy odzyskania niepodległości",
              "Centenary of Independence"),
          HolidayDefinition.fixed(
              MonthDay.of(12, 24), "Wigilia Bożego Narodzenia", "Christmas Eve", LocalDate.of(2025, 1, 1)),
          HolidayDefinition.fixed(
              MonthDay.of(12, 25), "pierwszy dzień Bożego Narodzenia", "Christmas Day", SINCE_ALWAYS),
          HolidayDefinition.fixed(
              MonthDay.of(12, 26), "drugi dzień Bożego Narodzenia", "Second Day of Christmas", SINCE_ALWAYS));

  private static final PolishHolidays STATUTORY_HOLIDAYS = new PolishHolidays(STATUTORY);

  private final java.util.List<HolidayDefinition> definitions;
  private final ConcurrentMap<Integer, java.util.List<Holiday>> byYear = new ConcurrentHashMap<>();
  private final ConcurrentMap<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

  private PolishHolidays(java.util.List<HolidayDefinition> definitions) {
    this.definitions = java.util.List.copyOf(definitions);
  }

  /** The statutory holidays in force, as listed in the class documentation. */
  public static PolishHolidays statutory() {
    return STATUTORY_HOLIDAYS;
  }

  /** The statutory definitions, as an unmodifiable list. */
  public static java.util.List<HolidayDefinition> statutoryDefinitions() {
    return STATUTORY;
  }

  /** A calendar of exactly the given definitions (none of the statutory ones unless included). */
  public static PolishHolidays of(Iterable<HolidayDefinition> definitions) {
    java.util.List<HolidayDefinition> list = new ArrayList<>();
    definitions.forEach(d -> list.add(Objects.requireNonNull(d, "definition")));
    return new PolishHolidays(list);
  }

  /** This calendar with more definitions, e.g. a holiday a future statute introduces. */
  public PolishHolidays with(HolidayDefinition... more) {
    java.util.List<HolidayDefinition> list = new ArrayList<>(definitions);
    for (HolidayDefinition d : more) {
      list.add(Objects.requireNonNull(d, "definition"));
    }
    return new PolishHolidays(list);
  }

  /** The definitions this calendar is built from, as an unmodifiable list. */
  public java.util.List<HolidayDefinition> definitions() {
    return definitions;
  }

  /**
   * The holidays of {@code year} in date order, as an unmodifiable list.
   *
   * @throws InvalidInputException with {@code CALENDAR_YEAR_UNSUPPORTED} for a year before {@value
   *     #FIRST_SUPPORTED_YEAR}
   */
  public java.util.List<Holiday> holidaysIn(int year) {
    requireSupported(year);
    return byYear.computeIfAbsent(year, this::compute);
  }

  /**
   * Whether {@code date} is a public holiday.
   *
   * @throws InvalidInputException with {@code CALENDAR_YEAR_UNSUPPORTED} for a date before {@value
   *     #FIRST_SUPPORTED_YEAR}
   */
  public boolean isHoliday(LocalDate date) {
    int year = date.getYear();
    requireSupported(year);
    return datesByYear
        .computeIfAbsent(year, y -> {
          Set<LocalDate> dates = new HashSet<>();
          holidaysIn(y).forEach(h -> dates.add(h.date()));
          return Collections.unmodifiableSet(dates);
        })
        .contains(date);
  }

  /** The holidays falling on {@code date}: usually none or one. */
  public java.util.List<Holiday> holidaysOn(LocalDate date) {
    java.util.List<Holiday> out = new ArrayList<>();
    for (Holiday h : holidaysIn(date.getYear())) {
      if (h.date().equals(date)) {
        out.add(h);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private java.util.List<Holiday> compute(int year) {
    java.util.List<Holiday> out = new ArrayList<>();
    for (HolidayDefinition d : definitions) {
      d.holidayIn(year).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(Holiday::date));
    return Collections.unmodifiableList(out);
  }

  static void requireSupported(int year) {
    if (year < FIRST_SUPPORTED_YEAR) {
      throw new InvalidInputException(
          List.of(
              TextChecks.PROBLEMS.problem("", "CALENDAR_YEAR_UNSUPPORTED", "first", FIRST_SUPPORTED_YEAR,
                  "year", year)));
    }
  }

  /**
   * Easter Sunday of {@code year} in the Gregorian calendar (the anonymous algorithm published by
   * Meeus): 5 April 2026, 28 March 2027. Valid for every year from 1583 on.
   *
   * @throws IllegalArgumentException for a year before 1583
   */
  public static LocalDate easterSunday(int year) {
    if (year < 1583) {
      throw new IllegalArgumentException("the Gregorian Easter is defined from 1583 on, not for " + year);
    }
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** A short description listing the number of definitions. */
  @Override
  public String toString() {
    return "PolishHolidays[" + definitions.size() + " definitions]";
  }
}
