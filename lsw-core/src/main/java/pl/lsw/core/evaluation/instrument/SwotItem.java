package pl.lsw.core.evaluation.instrument;

import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * One item of a SWOT analysis: its quadrant and its text, in the language of the people who wrote
 * it.
 *
 * <p>Immutable; stored as the quadrant's name and the text. Polish: <i>pozycja analizy SWOT</i>.
 *
 * @param quadrant the quadrant
 * @param text the item; non-blank, trimmed, at most {@value #MAX_TEXT} characters
 */
public record SwotItem(SwotQuadrant quadrant, String text) {

  /** The longest text accepted. */
  public static final int MAX_TEXT = 500;

  /**
   * Refuses a missing quadrant and a blank, untrimmed or too long text, listing every problem.
   *
   * @param quadrant the quadrant
   * @param text the text
   * @throws pl.lsw.core.kernel.InvalidInputException {@code SWOT_QUADRANT_MISSING}, {@code
   *     SWOT_TEXT_EMPTY}, {@code SWOT_TEXT_UNTRIMMED}, {@code SWOT_TEXT_TOO_LONG}
   */
  public SwotItem {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "quadrant", "SWOT_QUADRANT",
        Label.of("ćwiartka SWOT", "SWOT quadrant"), quadrant);
    TextChecks.requireText(problems, "text", "SWOT_TEXT",
        Label.of("treść pozycji SWOT", "text of the SWOT item"), text, MAX_TEXT);
    InstrumentProblems.throwIfAny(problems);
  }

  /**
   * An item.
   *
   * @param quadrant the quadrant
   * @param text the text
   * @return the item
   */
  public static SwotItem of(SwotQuadrant quadrant, String text) {
    return new SwotItem(quadrant, text);
  }

  /**
   * An item rebuilt from stored values.
   *
   * @param quadrantName the quadrant's name, e.g. {@code "THREAT"}
   * @param text the text
   * @return the item
   * @throws IllegalArgumentException when the name is unknown
   */
  public static SwotItem of(String quadrantName, String text) {
    return new SwotItem(SwotQuadrant.valueOf(quadrantName), text);
  }
}
