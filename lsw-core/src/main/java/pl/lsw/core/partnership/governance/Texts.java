package pl.lsw.core.partnership.governance;

import java.util.List;
import pl.lsw.core.kernel.Problem;

/** Checks of free text shared by the partnership's values. */
public final class Texts {

  private Texts() {}

  /**
   * Adds a problem unless the text is non-blank, trimmed and at most {@code max} characters.
   *
   * @param problems where problems go
   * @param path the field's path
   * @param code the code prefix, e.g. {@code "PERSON_NAME"}: codes are {@code _EMPTY},
   *     {@code _UNTRIMMED}, {@code _TOO_LONG}
   * @param what what the text is, for messages
   * @param text the text, may be null
   * @param max the longest text accepted
   */
  public static void requireText(List<Problem> problems, String path, String code, String what,
      String text, int max) {
    if (text == null || text.isBlank()) {
      problems.add(new Problem(path, code + "_EMPTY", what + " is required"));
      return;
    }
    if (!text.equals(text.strip())) {
      problems.add(new Problem(path, code + "_UNTRIMMED",
          what + " must not start or end with white space: \"" + text + "\""));
    }
    if (text.length() > max) {
      problems.add(new Problem(path, code + "_TOO_LONG",
          what + " must have at most " + max + " characters, has " + text.length() + ": \""
              + text.substring(0, 40) + "...\""));
    }
  }

  /** Adds a problem when a value is null. */
  public static void requirePresent(List<Problem> problems, String path, String code, String what,
      Object value) {
    if (value == null) {
      problems.add(new Problem(path, code + "_MISSING", what + " is required"));
    }
  }
}
