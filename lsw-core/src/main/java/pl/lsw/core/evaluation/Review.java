package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Problem;

/**
 * A review of cooperation at one {@link CooperationLevel}: either a {@link Monitoring} held during
 * the work or an {@link Evaluation} held once a period of work is over. The two are separate
 * types, so one cannot be taken for the other (seed 004).
 *
 * <p>Polish: <i>ocena współpracy (monitoring lub ewaluacja)</i>.
 */
public sealed interface Review permits Review.Monitoring, Review.Evaluation {

  /** The level of cooperation reviewed. */
  CooperationLevel level();

  /** The period of work reviewed. */
  DateRange work();

  /** The day the review was held. */
  LocalDate heldOn();

  /** {@link ReviewKind#MONITORING} or {@link ReviewKind#EVALUATION}. */
  ReviewKind kind();

  /**
   * Monitoring: held on a day within the work it follows ({@code MONITORING_OUTSIDE_WORK}
   * otherwise), to correct its course.
   *
   * <p>Polish: <i>monitoring współpracy</i>.
   *
   * @param level the level of cooperation
   * @param work the work in progress
   * @param heldOn the day, within the work
   */
  record Monitoring(CooperationLevel level, DateRange work, LocalDate heldOn) implements Review {
    /**
     * Checks the day.
     *
     * @throws pl.lsw.core.kernel.InvalidInputException when the day is outside the work
     */
    public Monitoring {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(work, "work");
      Objects.requireNonNull(heldOn, "heldOn");
      if (!work.contains(heldOn)) {
        EvaluationProblems.throwIfAny(List.of(EvaluationProblems.PROBLEMS.problem("heldOn",
            "MONITORING_OUTSIDE_WORK", "day", heldOn, "from", work.start(), "to", work.end())));
      }
    }

    /** {@link ReviewKind#MONITORING}. */
    @Override
    public ReviewKind kind() {
      return ReviewKind.MONITORING;
    }
  }

  /**
   * Evaluation: held on or after the last day of the work it looks back on ({@code
   * EVALUATION_BEFORE_END} otherwise), to see its long-term effects.
   *
   * <p>Polish: <i>ewaluacja współpracy</i>.
   *
   * @param level the level of cooperation
   * @param work the period of work evaluated
   * @param heldOn the day, not before the end of the work
   */
  record Evaluation(CooperationLevel level, DateRange work, LocalDate heldOn) implements Review {
    /**
     * Checks the day.
     *
     * @throws pl.lsw.core.kernel.InvalidInputException when the day is before the end of the work
     */
    public Evaluation {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(work, "work");
      Objects.requireNonNull(heldOn, "heldOn");
      if (heldOn.isBefore(work.end())) {
        EvaluationProblems.throwIfAny(List.of(EvaluationProblems.PROBLEMS.problem("heldOn",
            "EVALUATION_BEFORE_END", "day", heldOn, "end", work.end())));
      }
    }

    /** {@link ReviewKind#EVALUATION}. */
    @Override
    public ReviewKind kind() {
      return ReviewKind.EVALUATION;
    }
  }

  /** A monitoring, or its problem. */
  static Validation<Seq<Problem>, Review> monitoring(CooperationLevel level, DateRange work,
      LocalDate heldOn) {
    return EvaluationProblems.validation(() -> new Monitoring(level, work, heldOn));
  }

  /** An evaluation, or its problem. */
  static Validation<Seq<Problem>, Review> evaluation(CooperationLevel level, DateRange work,
      LocalDate heldOn) {
    return EvaluationProblems.validation(() -> new Evaluation(level, work, heldOn));
  }

  /**
   * The pairs of kind and level none of {@code reviews} covers, in the order monitoring then
   * evaluation, each by level: seed 004 recommends both at all three levels.
   */
  static List<Coverage> missing(List<? extends Review> reviews) {
    List<Coverage> out = new ArrayList<>();
    for (ReviewKind k : ReviewKind.values()) {
      Set<CooperationLevel> done = EnumSet.noneOf(CooperationLevel.class);
      reviews.stream().filter(r -> r.kind() == k).forEach(r -> done.add(r.level()));
      for (CooperationLevel l : CooperationLevel.values()) {
        if (!done.contains(l)) {
          out.add(new Coverage(k, l));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * A kind of review at a level.
   *
   * <p>Polish: <i>rodzaj oceny na danym poziomie współpracy</i>.
   *
   * @param kind monitoring or evaluation
   * @param level the level of cooperation
   */
  record Coverage(ReviewKind kind, CooperationLevel level) {
    /** Refuses nulls. */
    public Coverage {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(level, "level");
    }
  }
}
