package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Text handling shared by the identifier value objects: quoting the input in messages, removing
 * separators, finding characters that are not ASCII digits.
 */
final class IdentifierText {

  private IdentifierText() {}

  /** The longest part of an input quoted in a message. */
  static final int QUOTED = 40;

  /**
   * The input as it should appear in a message: in double quotes (at most {@value #QUOTED}
   * characters, then an ellipsis; controls and surrogates as U+XXXX), or {@code null}.
   */
  static String quote(CharSequence text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < Math.min(QUOTED, text.length()); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        out.append(String.format("U+%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(text.length() > QUOTED ? "…\"" : "\"").toString();
  }

  /** True for {@code null}, the empty text and text made only of white space. */
  static boolean isBlank(CharSequence text) {
    return TextChecks.isBlank(text);
  }

  /** True for the ASCII digits 0–9 only (not other Unicode digits). */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True for the code of an ASCII digit 0–9. */
  static boolean isAsciiDigitCode(int c) {
    return c >= '0' && c <= '9';
  }

  /** True for white space (including the no-break space) and the dash. */
  static boolean isSeparator(char c) {
    return c == '-' || TextChecks.isBlankChar(c);
  }

  /** The text without white space and dashes. */
  static String withoutSeparators(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSeparator(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text without white space (including the no-break space) at either end. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhite(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhite(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isWhite(char c) {
    return TextChecks.isBlankChar(c);
  }

  /** The number of ASCII digits in the text. */
  static int countDigits(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isAsciiDigit(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  /**
   * The distinct characters of the text that are not ASCII digits, each in single quotes and
   * separated by commas, e.g. {@code 'x', '/'}; empty when the text is all digits.
   */
  static String illegalCharacters(String text) {
    Set<String> found = new LinkedHashSet<>();
    text.codePoints()
        .filter(c -> !isAsciiDigitCode(c))
        .forEach(c -> found.add(
            Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                ? String.format("U+%04X", c)
                : "'" + new String(Character.toChars(c)) + "'"));
    return String.join(", ", found);
  }

  /** The weighted sum of the first {@code weights.length} digits of an all-digit text. */
  static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  /** A valid result when no problem was found, otherwise an invalid one with every problem. */
  static <T> Validation<Seq<Problem>, T> result(List<Problem> problems, Supplier<T> value) {
    if (problems.isEmpty()) {
      return Validation.valid(value.get());
    }
    return Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }
}
