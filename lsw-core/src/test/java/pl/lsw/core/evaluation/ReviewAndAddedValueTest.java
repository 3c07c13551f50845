package pl.lsw.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;

class ReviewAndAddedValueTest {

  private static final DateRange WORK = DateRange.of(LocalDate.of(2026, 1, 1),
      LocalDate.of(2026, 6, 30));
  private static final Label FAMILIES = Label.of("rodziny objęte wsparciem w roku",
      "families supported a year");

  @Test
  void monitoring_is_held_during_the_work_and_evaluation_after_it() {
    Review m = new Review.Monitoring(CooperationLevel.BETWEEN_SPECIALISTS, WORK, WORK.end());
    Review e = new Review.Evaluation(CooperationLevel.BETWEEN_SPECIALISTS, WORK, WORK.end());
    assertEquals(ReviewKind.MONITORING, m.kind());
    assertEquals(ReviewKind.EVALUATION, e.kind());
    assertEquals(List.of("MONITORING_OUTSIDE_WORK"), Review.monitoring(
        CooperationLevel.WITH_FAMILIES, WORK, WORK.end().plusDays(1)).getError()
        .map(Problem::code).toJavaList());
    List<Problem> early = Review.evaluation(CooperationLevel.WITH_FAMILIES, WORK,
        WORK.end().minusDays(1)).getError().toJavaList();
    assertEquals("EVALUATION_BEFORE_END", early.get(0).code());
    assertTrue(early.get(0).message(Messages.POLISH).contains("przed jego końcem (30.06.2026)"),
        early.get(0).message(Messages.POLISH));
    assertTrue(ReviewKind.MONITORING.purpose().display(Locale.ENGLISH).contains("during the work"));
  }

  @Test
  void both_kinds_at_all_three_levels_leave_nothing_missing() {
    List<Review> reviews = List.of(
        new Review.Monitoring(CooperationLevel.BETWEEN_INSTITUTIONS, WORK, WORK.start()),
        new Review.Evaluation(CooperationLevel.BETWEEN_INSTITUTIONS, WORK, WORK.end()));
    assertEquals(List.of(
            new Review.Coverage(ReviewKind.MONITORING, CooperationLevel.BETWEEN_SPECIALISTS),
            new Review.Coverage(ReviewKind.MONITORING, CooperationLevel.WITH_FAMILIES),
            new Review.Coverage(ReviewKind.EVALUATION, CooperationLevel.BETWEEN_SPECIALISTS),
            new Review.Coverage(ReviewKind.EVALUATION, CooperationLevel.WITH_FAMILIES)),
        Review.missing(reviews));
    List<Review> all = new java.util.ArrayList<>();
    for (CooperationLevel l : CooperationLevel.values()) {
      all.add(new Review.Monitoring(l, WORK, WORK.start()));
      all.add(new Review.Evaluation(l, WORK, WORK.end().plusMonths(6)));
    }
    assertEquals(List.of(), Review.missing(all));
  }

  @Test
  void the_added_value_holds_both_sides_x_and_x_plus_s_of_y() {
    NetworkAddedValue v = new NetworkAddedValue(FAMILIES, Ratio.of(40), Ratio.of(3, 4), Ratio.of(10));
    assertEquals(Ratio.of(40), v.withoutNetwork());
    assertEquals(Ratio.of(50), v.withNetwork());
    assertEquals(Ratio.of(3, 4), v.network());
    assertTrue(v.addsValue());
    assertEquals(Optional.of(Ratio.of(1, 4)), v.relativeAddedValue());
    NetworkAddedValue costly = new NetworkAddedValue(FAMILIES, Ratio.of(40), Ratio.ZERO, Ratio.of(-5));
    assertFalse(costly.addsValue());
    assertEquals(Ratio.of(35), costly.withNetwork());
    assertEquals(Optional.empty(),
        new NetworkAddedValue(FAMILIES, Ratio.ZERO, Ratio.ONE, Ratio.ONE).relativeAddedValue());
  }

  @Test
  void bad_added_values_list_every_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new NetworkAddedValue(FAMILIES, Ratio.of(-1), Ratio.of(-2), Ratio.ZERO));
    assertEquals(List.of("ADDED_VALUE_NEGATIVE", "ADDED_VALUE_NEGATIVE", "ADDED_VALUE_BELOW_ZERO"),
        e.problems().stream().map(Problem::code).toList());
    assertTrue(NetworkAddedValue.validate(FAMILIES, Ratio.of(3), Ratio.ONE, Ratio.of(-3)).isValid());
    assertEquals(List.of("ADDED_VALUE_BELOW_ZERO"), NetworkAddedValue.validate(FAMILIES,
        Ratio.of(3), Ratio.ONE, Ratio.of(-4)).getError().map(Problem::code).toJavaList());
  }
}
