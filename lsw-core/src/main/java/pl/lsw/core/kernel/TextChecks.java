package pl.lsw.core.kernel;

import java.util.List;
import java.util.Optional;

/**
 * The library's one set of checks of free text given by people (names, descriptions, addresses):
 * required, trimmed, not too long. Each check adds its problem, in Polish and English, to a list,
 * so a factory reports every problem of an input at once.
 *
 * <p>Problem codes are the caller's prefix followed by {@code _EMPTY}, {@code _UNTRIMMED},
 * {@code _TOO_LONG} or {@code _MISSING}, e.g. {@code PERSON_NAME_EMPTY}.
 *
 * <p>Polish: <i>sprawdzanie tekstów</i>.
 */
public final class TextChecks {

  /** The kernel's problem messages. */
  public static final ProblemBundle PROBLEMS =
      ProblemBundle.of(TextChecks.class, "pl/lsw/core/kernel/problems");

  private static final int QUOTED = 40;

  private TextChecks() {}

  /**
   * The text without leading and trailing white space, or empty for null or blank text.
   *
   * @param text the text, may be null
   * @return the trimmed text, or empty
   */
  public static Optional<String> present(String text) {
    if (text == null || text.strip().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(text.strip());
  }

  /**
   * Adds a problem unless the text is non-blank, trimmed and at most {@code max} characters.
   *
   * @param problems where problems go
   * @param path the field's path
   * @param code the code prefix, e.g. {@code "PERSON_NAME"}
   * @param what what the text is, for messages
   * @param text the text, may be null
   * @param max the longest text accepted
   */
  public static void requireText(List<Problem> problems, String path, String code, Localized what,
      String text, int max) {
    if (text == null || text.isBlank()) {
      problems.add(PROBLEMS.keyed("TEXT_EMPTY", path, code + "_EMPTY", "what", what));
      return;
    }
    if (!text.equals(text.strip())) {
      problems.add(PROBLEMS.keyed("TEXT_UNTRIMMED", path, code + "_UNTRIMMED", "what", what,
          "value", text));
    }
    if (text.length() > max) {
      problems.add(PROBLEMS.keyed("TEXT_TOO_LONG", path, code + "_TOO_LONG", "what", what,
          "max", max, "length", text.length(), "start", text.substring(0, Math.min(QUOTED, max))));
    }
  }

  /**
   * Adds a problem unless the text is null or valid as for {@link #requireText}.
   *
   * @param problems where problems go
   * @param path the field's path
   * @param code the code prefix
   * @param what what the text is, for messages
   * @param text the text, may be null
   * @param max the longest text accepted
   */
  public static void optionalText(List<Problem> problems, String path, String code, Localized what,
      String text, int max) {
    if (text != null) {
      requireText(problems, path, code, what, text, max);
    }
  }

  /**
   * Adds a problem when a value is missing.
   *
   * @param problems where problems go
   * @param path the field's path
   * @param code the code prefix, e.g. {@code "MEETING_DATE"}: the code is {@code MEETING_DATE_MISSING}
   * @param what what the value is, for messages
   * @param value the value, may be null
   */
  public static void requirePresent(List<Problem> problems, String path, String code,
      Localized what, Object value) {
    if (value == null) {
      problems.add(PROBLEMS.keyed("VALUE_MISSING", path, code + "_MISSING", "what", what));
    }
  }
}
