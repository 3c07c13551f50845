package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Small text helpers shared by the parsers of this package. */
final class Texts {

  private Texts() {}

  /** Whether {@code c} is a space, a no-break space (U+00A0) or a narrow no-break space (U+202F). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
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

  /** The valid value, or an {@link InvalidInputException} with every problem. */
  static <T> T orThrow(Validation<Seq<Problem>, T> validation) {
    if (validation.isInvalid()) {
      throw new InvalidInputException(validation.getError());
    }
    return validation.get();
  }
}
