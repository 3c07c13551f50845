package pl.lsw.core.evaluation;

import java.util.Objects;

/**
 * The change of the answers to one question between two survey waves, judged by a {@link
 * ProgressCriterion}. Every number is exact:
 *
 * <ul>
 *   <li>{@link #highSharePoints()}: the change of the share of high answers in percentage points,
 *       {@code (after − before) × 100};
 *   <li>{@link #relativeChangeOfMean()}: the change of the mean in per cent of the earlier mean,
 *       {@code (after − before) / before × 100} (the earlier mean is at least 1, never zero);
 *   <li>{@link #progress()}: one of the two, as the criterion's measure says; {@link
 *       #isSignificant()} when it is <em>more than</em> the threshold.
 * </ul>
 *
 * <p>Polish: <i>zmiana odpowiedzi na pytanie między pomiarami</i>.
 *
 * @param question the question
 * @param before the answers in the earlier wave
 * @param after the answers in the later wave
 * @param criterion the criterion of significant progress
 */
public record QuestionChange(SurveyQuestion question, AnswerCounts before, AnswerCounts after,
    ProgressCriterion criterion) {

  private static final Ratio HUNDRED = Ratio.of(100);

  /** Refuses nulls. */
  public QuestionChange {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(criterion, "criterion");
  }

  /** The share of high answers in the earlier wave. */
  public Ratio highShareBefore() {
    return before.highShare(criterion.highFrom());
  }

  /** The share of high answers in the later wave. */
  public Ratio highShareAfter() {
    return after.highShare(criterion.highFrom());
  }

  /** The change of the share of high answers, in percentage points. */
  public Ratio highSharePoints() {
    return highShareAfter().subtract(highShareBefore()).multiply(HUNDRED);
  }

  /** The change of the mean answer (later minus earlier), on the 1–6 scale. */
  public Ratio meanChange() {
    return after.mean().subtract(before.mean());
  }

  /** The change of the mean in per cent of the earlier mean. */
  public Ratio relativeChangeOfMean() {
    return meanChange().divide(before.mean()).multiply(HUNDRED);
  }

  /** The progress as the criterion's measure defines it. */
  public Ratio progress() {
    return criterion.measure() == ProgressMeasure.PERCENTAGE_POINTS_OF_HIGH_ANSWERS
        ? highSharePoints()
        : relativeChangeOfMean();
  }

  /** Whether the progress is more than the threshold (exactly the threshold is not). */
  public boolean isSignificant() {
    return progress().isGreaterThan(criterion.thresholdValue());
  }
}
