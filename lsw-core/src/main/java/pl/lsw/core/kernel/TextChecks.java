package pl.lsw.core.kernel;

import java.util.List;
import java.util.Optional;

/**
 * The library's one set of checks of free text given by people (names, descriptions, addresses):
 * required, trimmed, not too long. Each check adds its problem, in Polish and English, to a list,
 * so a factory reports every problem of an input at once.
 *
 * <p>Problem codes are the caller's prefix followed by {@code _EMPTY}, {@code _UNTRIMMED},
 * {@code _TOO_LONG}, {@code _CONTROL_CHARACTER}, {@code _SURROGATE}, {@code _PESEL} or {@code
 * _MISSING}, e.g. {@code PERSON_NAME_EMPTY}.
 *
 * <p>No text of the model may hold a valid PESEL number ({@link PeselInText}): {@code
 * <PREFIX>_PESEL}, whose message and arguments give the position of the number but never its
 * digits. The library keeps no PESEL of anyone.
 *
 * <p>One text policy holds for every string of the model: white space is every character for which
 * {@link Character#isWhitespace(int)} or {@link Character#isSpaceChar(int)} holds, and the
 * zero-width characters U+200B–U+200D, U+2060 and U+FEFF ({@link #isBlankChar(int)}); a text made
 * only of these is blank, a valid text neither starts nor ends with one. Control characters
 * (including U+0000) other than line feed, carriage return and tab inside a text, and lone
 * surrogates, are refused.
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
   * Whether the code point counts as blank under the library's text policy: white space of any
   * kind (including the no-break spaces U+00A0, U+2007, U+202F) and the zero-width characters
   * U+200B–U+200D, U+2060, U+FEFF.
   *
   * @param c a code point
   * @return true for a blank character
   */
  public static boolean isBlankChar(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
  }

  /**
   * Whether the text is null, empty or made only of {@linkplain #isBlankChar(int) blank
   * characters}.
   *
   * @param text the text, may be null
   * @return true for blank text
   */
  public static boolean isBlank(CharSequence text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isBlankChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text without leading and trailing {@linkplain #isBlankChar(int) blank characters}.
   *
   * @param text the text, not null
   * @return the stripped text
   */
  public static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isBlankChar(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlankChar(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  /**
   * The index of the first refused control character of the text (any ISO control character
   * other than tab, line feed and carriage return, U+0000 included), or -1.
   *
   * @param text the text, not null
   * @return the index, or -1
   */
  public static int firstControl(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first lone surrogate of the text (a high surrogate not followed by a low
   * one, or a low surrogate not preceded by a high one), or -1.
   *
   * @param text the text, not null
   * @return the index, or -1
   */
  public static int firstLoneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text without leading and trailing white space, or empty for null or blank text.
   *
   * @param text the text, may be null
   * @return the trimmed text, or empty
   */
  public static Optional<String> present(String text) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    return Optional.of(strip(text));
  }

  /**
   * Adds a problem unless the text is non-blank, trimmed and at most {@code max} characters, and
   * holds no refused control character ({@code _CONTROL_CHARACTER}), no lone surrogate ({@code
   * _SURROGATE}) and no valid PESEL number ({@code _PESEL}, see {@link PeselInText}).
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
    if (isBlank(text)) {
      problems.add(PROBLEMS.keyed("TEXT_EMPTY", path, code + "_EMPTY", "what", what));
      return;
    }
    if (isBlankChar(text.charAt(0)) || isBlankChar(text.charAt(text.length() - 1))) {
      problems.add(PROBLEMS.keyed("TEXT_UNTRIMMED", path, code + "_UNTRIMMED", "what", what,
          "value", quoted(text)));
    }
    int control = firstControl(text);
    if (control >= 0) {
      problems.add(PROBLEMS.keyed("TEXT_CONTROL_CHARACTER", path, code + "_CONTROL_CHARACTER",
          "what", what, "position", control + 1,
          "character", String.format("U+%04X", (int) text.charAt(control))));
    }
    int surrogate = firstLoneSurrogate(text);
    if (surrogate >= 0) {
      problems.add(PROBLEMS.keyed("TEXT_SURROGATE", path, code + "_SURROGATE", "what", what,
          "position", surrogate + 1,
          "character", String.format("U+%04X", (int) text.charAt(surrogate))));
    }
    refusePesel(problems, path, code, what, text);
    if (text.length() > max) {
      problems.add(PROBLEMS.keyed("TEXT_TOO_LONG", path, code + "_TOO_LONG", "what", what,
          "max", max, "length", text.length(),
          "start", quoted(text.substring(0, Math.min(QUOTED, max)))));
    }
  }

  /**
   * Adds {@code <CODE>_PESEL} when the text holds a valid PESEL number ({@link PeselInText}). The
   * problem gives the number's position (from 1), never its digits. For texts checked otherwise
   * than by {@link #requireText}.
   *
   * @param problems where problems go
   * @param path the field's path
   * @param code the code prefix
   * @param what what the text is, for messages
   * @param text the text, may be null
   */
  public static void refusePesel(List<Problem> problems, String path, String code, Localized what,
      CharSequence text) {
    int at = PeselInText.find(text);
    if (at >= 0) {
      problems.add(PROBLEMS.keyed("TEXT_PESEL", path, code + "_PESEL", "what", what,
          "position", at + 1));
    }
  }

  /** The text as quoted in a message: controls and lone surrogates shown as U+XXXX, at most 200. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder();
    int limit = Math.min(text.length(), 200);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if ((Character.isISOControl(c) || Character.isSurrogate(c))) {
        out.append(String.format("U+%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append('…');
    }
    return out.toString();
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
