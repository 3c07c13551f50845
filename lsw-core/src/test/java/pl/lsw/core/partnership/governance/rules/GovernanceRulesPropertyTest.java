package pl.lsw.core.partnership.governance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.governance.rules.GovernanceFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Quarter;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.testing.Property;

/**
 * Random meeting schedules over 2026 (founded before it, reviewed after it): the quarterly rule
 * reports exactly the quarters without a Steering Committee meeting, and the bimonthly rule
 * reports a gap exactly where two consecutive Task Team meetings — or the period's first day and
 * the first meeting, or the last meeting and the period's last day — are more than two months
 * apart ({@code later > earlier.plusMonths(2)}).
 */
class GovernanceRulesPropertyTest {

  private static Partnership with(BodyKind kind, List<LocalDate> days) {
    Partnership p = bare();
    List<Meeting> ms = new ArrayList<>();
    int i = 0;
    for (LocalDate d : days) {
      ms.add(meeting(kind == BodyKind.STEERING_COMMITTEE ? SC : TT, kind, d,
          kind == BodyKind.STEERING_COMMITTEE ? MAYOR : MANAGER, HOSTS.get(i++ % 3)));
    }
    return p.withMeetings(ms);
  }

  @Test
  void sc_quarterly_reports_exactly_the_quarters_without_a_meeting() {
    AtomicInteger none = new AtomicInteger();
    AtomicInteger some = new AtomicInteger();
    Property.forAll("quarters without a Steering Committee meeting", 400, rnd -> {
      List<LocalDate> days = MeetingScheduleGen.schedule(rnd);
      List<Quarter> expected = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        Quarter quarter = Quarter.of(2026, q);
        if (days.stream().noneMatch(quarter::contains)) {
          expected.add(quarter);
        }
      }
      List<Finding> f = run(GovernanceRules.SC_QUARTERLY, with(BodyKind.STEERING_COMMITTEE, days));
      assertEquals(expected, f.stream().map(x -> x.arguments().get("quarter")).toList(), days.toString());
      (expected.isEmpty() ? none : some).incrementAndGet();
    });
    assertTrue(none.get() > 5 && some.get() > 5, "both outcomes: " + none + " / " + some);
  }

  @Test
  void tt_bimonthly_reports_a_gap_iff_consecutive_meetings_or_bounds_are_more_than_two_months_apart() {
    AtomicInteger none = new AtomicInteger();
    AtomicInteger some = new AtomicInteger();
    Property.forAll("Task Team gaps", 400, rnd -> {
      List<LocalDate> days = MeetingScheduleGen.schedule(rnd);
      List<LocalDate[]> expected = new ArrayList<>();
      LocalDate previous = MeetingScheduleGen.START;
      for (LocalDate d : days) {
        if (d.isAfter(previous.plusMonths(2))) {
          expected.add(new LocalDate[] {previous, d});
        }
        previous = d;
      }
      if (MeetingScheduleGen.END.isAfter(previous.plusMonths(2))) {
        expected.add(new LocalDate[] {previous, MeetingScheduleGen.END});
      }
      List<Finding> f = run(GovernanceRules.TT_BIMONTHLY, with(BodyKind.TASK_TEAM, days));
      assertEquals(expected.size(), f.size(), days.toString());
      for (int i = 0; i < f.size(); i++) {
        assertEquals(expected.get(i)[0], f.get(i).arguments().get("from"), days.toString());
        assertEquals(expected.get(i)[1], f.get(i).arguments().get("to"), days.toString());
      }
      (expected.isEmpty() ? none : some).incrementAndGet();
    });
    assertTrue(none.get() > 5 && some.get() > 5, "both outcomes: " + none + " / " + some);
  }
}
