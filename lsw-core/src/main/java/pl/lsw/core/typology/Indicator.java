package pl.lsw.core.typology;

import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;

/**
 * What shows that a stage of a {@link Ladder} is reached, e.g. "exchanging information" for the
 * network stage: a code unique within its ladder and a title in Polish and English.
 *
 * <p>Immutable. Polish: <i>wskaźnik (przejaw) stopnia współpracy</i>.
 *
 * @param code the code, 2–64 capital letters, digits and underscores, e.g. {@code
 *     "INFORMATION_EXCHANGE"}
 * @param title the title in Polish and English
 */
public record Indicator(String code, Label title) {

  private static final Label WHAT = Label.of("wskaźnik", "indicator");

  /**
   * Refuses a malformed code or a blank title, listing both.
   *
   * @param code the code
   * @param title the title
   * @throws pl.lsw.core.kernel.InvalidInputException {@code CODE_FORMAT}, {@code LABEL_EMPTY}
   */
  public Indicator {
    List<Problem> problems = new ArrayList<>();
    LadderChecks.code(problems, "code", WHAT, code);
    LadderChecks.title(problems, "title", WHAT, title);
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * An indicator.
   *
   * @param code the code
   * @param polish the Polish title
   * @param english the English title
   * @return the indicator
   */
  public static Indicator of(String code, String polish, String english) {
    return new Indicator(code, Label.of(polish, english));
  }
}
