package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolishHolidaysTest {

  private final PolishHolidays holidays = PolishHolidays.statutory();

  @ParameterizedTest(name = "Easter {0} is on {1}")
  @CsvSource({
    "1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2008, 2008-03-23",
    "2010, 2010-04-04", "2011, 2011-04-24", "2012, 2012-04-08", "2013, 2013-03-31",
    "2014, 2014-04-20", "2015, 2015-04-05", "2016, 2016-03-27", "2017, 2017-04-16",
    "2018, 2018-04-01", "2019, 2019-04-21", "2020, 2020-04-12", "2021, 2021-04-04",
    "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20",
    "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01",
    "2030, 2030-04-21", "2035, 2035-03-25", "2038, 2038-04-25", "2285, 2285-03-22"
  })
  void easter_sunday_falls_on_the_known_date(int year, LocalDate easter) {
    assertEquals(easter, PolishHolidays.easterSunday(year));
  }

  @Test
  void easter_is_always_a_sunday_between_22_march_and_25_april() {
    for (int year = 1583; year <= 4099; year++) {
      LocalDate e = PolishHolidays.easterSunday(year);
      assertEquals(DayOfWeek.SUNDAY, e.getDayOfWeek(), "Easter " + year);
      assertFalse(e.isBefore(LocalDate.of(year, 3, 22)) || e.isAfter(LocalDate.of(year, 4, 25)), "Easter " + year);
    }
    assertThrows(IllegalArgumentException.class, () -> PolishHolidays.easterSunday(1582));
  }

  @Test
  void epiphany_became_a_holiday_in_2011() {
    assertFalse(holidays.isHoliday(LocalDate.of(2010, 1, 6)));
    assertTrue(holidays.isHoliday(LocalDate.of(2011, 1, 6)));
    assertTrue(holidays.isHoliday(LocalDate.of(2026, 1, 6)));
  }

  @Test
  void christmas_eve_became_a_holiday_in_2025() {
    assertFalse(holidays.isHoliday(LocalDate.of(2024, 12, 24)));
    assertTrue(holidays.isHoliday(LocalDate.of(2025, 12, 24)));
    assertEquals("Wigilia Bożego Narodzenia", holidays.holidaysOn(LocalDate.of(2025, 12, 24)).get(0).polishName());
    assertEquals("Christmas Eve", holidays.holidaysOn(LocalDate.of(2025, 12, 24)).get(0).englishName());
  }

  @Test
  void the_centenary_of_independence_was_a_holiday_on_12_november_2018_only() {
    assertTrue(holidays.isHoliday(LocalDate.of(2018, 11, 12)));
    assertFalse(holidays.isHoliday(LocalDate.of(2019, 11, 12)));
    assertFalse(holidays.isHoliday(LocalDate.of(2017, 11, 12)));
  }

  @ParameterizedTest(name = "{0} has {1} holidays")
  @CsvSource({
    "2010, 12", "2011, 13", "2017, 13", "2018, 14", "2019, 13", "2024, 13", "2025, 14", "2026, 14",
    "2038, 14", "2100, 14"
  })
  void the_number_of_holidays_per_year(int year, int count) {
    assertEquals(count, holidays.holidaysIn(year).size());
    assertEquals(count, holidays.holidaysIn(year).stream().map(Holiday::date).distinct().count());
  }

  @Test
  void the_holidays_of_2026_are_listed_in_date_order_with_names() {
    List<String> expected = List.of(
        "2026-01-01 New Year's Day", "2026-01-06 Epiphany", "2026-04-05 Easter Sunday",
        "2026-04-06 Easter Monday", "2026-05-01 Labour Day", "2026-05-03 Constitution Day",
        "2026-05-24 Pentecost Sunday", "2026-06-04 Corpus Christi", "2026-08-15 Assumption of Mary",
        "2026-11-01 All Saints' Day", "2026-11-11 Independence Day", "2026-12-24 Christmas Eve",
        "2026-12-25 Christmas Day", "2026-12-26 Second Day of Christmas");
    assertEquals(
        expected,
        holidays.holidaysIn(2026).stream().map(h -> h.date() + " " + h.englishName()).collect(Collectors.toList()));
    assertEquals("Święto Narodowe Trzeciego Maja", holidays.holidaysOn(LocalDate.of(2026, 5, 3)).get(0).polishName());
  }

  @Test
  void years_before_2010_are_refused_rather_than_guessed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> holidays.holidaysIn(2009));
    assertEquals("CALENDAR_YEAR_UNSUPPORTED", e.problems().get(0).code());
    assertTrue(e.getMessage().contains("2009"));
    assertThrows(InvalidInputException.class, () -> holidays.isHoliday(LocalDate.of(2009, 12, 25)));
  }

  @Test
  void a_future_holiday_is_added_without_changing_code() {
    PolishHolidays extended = holidays.with(
        HolidayDefinition.fixed(
            MonthDay.of(11, 2), "Zaduszki", "All Souls' Day", LocalDate.of(2030, 1, 1)),
        HolidayDefinition.oneOff(LocalDate.of(2027, 6, 1), "dzień wolny", "Extra day off"));
    assertFalse(extended.isHoliday(LocalDate.of(2029, 11, 2)));
    assertTrue(extended.isHoliday(LocalDate.of(2030, 11, 2)));
    assertTrue(extended.isHoliday(LocalDate.of(2027, 6, 1)));
    assertFalse(holidays.isHoliday(LocalDate.of(2030, 11, 2)), "the statutory calendar is unchanged");
    assertEquals(15, extended.holidaysIn(2030).size());
  }

  @Test
  void a_repealed_holiday_ends_on_its_valid_to_date() {
    HolidayDefinition repealed = HolidayDefinition.fixed(
        MonthDay.of(7, 22), "dawne święto", "Former holiday", LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31));
    PolishHolidays custom = PolishHolidays.of(List.of(repealed));
    assertTrue(custom.isHoliday(LocalDate.of(2015, 7, 22)));
    assertFalse(custom.isHoliday(LocalDate.of(2016, 7, 22)));
    assertEquals(LocalDate.of(2015, 12, 31), repealed.validTo().get());
    assertThrows(
        IllegalArgumentException.class,
        () -> HolidayDefinition.fixed(MonthDay.of(7, 22), "x", "x", LocalDate.of(2016, 1, 1), LocalDate.of(2015, 1, 1)));
  }

  @Test
  void a_29_february_holiday_exists_in_leap_years_only() {
    PolishHolidays custom = PolishHolidays.of(List.of(
        HolidayDefinition.fixed(MonthDay.of(2, 29), "x", "Leap day", LocalDate.of(2010, 1, 1))));
    assertTrue(custom.holidaysIn(2027).isEmpty());
    assertTrue(custom.isHoliday(LocalDate.of(2028, 2, 29)));
    assertFalse(custom.isHoliday(LocalDate.of(2027, 2, 28)));
  }

  @Test
  void the_statutory_definitions_cannot_be_modified() {
    assertEquals(15, PolishHolidays.statutoryDefinitions().size());
    assertEquals(PolishHolidays.statutoryDefinitions(), PolishHolidays.statutory().definitions());
    assertEquals(
        HolidayDefinition.oneOff(LocalDate.of(2018, 11, 12), "a", "b"),
        HolidayDefinition.oneOff(LocalDate.of(2018, 11, 12), "a", "b"));
    assertThrows(UnsupportedOperationException.class, () -> PolishHolidays.statutoryDefinitions().clear());
    assertThrows(UnsupportedOperationException.class, () -> holidays.holidaysIn(2026).clear());
    List<Holiday> copy = new ArrayList<>(holidays.holidaysIn(2026));
    assertEquals(holidays.holidaysIn(2026), copy);
  }
}
