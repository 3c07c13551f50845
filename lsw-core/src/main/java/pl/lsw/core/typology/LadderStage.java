package pl.lsw.core.typology;

import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/**
 * One stage of a {@link Ladder} with the indicators that show it is reached; a stage is reached
 * when every one of its indicators, and every indicator of every lower stage, has evidence (see
 * {@link LadderAssessment}).
 *
 * <p>Immutable. Polish: <i>stopień współpracy</i>.
 *
 * @param code the code, unique within the ladder, e.g. {@code "COORDINATION"}
 * @param title the title in Polish and English
 * @param indicators the indicators, at least one
 */
public record LadderStage(String code, Label title, List<Indicator> indicators) {

  private static final Label WHAT = Label.of("stopień współpracy", "stage of cooperation");

  /**
   * Copies the indicators and refuses a malformed code, a blank title or no indicator, listing
   * every problem.
   *
   * @param code the code
   * @param title the title
   * @param indicators the indicators
   * @throws pl.lsw.core.kernel.InvalidInputException {@code CODE_FORMAT}, {@code LABEL_EMPTY},
   *     {@code STAGE_NO_INDICATOR}
   */
  public LadderStage {
    indicators = List.copyOf(indicators);
    List<Problem> problems = new ArrayList<>();
    LadderChecks.code(problems, "code", WHAT, code);
    LadderChecks.title(problems, "title", WHAT, title);
    if (indicators.isEmpty()) {
      problems.add(TypologyProblems.PROBLEMS.problem("indicators", "STAGE_NO_INDICATOR",
          "stage", title == null ? String.valueOf(code) : title));
    }
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * A stage.
   *
   * @param code the code
   * @param polish the Polish title
   * @param english the English title
   * @param indicators the indicators, at least one
   * @return the stage
   */
  public static LadderStage of(String code, String polish, String english,
      Indicator... indicators) {
    return new LadderStage(code, Label.of(polish, english), List.of(indicators));
  }
}
