package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Small text helpers shared by the parsers of this package. */
final class Texts {

  private Texts() {}

  /** Whether {@code c} is blank under the library's text policy ({@link TextChecks#isBlankChar}). */
  static boolean isSpace(char c) {
    return TextChecks.isBlankChar(c);
  }

  /** {@code s} without leading and trailing spaces of any kind accepted by {@link #isSpace}. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * The problem {@code code} for a text longer than {@code max}: its length and its first
   * characters (controls and surrogates shown as code points).
   */
  static Problem tooLong(String code, CharSequence text, int max) {
    StringBuilder start = new StringBuilder();
    for (int i = 0; i < Math.min(20, text.length()); i++) {
      char c = text.charAt(i);
      start.append(Character.isISOControl(c) || Character.isSurrogate(c)
          ? String.format("U+%04X", (int) c) : String.valueOf(c));
    }
    return TextChecks.PROBLEMS.problem("", code, "max", max, "length", text.length(),
        "start", start.toString());
  }

  /** The valid value, or an {@link InvalidInputException} with every problem. */
  static <T> T orThrow(Validation<Seq<Problem>, T> validation) {
    if (validation.isInvalid()) {
      throw new InvalidInputException(validation.getError());
    }
    return validation.get();
  }
}
