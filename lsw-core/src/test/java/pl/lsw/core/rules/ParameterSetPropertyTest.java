package pl.lsw.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.rules.ParameterSetGen.Entry;
import pl.lsw.core.testing.Property;

class ParameterSetPropertyTest {

  /** The expected answer, computed naively: the last-written value with the greatest validFrom ≤ date. */
  private static Optional<Entry> expected(List<Entry> history, LocalDate date) {
    Entry best = null;
    for (Entry e : history) {
      if (!e.validFrom().isAfter(date) && (best == null || !e.validFrom().isBefore(best.validFrom()))) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  @Test
  void value_as_of_is_always_the_value_with_the_greatest_valid_from_not_after_the_date() {
    AtomicInteger found = new AtomicInteger();
    AtomicInteger missing = new AtomicInteger();
    AtomicInteger onBoundary = new AtomicInteger();
    Property.forAll("valueAsOf picks the latest validFrom ≤ date", 500, rnd -> {
      List<Entry> history = ParameterSetGen.history(rnd);
      ParameterSet set = ParameterSetGen.setOf(history);
      for (int i = 0; i < 10; i++) {
        LocalDate date = i < 3 && !history.isEmpty()
            ? history.get(rnd.nextInt(history.size())).validFrom().plusDays(rnd.nextInt(3) - 1)
            : ParameterSetGen.date(rnd);
        Optional<Entry> want = expected(history, date);
        if (want.isPresent()) {
          found.incrementAndGet();
          if (want.get().validFrom().equals(date)) {
            onBoundary.incrementAndGet();
          }
          assertEquals(want.get().value(), set.valueAsOf(ParameterSetGen.KEY, date), "on " + date);
          assertEquals(want.get().validFrom(), set.entryAsOf(ParameterSetGen.KEY, date).validFrom());
        } else {
          missing.incrementAndGet();
          assertThrows(MissingParameterException.class, () -> set.valueAsOf(ParameterSetGen.KEY, date));
          assertTrue(set.find(ParameterSetGen.KEY, date).isEmpty());
        }
      }
    });
    assertTrue(found.get() > 100, "values found: " + found);
    assertTrue(missing.get() > 100, "values missing: " + missing);
    assertTrue(onBoundary.get() > 50, "dates on a validFrom: " + onBoundary);
  }

  @Test
  void overlay_of_two_histories_answers_like_one_history_written_in_order() {
    Property.forAll("overlay equals writing the second history after the first", 300, rnd -> {
      List<Entry> first = ParameterSetGen.history(rnd);
      List<Entry> second = ParameterSetGen.history(rnd);
      List<Entry> both = new java.util.ArrayList<>(first);
      both.addAll(second);
      assertEquals(ParameterSetGen.setOf(both),
          ParameterSetGen.setOf(first).overlay(ParameterSetGen.setOf(second)));
    });
  }
}
