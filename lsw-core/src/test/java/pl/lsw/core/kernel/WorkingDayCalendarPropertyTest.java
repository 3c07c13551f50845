package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Property;

class WorkingDayCalendarPropertyTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.polish();
  private final PolishHolidays holidays = PolishHolidays.statutory();

  @Test
  void adding_working_days_always_lands_on_a_working_day_and_counts_back() {
    Property.forAll("plusWorkingDays", 500, rnd -> {
      LocalDate d = DateGen.date(rnd);
      int n = 1 + rnd.nextInt(30);
      LocalDate result = calendar.plusWorkingDays(d, n);
      assertTrue(calendar.isWorkingDay(result), result + " is not a working day");
      assertTrue(result.isAfter(d));
      assertEquals(n, calendar.workingDaysBetween(d, result));
      assertEquals(n - 1, calendar.workingDaysBetween(d, result.minusDays(1)));
    });
  }

  @Test
  void adding_working_days_step_by_step_is_the_same_as_at_once() {
    Property.forAll("plusWorkingDays additive", 300, rnd -> {
      LocalDate d = DateGen.date(rnd);
      int a = rnd.nextInt(15);
      int b = rnd.nextInt(15);
      assertEquals(calendar.plusWorkingDays(d, a + b), calendar.plusWorkingDays(calendar.plusWorkingDays(d, a), b));
    });
  }

  @Test
  void counting_backwards_from_a_working_day_undoes_counting_forwards() {
    Property.forAll("minus undoes plus", 300, rnd -> {
      LocalDate d = calendar.nextWorkingDayOnOrAfter(DateGen.dateFrom2011(rnd));
      int n = rnd.nextInt(20);
      assertEquals(d, calendar.plusWorkingDays(calendar.plusWorkingDays(d, n), -n));
    });
  }

  @Test
  void the_next_working_day_on_or_after_is_the_first_working_day_not_before_the_date() {
    AtomicInteger moved = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll("nextWorkingDayOnOrAfter", 1000, rnd -> {
      LocalDate d = DateGen.date(rnd);
      LocalDate next = calendar.nextWorkingDayOnOrAfter(d);
      assertTrue(calendar.isWorkingDay(next));
      assertFalse(next.isBefore(d));
      for (LocalDate x = d; x.isBefore(next); x = x.plusDays(1)) {
        assertFalse(calendar.isWorkingDay(x));
      }
      if (next.equals(d)) {
        kept.incrementAndGet();
      } else {
        moved.incrementAndGet();
      }
    });
    assertTrue(moved.get() > 0 && kept.get() > 0, "both outcomes must be generated");
  }

  @Test
  void a_working_day_is_exactly_a_weekday_that_is_not_a_holiday() {
    AtomicInteger weekdayHolidays = new AtomicInteger();
    Property.forAll("definition", 2000, rnd -> {
      LocalDate d = DateGen.date(rnd);
      boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean holiday = holidays.isHoliday(d);
      if (holiday && !weekend) {
        weekdayHolidays.incrementAndGet();
      }
      assertEquals(!weekend && !holiday, calendar.isWorkingDay(d));
    });
    assertTrue(weekdayHolidays.get() > 0, "holidays on weekdays must be generated");
  }

  @Test
  void working_days_in_a_range_agree_with_working_days_between() {
    Property.forAll("workingDaysIn", 300, rnd -> {
      DateRange r = DateGen.range(rnd);
      long inRange = calendar.workingDaysIn(r);
      long between = calendar.workingDaysBetween(r.start(), r.end());
      assertEquals(inRange, between + (calendar.isWorkingDay(r.start()) ? 1 : 0));
      assertTrue(inRange <= r.days());
    });
  }

  @Test
  void every_year_has_the_easter_holidays_on_the_right_weekdays() {
    Property.forAll("easter based", 200, rnd -> {
      int year = 2010 + rnd.nextInt(200);
      LocalDate easter = PolishHolidays.easterSunday(year);
      assertTrue(holidays.isHoliday(easter));
      assertEquals(DayOfWeek.MONDAY, easter.plusDays(1).getDayOfWeek());
      assertTrue(holidays.isHoliday(easter.plusDays(1)));
      assertTrue(holidays.isHoliday(easter.plusDays(49)));
      assertEquals(DayOfWeek.THURSDAY, easter.plusDays(60).getDayOfWeek());
      assertTrue(holidays.isHoliday(easter.plusDays(60)));
    });
  }
}
