package pl.lsw.core.partnership.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random meeting schedules over 2026: a set of distinct days, sometimes sparse (many quarters and
 * gaps missed), sometimes dense (every quarter met, no gap), sometimes placed on the boundaries
 * (first and last days of quarters, exactly two months apart), so that both outcomes of each rule
 * are reached.
 */
final class MeetingScheduleGen {

  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate END = LocalDate.of(2026, 12, 31);

  private MeetingScheduleGen() {}

  /** Distinct days of 2026, in order. */
  static List<LocalDate> schedule(Random rnd) {
    TreeSet<LocalDate> days = new TreeSet<>();
    switch (rnd.nextInt(4)) {
      case 0: {
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
          days.add(START.plusDays(rnd.nextInt(365)));
        }
        break;
      }
      case 1: {
        int n = 4 + rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
          days.add(START.plusDays(rnd.nextInt(365)));
        }
        break;
      }
      case 2: {
        // a chain of meetings about two months apart, each step 2 months plus or minus a day or two
        LocalDate d = START.plusDays(rnd.nextInt(62));
        while (!d.isAfter(END)) {
          days.add(d);
          d = d.plusMonths(2).plusDays(rnd.nextInt(4) - 2);
        }
        break;
      }
      default: {
        // quarter boundaries: the first or last day of some quarters
        for (int q = 0; q < 4; q++) {
          int pick = rnd.nextInt(3);
          LocalDate first = START.plusMonths(3L * q);
          if (pick == 0) {
            days.add(first);
          } else if (pick == 1) {
            days.add(first.plusMonths(3).minusDays(1));
          }
        }
      }
    }
    return new ArrayList<>(days);
  }
}
