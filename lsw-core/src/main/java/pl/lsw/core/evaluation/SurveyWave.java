package pl.lsw.core.evaluation;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.Problem;

/**
 * One wave (round) of the cooperation-quality survey, e.g. the 2019 measurement at the start of a
 * project and the 2021 one at its end (seed 001 §8): its name, the day it was held, and the {@link
 * AnswerCounts} of each question asked, in the order asked.
 *
 * <p>Rules, all reported at once: the name is non-blank ({@code SURVEY_WAVE_NAME}); at least one
 * question ({@code SURVEY_WAVE_EMPTY}); no two questions with the same code ({@code
 * SURVEY_QUESTION_DUPLICATE}).
 *
 * <p>Polish: <i>pomiar (edycja) badania jakości współpracy</i>.
 *
 * @param name the wave's name, e.g. {@code "2019"} or {@code "pierwszy pomiar"}
 * @param heldOn the day the wave was held (or closed)
 * @param answers the answers to each question, in the order asked
 */
public record SurveyWave(String name, LocalDate heldOn, Map<SurveyQuestion, AnswerCounts> answers) {

  /**
   * Checks the wave and copies its answers, keeping their order.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public SurveyWave {
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(answers, "answers");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    List<Problem> problems = new ArrayList<>();
    if (name == null || TextChecks.isBlank(name)) {
      problems.add(EvaluationProblems.PROBLEMS.problem("name", "SURVEY_WAVE_NAME"));
    }
    TextChecks.refusePesel(problems, "name", "SURVEY_WAVE_NAME",
        pl.lsw.core.kernel.Label.of("Nazwa fali badania", "The survey wave's name"), name);
    if (answers.isEmpty()) {
      problems.add(EvaluationProblems.PROBLEMS.problem("answers", "SURVEY_WAVE_EMPTY"));
    }
    Set<String> codes = new HashSet<>();
    for (SurveyQuestion q : answers.keySet()) {
      if (!codes.add(q.code())) {
        problems.add(EvaluationProblems.PROBLEMS.problem("answers", "SURVEY_QUESTION_DUPLICATE",
            "code", q.code()));
      }
    }
    EvaluationProblems.throwIfAny(problems);
  }

  /**
   * The wave.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static SurveyWave of(String name, LocalDate heldOn,
      Map<SurveyQuestion, AnswerCounts> answers) {
    return new SurveyWave(name, heldOn, answers);
  }

  /** The wave, or every problem of it. */
  public static Validation<Seq<Problem>, SurveyWave> validate(String name, LocalDate heldOn,
      Map<SurveyQuestion, AnswerCounts> answers) {
    return EvaluationProblems.validation(() -> new SurveyWave(name, heldOn, answers));
  }

  /** The answers to the question with {@code code}, if it was asked in this wave. */
  public Optional<AnswerCounts> answers(String code) {
    return answers.entrySet().stream().filter(e -> e.getKey().code().equals(code))
        .map(Map.Entry::getValue).findFirst();
  }

  /** The question with {@code code}, if it was asked in this wave. */
  public Optional<SurveyQuestion> question(String code) {
    return answers.keySet().stream().filter(q -> q.code().equals(code)).findFirst();
  }
}
