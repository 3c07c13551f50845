package pl.lsw.core.evaluation;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/**
 * A question of the cooperation-quality survey, answered on the scale {@value
 * AnswerCounts#MIN_ANSWER} (worst) to {@value AnswerCounts#MAX_ANSWER} (best): a stable code and its
 * text in Polish and English. The four questions of seed 001 §8 are {@link #JOINT_INITIATIVES},
 * {@link #KNOWLEDGE_OF_SERVICES}, {@link #ATMOSPHERE} and {@link #STRENGTHS_AND_WEAKNESSES} (in
 * this library's own wording); a user adds its own with {@link #of}.
 *
 * <p>Rules, all reported at once: the code is 2 to 64 upper-case letters, digits and underscores,
 * starting with a letter ({@code SURVEY_QUESTION_CODE}); both texts are non-blank ({@code
 * SURVEY_QUESTION_TEXT}).
 *
 * <p>Polish: <i>pytanie ankiety jakości współpracy</i>.
 *
 * @param code the stable code, e.g. {@code JOINT_INITIATIVES}
 * @param text the question in Polish and English
 */
public record SurveyQuestion(String code, Label text) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  /** Seed 001 §8, question 1: cooperation between institutions in taking joint initiatives. */
  public static final SurveyQuestion JOINT_INITIATIVES = new SurveyQuestion("JOINT_INITIATIVES",
      Label.of("Jak dziś oceniasz wspólne podejmowanie inicjatyw przez instytucje?",
          "How do you rate today the way institutions take initiatives together?"));

  /**
   * Seed 001 §8, question 2: how well institutions know the services other bodies offer
   * residents.
   */
  public static final SurveyQuestion KNOWLEDGE_OF_SERVICES = new SurveyQuestion(
      "KNOWLEDGE_OF_SERVICES",
      Label.of("Jak dziś oceniasz wiedzę instytucji o usługach, które inne podmioty oferują"
              + " mieszkańcom?",
          "How do you rate today what institutions know of the services other bodies offer"
              + " residents?"));

  /** Seed 001 §8, question 3: the atmosphere of cooperation between institutions. */
  public static final SurveyQuestion ATMOSPHERE = new SurveyQuestion("ATMOSPHERE",
      Label.of("Jak dziś oceniasz klimat współpracy między instytucjami?",
          "How do you rate today the climate of cooperation between institutions?"));

  /**
   * Seed 001 §8, question 4: how aware institutions are of the strengths and weaknesses of the
   * support system.
   */
  public static final SurveyQuestion STRENGTHS_AND_WEAKNESSES = new SurveyQuestion(
      "STRENGTHS_AND_WEAKNESSES",
      Label.of("Jak dziś oceniasz rozeznanie instytucji w mocnych i słabych stronach systemu"
              + " wsparcia?",
          "How do you rate today how well institutions see the strong and weak points of the"
              + " support system?"));

  /**
   * Checks the question.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public SurveyQuestion {
    Objects.requireNonNull(text, "text");
    List<Problem> problems = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(EvaluationProblems.PROBLEMS.problem("code", "SURVEY_QUESTION_CODE",
          "code", String.valueOf(code)));
    }
    if (TextChecks.isBlank(text.polishName()) || TextChecks.isBlank(text.englishName())) {
      problems.add(EvaluationProblems.PROBLEMS.problem("text", "SURVEY_QUESTION_TEXT"));
    }
    EvaluationProblems.throwIfAny(problems);
  }

  /**
   * A question of the user's own.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static SurveyQuestion of(String code, String polish, String english) {
    return new SurveyQuestion(code, Label.of(polish, english));
  }

  /** A question of the user's own, or every problem of it. */
  public static Validation<Seq<Problem>, SurveyQuestion> validate(String code, String polish,
      String english) {
    return EvaluationProblems.validation(() -> of(code, polish == null ? "" : polish,
        english == null ? "" : english));
  }

  /** The four questions of seed 001 §8, in the seed's order. */
  public static List<SurveyQuestion> standardQuestions() {
    return List.of(JOINT_INITIATIVES, KNOWLEDGE_OF_SERVICES, ATMOSPHERE, STRENGTHS_AND_WEAKNESSES);
  }
}
