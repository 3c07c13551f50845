package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Property;

class DateRangePropertyTest {

  @Test
  void the_number_of_days_is_the_number_of_listed_dates_and_of_days_restores_the_range() {
    Property.forAll("days", 500, rnd -> {
      DateRange r = DateGen.range(rnd);
      assertEquals(r.days(), r.stream().count());
      assertEquals(r, DateRange.ofDays(r.start(), r.days()));
      assertTrue(r.stream().allMatch(r::contains));
      assertTrue(!r.contains(r.start().minusDays(1)) && !r.contains(r.end().plusDays(1)));
    });
  }

  @Test
  void overlap_is_symmetric_and_agrees_with_a_common_day() {
    AtomicInteger overlapping = new AtomicInteger();
    AtomicInteger disjoint = new AtomicInteger();
    Property.forAll("overlap", 1000, rnd -> {
      DateRange a = DateGen.range(rnd);
      DateRange b = DateGen.rangeNear(rnd, a);
      assertEquals(a.overlaps(b), b.overlaps(a));
      assertEquals(a.overlaps(b), b.stream().anyMatch(a::contains));
      assertEquals(a.intersection(b), b.intersection(a));
      if (a.overlaps(b)) {
        overlapping.incrementAndGet();
        DateRange i = a.intersection(b).get();
        assertTrue(a.encloses(i) && b.encloses(i));
        assertEquals(b.stream().filter(a::contains).count(), i.days());
      } else {
        disjoint.incrementAndGet();
        assertTrue(a.intersection(b).isEmpty());
      }
    });
    assertTrue(overlapping.get() > 0 && disjoint.get() > 0, "both outcomes must be generated");
  }

  @Test
  void of_accepts_exactly_the_ordered_pairs() {
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    Property.forAll("order", 500, rnd -> {
      LocalDate a = DateGen.date(rnd);
      LocalDate b = rnd.nextBoolean() ? a.plusDays(rnd.nextInt(5) - 2) : DateGen.date(rnd);
      var v = DateRange.parse(a, b);
      if (b.isBefore(a)) {
        invalid.incrementAndGet();
        assertEquals("DATE_RANGE_ORDER", v.getError().head().code());
      } else {
        valid.incrementAndGet();
        assertEquals(a, v.get().start());
      }
    });
    assertTrue(valid.get() > 0 && invalid.get() > 0, "both outcomes must be generated");
  }
}
