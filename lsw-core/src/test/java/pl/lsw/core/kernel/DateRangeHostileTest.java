package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Fuzz;
import pl.lsw.core.testing.Property;

/** Date ranges at the ends of the calendar and of {@code long}: problems, never another exception. */
class DateRangeHostileTest {

  private static List<String> codes(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).problems().stream()
        .map(Problem::code).toList();
  }

  @Test
  void a_range_past_the_last_date_of_the_calendar_is_refused() {
    assertEquals(List.of("DATE_RANGE_BEYOND_MAX"), codes(() -> DateRange.ofDays(LocalDate.MAX, 2)));
    assertEquals(List.of("DATE_RANGE_BEYOND_MAX"),
        codes(() -> DateRange.ofDays(LocalDate.of(2026, 1, 1), Long.MAX_VALUE)));
    assertEquals(List.of("DATE_RANGE_BEYOND_MAX"),
        codes(() -> DateRange.ofDays(LocalDate.MIN, Long.MAX_VALUE)));
    assertEquals(DateRange.single(LocalDate.MAX), DateRange.ofDays(LocalDate.MAX, 1));
    assertEquals(LocalDate.MAX, DateRange.ofDays(LocalDate.MIN,
        LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay() + 1).end());
  }

  @Test
  void a_missing_start_and_a_bad_length_are_reported_together() {
    assertEquals(List.of("DATE_RANGE_START_MISSING", "DATE_RANGE_LENGTH"),
        codes(() -> DateRange.ofDays(null, Long.MIN_VALUE)));
    assertTrue(DateRange.validateDays(null, 3).isInvalid());
  }

  @Test
  void random_starts_and_lengths_give_a_range_or_its_problems() {
    Property.forAll("DateRange fuzz", Fuzz.inputs(), rnd -> {
      LocalDate start = date(rnd);
      long days = length(rnd);
      var result = DateRange.validateDays(start, days);
      if (result.isValid()) {
        DateRange r = result.get();
        assertEquals(start, r.start());
        assertEquals(days - 1, r.end().toEpochDay() - r.start().toEpochDay());
      } else {
        assertTrue(start == null || days < 1 || LocalDate.MAX.toEpochDay() - start.toEpochDay() < days - 1);
      }
      LocalDate end = date(rnd);
      var of = DateRange.parse(start, end);
      assertEquals(start != null && end != null && !end.isBefore(start), of.isValid());
    });
  }

  private static LocalDate date(Random rnd) {
    return switch (rnd.nextInt(6)) {
      case 0 -> null;
      case 1 -> LocalDate.MAX.minusDays(rnd.nextInt(3));
      case 2 -> LocalDate.MIN.plusDays(rnd.nextInt(3));
      default -> LocalDate.ofEpochDay(
          LocalDate.MIN.toEpochDay() + (long) (rnd.nextDouble()
              * (LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay())));
    };
  }

  private static long length(Random rnd) {
    return switch (rnd.nextInt(5)) {
      case 0 -> Long.MAX_VALUE - rnd.nextInt(3);
      case 1 -> Long.MIN_VALUE + rnd.nextInt(3);
      case 2 -> rnd.nextInt(5) - 2;
      case 3 -> rnd.nextLong();
      default -> 1 + rnd.nextInt(100_000);
    };
  }
}
