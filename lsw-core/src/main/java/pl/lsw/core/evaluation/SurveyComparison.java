package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.ParameterSet;

/**
 * Two waves of the cooperation-quality survey, an earlier and a later one (seed 001 §8: 2019 and
 * 2021), and the change of each question asked in both. Questions are matched by code; a question
 * asked in only one wave is listed by {@link #questionsNotCompared()}. Rule {@code
 * EVAL-SIGNIFICANT-PROGRESS} ({@link EvaluationRules#SIGNIFICANT_PROGRESS}) checks it.
 *
 * <p>Rule: the earlier wave was held before the later one ({@code SURVEY_WAVES_ORDER}).
 *
 * <p>Polish: <i>porównanie pomiarów badania jakości współpracy</i>.
 *
 * @param before the earlier wave
 * @param after the later wave
 */
public record SurveyComparison(SurveyWave before, SurveyWave after) {

  /**
   * Checks the order of the waves.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the earlier wave is not earlier
   */
  public SurveyComparison {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.heldOn().isBefore(after.heldOn())) {
      EvaluationProblems.throwIfAny(List.of(EvaluationProblems.PROBLEMS.problem("after.heldOn",
          "SURVEY_WAVES_ORDER", "before", before.heldOn(), "after", after.heldOn())));
    }
  }

  /**
   * The comparison.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the earlier wave is not earlier
   */
  public static SurveyComparison of(SurveyWave before, SurveyWave after) {
    return new SurveyComparison(before, after);
  }

  /** The comparison, or its problem. */
  public static Validation<Seq<Problem>, SurveyComparison> validate(SurveyWave before,
      SurveyWave after) {
    return EvaluationProblems.validation(() -> new SurveyComparison(before, after));
  }

  /** The questions asked in both waves, in the earlier wave's order (with its texts). */
  public List<SurveyQuestion> commonQuestions() {
    return before.answers().keySet().stream()
        .filter(q -> after.answers(q.code()).isPresent()).collect(Collectors.toUnmodifiableList());
  }

  /** The questions asked in only one of the waves: the earlier wave's first, then the later's. */
  public List<SurveyQuestion> questionsNotCompared() {
    List<SurveyQuestion> out = new ArrayList<>();
    before.answers().keySet().stream().filter(q -> after.answers(q.code()).isEmpty())
        .forEach(out::add);
    after.answers().keySet().stream().filter(q -> before.answers(q.code()).isEmpty())
        .forEach(out::add);
    return List.copyOf(out);
  }

  /** The change of every common question, judged by {@code criterion}. */
  public List<QuestionChange> changes(ProgressCriterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    return commonQuestions().stream()
        .map(q -> new QuestionChange(q, before.answers().get(q),
            after.answers(q.code()).orElseThrow(), criterion))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The change of every common question, judged by the criterion of {@code parameters} valid on
   * the day of the later wave ({@link #judgedOn()}).
   */
  public List<QuestionChange> changes(ParameterSet parameters) {
    return changes(ProgressCriterion.asOf(parameters, judgedOn()));
  }

  /** The day whose parameters judge the comparison: the day of the later wave. */
  public LocalDate judgedOn() {
    return after.heldOn();
  }
}
