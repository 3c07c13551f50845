package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static DateRange r(LocalDate a, LocalDate b) {
    return DateRange.ofOrThrow(a, b);
  }

  @Test
  void from_1_march_to_29_may_is_90_days_counting_both_ends() {
    DateRange spring = r(d(2026, 3, 1), d(2026, 5, 29));
    assertEquals(90, spring.days());
    assertEquals(spring, DateRange.ofDays(d(2026, 3, 1), 90));
    assertEquals(90, spring.dates().size());
    assertEquals(d(2026, 5, 29), spring.dates().get(89));
  }

  @Test
  void a_single_day_range_holds_one_day() {
    DateRange one = DateRange.single(d(2026, 1, 1));
    assertEquals(1, one.days());
    assertEquals(one, r(d(2026, 1, 1), d(2026, 1, 1)));
    assertEquals(List.of(d(2026, 1, 1)), one.dates());
  }

  @Test
  void an_end_before_the_start_is_refused() {
    var v = DateRange.of(d(2026, 5, 29), d(2026, 5, 28));
    assertEquals("DATE_RANGE_ORDER", v.getError().head().code());
    assertEquals("end", v.getError().head().path());
    assertTrue(v.getError().head().message().contains("2026-05-28"));
    assertThrows(InvalidInputException.class, () -> r(d(2026, 5, 29), d(2026, 5, 28)));
  }

  @Test
  void both_missing_dates_are_reported_together() {
    var v = DateRange.of(null, null);
    assertEquals(
        List.of("DATE_RANGE_START_MISSING", "DATE_RANGE_END_MISSING"),
        v.getError().map(Problem::code).toJavaList());
  }

  @Test
  void a_range_of_no_days_is_refused() {
    assertEquals(
        "DATE_RANGE_LENGTH",
        assertThrows(InvalidInputException.class, () -> DateRange.ofDays(d(2026, 1, 1), 0))
            .problems().get(0).code());
  }

  @Test
  void contains_includes_both_ends() {
    DateRange q = r(d(2026, 1, 1), d(2026, 3, 31));
    assertTrue(q.contains(d(2026, 1, 1)));
    assertTrue(q.contains(d(2026, 3, 31)));
    assertFalse(q.contains(d(2025, 12, 31)));
    assertFalse(q.contains(d(2026, 4, 1)));
    assertTrue(q.encloses(r(d(2026, 2, 1), d(2026, 3, 31))));
    assertFalse(q.encloses(r(d(2026, 2, 1), d(2026, 4, 1))));
  }

  @Test
  void ranges_touching_on_one_day_overlap_and_adjacent_ranges_do_not() {
    DateRange a = r(d(2026, 1, 1), d(2026, 1, 31));
    assertTrue(a.overlaps(r(d(2026, 1, 31), d(2026, 2, 28))));
    assertEquals(Optional.of(DateRange.single(d(2026, 1, 31))), a.intersection(r(d(2026, 1, 31), d(2026, 2, 28))));
    assertFalse(a.overlaps(r(d(2026, 2, 1), d(2026, 2, 28))));
    assertEquals(Optional.empty(), a.intersection(r(d(2026, 2, 1), d(2026, 2, 28))));
    assertEquals(Optional.of(r(d(2026, 1, 10), d(2026, 1, 20))), a.intersection(r(d(2026, 1, 10), d(2026, 1, 20))));
  }

  @Test
  void text_form_is_iso_dates_with_two_dots() {
    assertEquals("2026-03-01..2026-05-29", r(d(2026, 3, 1), d(2026, 5, 29)).toString());
  }
}
