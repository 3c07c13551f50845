package pl.lsw.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.ParameterSet;

/**
 * When progress between two survey waves is significant: the {@link ProgressMeasure}, the
 * threshold the progress must be <em>more than</em> (strictly: exactly 10 is not more than 10),
 * and the lowest answer counted as high.
 *
 * <p>Rules, all reported at once: the threshold is not negative ({@code PROGRESS_THRESHOLD_NEGATIVE});
 * {@code highFrom} is from 2 to 6 ({@code HIGH_ANSWER_FROM_RANGE}: from 1 every answer would be
 * high).
 *
 * <p>Polish: <i>kryterium istotnego postępu</i>.
 *
 * @param measure what is measured
 * @param threshold the progress must be more than this (points or per cent, as the measure says)
 * @param highFrom the lowest answer counted as high
 */
public record ProgressCriterion(ProgressMeasure measure, Percent threshold, int highFrom) {

  /**
   * Checks the criterion.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public ProgressCriterion {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(threshold, "threshold");
    List<Problem> problems = new ArrayList<>();
    if (threshold.value().signum() < 0) {
      problems.add(EvaluationProblems.PROBLEMS.problem("threshold", "PROGRESS_THRESHOLD_NEGATIVE",
          "value", threshold));
    }
    if (highFrom < AnswerCounts.MIN_ANSWER + 1 || highFrom > AnswerCounts.MAX_ANSWER) {
      problems.add(EvaluationProblems.PROBLEMS.problem("highFrom", "HIGH_ANSWER_FROM_RANGE",
          "value", highFrom, "min", AnswerCounts.MIN_ANSWER + 1, "max", AnswerCounts.MAX_ANSWER));
    }
    EvaluationProblems.throwIfAny(problems);
  }

  /** The criterion of the parameters valid on {@code date} (see {@link EvaluationParameters}). */
  public static ProgressCriterion asOf(ParameterSet parameters, LocalDate date) {
    return new ProgressCriterion(
        parameters.valueAsOf(EvaluationParameters.PROGRESS_MEASURE, date),
        parameters.valueAsOf(EvaluationParameters.PROGRESS_THRESHOLD, date),
        parameters.valueAsOf(EvaluationParameters.HIGH_ANSWER_FROM, date));
  }

  /** The threshold as an exact number (of points or per cent). */
  public Ratio thresholdValue() {
    return Ratio.of(threshold.value());
  }
}
