package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.lsw.core.testing.Property;

class QuarterTest {

  @Test
  void a_date_belongs_to_its_calendar_quarter() {
    assertEquals(Quarter.of(2026, 1), Quarter.of(LocalDate.of(2026, 3, 31)));
    assertEquals(Quarter.of(2026, 2), Quarter.of(LocalDate.of(2026, 4, 1)));
    assertEquals(Quarter.of(2026, 3), Quarter.of(LocalDate.of(2026, 8, 15)));
    assertEquals(Quarter.of(2026, 4), Quarter.of(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void the_third_quarter_runs_from_1_july_to_30_september() {
    Quarter q3 = Quarter.of(2026, 3);
    assertEquals(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), q3.range());
    assertEquals(92, q3.range().days());
    assertEquals(90, Quarter.of(2026, 1).range().days());
    assertEquals(91, Quarter.of(2028, 1).range().days());
    assertTrue(q3.contains(LocalDate.of(2026, 9, 30)));
    assertFalse(q3.contains(LocalDate.of(2026, 10, 1)));
  }

  @Test
  void next_and_previous_cross_the_year() {
    assertEquals(Quarter.of(2027, 1), Quarter.of(2026, 4).next());
    assertEquals(Quarter.of(2025, 4), Quarter.of(2026, 1).previous());
    assertEquals(Quarter.of(2026, 3), Quarter.of(2026, 2).next());
  }

  @Test
  void a_range_from_mid_march_to_1_july_overlaps_three_quarters() {
    DateRange r = DateRange.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 7, 1));
    assertEquals(
        List.of(Quarter.of(2026, 1), Quarter.of(2026, 2), Quarter.of(2026, 3)),
        Quarter.quartersOverlapping(r));
    assertEquals(List.of(Quarter.of(2026, 1)), Quarter.quartersOverlapping(DateRange.single(LocalDate.of(2026, 2, 2))));
  }

  @Test
  void quarters_are_written_and_read() {
    assertEquals("Q3 2026", Quarter.of(2026, 3).toString());
    assertEquals(Quarter.of(2026, 3), Quarter.parse("Q3 2026").get());
    assertEquals(Quarter.of(2026, 3), Quarter.parse("2026-Q3").get());
    assertEquals(Quarter.of(2026, 3), Quarter.parse(" q3\u00A02026 ").get());
    assertEquals(Quarter.of(2026, 3), Quarter.parse("2026 Q3").get());
  }

  @ParameterizedTest(name = "''{0}'' is not a quarter")
  @ValueSource(strings = {"Q 2026", "2026", "Q3", "III 2026", "Q3 2026 Q4", "Q99999999999 2026"})
  void malformed_quarters_are_a_format_problem(String text) {
    assertEquals("QUARTER_FORMAT", Quarter.parse(text).getError().head().code());
  }

  @Test
  void quarter_numbers_outside_1_to_4_and_empty_text_are_refused() {
    assertEquals("QUARTER_NUMBER", Quarter.parse("Q5 2026").getError().head().code());
    assertEquals("QUARTER_NUMBER", Quarter.parse("2026-Q0").getError().head().code());
    assertEquals("QUARTER_EMPTY", Quarter.parse("").getError().head().code());
    assertEquals("QUARTER_EMPTY", Quarter.parse(null).getError().head().code());
    assertEquals("QUARTER_YEAR", Quarter.validate(Integer.MAX_VALUE, 1).getError().head().code());
    assertThrows(InvalidInputException.class, () -> Quarter.of(2026, 5));
  }

  @Test
  void every_quarter_reads_back_from_its_text_and_tiles_the_calendar() {
    Property.forAll("quarter round trip", 500, rnd -> {
      Quarter q = DateGen.quarter(rnd);
      assertEquals(q, Quarter.parse(q.toString()).get());
      assertEquals(q.range().end().plusDays(1), q.next().range().start());
      assertEquals(q, q.next().previous());
      assertTrue(q.compareTo(q.next()) < 0);
      assertEquals(q, Quarter.of(q.range().start()));
    });
  }
}
