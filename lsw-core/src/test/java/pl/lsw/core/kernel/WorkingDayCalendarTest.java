package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.polish();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void weekends_and_holidays_are_not_working_days() {
    assertTrue(calendar.isWorkingDay(d(2026, 4, 7)));
    assertFalse(calendar.isWorkingDay(d(2026, 4, 6)), "Easter Monday");
    assertFalse(calendar.isWorkingDay(d(2026, 4, 4)), "Saturday");
    assertFalse(calendar.isWorkingDay(d(2026, 4, 5)), "Sunday");
    assertTrue(calendar.isDayOff(d(2026, 6, 4)), "Corpus Christi");
  }

  @Test
  void epiphany_2010_was_a_working_day_and_epiphany_2011_was_not() {
    assertTrue(calendar.isWorkingDay(d(2010, 1, 6)));
    assertFalse(calendar.isWorkingDay(d(2011, 1, 6)));
  }

  @Test
  void christmas_eve_2024_was_a_working_tuesday_and_christmas_eve_2025_is_a_holiday() {
    assertTrue(calendar.isWorkingDay(d(2024, 12, 24)));
    assertFalse(calendar.isWorkingDay(d(2025, 12, 24)));
  }

  @Test
  void the_12_november_2018_was_a_day_off() {
    assertFalse(calendar.isWorkingDay(d(2018, 11, 12)));
    assertEquals(d(2018, 11, 13), calendar.nextWorkingDayOnOrAfter(d(2018, 11, 10)));
  }

  @Test
  void an_offer_received_before_easter_2026_is_published_within_7_working_days_by_14_april() {
    assertEquals(d(2026, 4, 14), calendar.plusWorkingDays(d(2026, 4, 2), 7));
    assertEquals(7, calendar.workingDaysBetween(d(2026, 4, 2), d(2026, 4, 14)));
  }

  @Test
  void an_offer_received_before_christmas_2025_is_published_within_7_working_days_by_7_january() {
    assertEquals(d(2026, 1, 7), calendar.plusWorkingDays(d(2025, 12, 22), 7));
    assertEquals(d(2024, 12, 31), calendar.plusWorkingDays(d(2024, 12, 20), 5),
        "24 December 2024 still counted as a working day");
  }

  @Test
  void a_deadline_on_a_day_off_moves_to_the_next_working_day() {
    assertEquals(d(2025, 12, 29), calendar.nextWorkingDayOnOrAfter(d(2025, 12, 24)));
    assertEquals(d(2024, 12, 24), calendar.nextWorkingDayOnOrAfter(d(2024, 12, 24)));
    assertEquals(d(2026, 5, 4), calendar.nextWorkingDayOnOrAfter(d(2026, 5, 1)));
    assertEquals(d(2026, 4, 7), calendar.nextWorkingDayOnOrAfter(d(2026, 4, 5)));
    assertEquals(d(2026, 4, 3), calendar.previousWorkingDayOnOrBefore(d(2026, 4, 6)));
  }

  @Test
  void zero_and_negative_working_days() {
    assertEquals(d(2026, 4, 5), calendar.plusWorkingDays(d(2026, 4, 5), 0));
    assertEquals(d(2026, 4, 3), calendar.plusWorkingDays(d(2026, 4, 7), -1));
    assertEquals(-1, calendar.workingDaysBetween(d(2026, 4, 7), d(2026, 4, 3)));
    assertEquals(0, calendar.workingDaysBetween(d(2026, 4, 3), d(2026, 4, 6)));
  }

  @Test
  void working_days_within_a_range_include_both_ends() {
    DateRange week = DateRange.of(d(2026, 4, 6), d(2026, 4, 12));
    assertEquals(4, calendar.workingDaysIn(week));
    assertEquals(251, calendar.workingDaysIn(DateRange.of(d(2025, 1, 1), d(2025, 12, 31))));
  }

  @Test
  void dates_before_2010_are_refused() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> calendar.isWorkingDay(d(2009, 12, 31)));
    assertEquals("CALENDAR_YEAR_UNSUPPORTED", e.problems().get(0).code());
    assertThrows(InvalidInputException.class, () -> calendar.isWorkingDay(d(2009, 12, 5)), "even a Saturday");
    assertThrows(InvalidInputException.class, () -> calendar.plusWorkingDays(d(2010, 1, 4), -5));
  }

  @Test
  void an_extra_day_off_is_a_one_off_definition() {
    WorkingDayCalendar extended = WorkingDayCalendar.of(
        PolishHolidays.statutory().with(
            HolidayDefinition.oneOff(d(2026, 4, 7), "dzień wolny", "Extra day off")));
    assertFalse(extended.isWorkingDay(d(2026, 4, 7)));
    assertEquals(d(2026, 4, 8), extended.nextWorkingDayOnOrAfter(d(2026, 4, 4)));
  }
}
