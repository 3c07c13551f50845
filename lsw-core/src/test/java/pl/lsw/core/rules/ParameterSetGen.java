package pl.lsw.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random parameter histories for property tests. */
final class ParameterSetGen {

  static final ParameterKey<Integer> KEY = StatutoryParameters.REPORT_FINAL_DAYS;
  static final LocalDate ORIGIN = LocalDate.of(2010, 1, 1);
  static final int SPAN_DAYS = 6_000;

  private ParameterSetGen() {}

  /** One dated value. */
  record Entry(LocalDate validFrom, int value) {}

  /** 0 to 8 values on random dates within the span (dates may repeat; the last one written wins). */
  static List<Entry> history(Random rnd) {
    int n = rnd.nextInt(9);
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Entry(date(rnd), rnd.nextInt(400)));
    }
    return out;
  }

  /** A date in the span, or a little before or after it. */
  static LocalDate date(Random rnd) {
    return ORIGIN.plusDays(rnd.nextInt(SPAN_DAYS + 200) - 100);
  }

  /** The set holding the history, written in the given order. */
  static ParameterSet setOf(List<Entry> history) {
    ParameterSet set = ParameterSet.empty();
    for (Entry e : history) {
      set = set.with(KEY, e.validFrom(), e.value());
    }
    return set;
  }
}
