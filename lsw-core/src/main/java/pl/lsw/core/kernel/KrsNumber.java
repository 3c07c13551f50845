package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * The number of an entry in the National Court Register.
 *
 * <p>Polish: <i>numer KRS — numer w Krajowym Rejestrze Sądowym</i>.
 *
 * <p>A KRS number is written with 10 digits, zero-padded on the left ({@code 0000012345}). It has
 * no check digit, so only its form is validated. The input may give 1 to 10 digits, without the
 * leading zeros ({@code "12345"}) or with them; white space around the digits is ignored, inside
 * them it is not. The number zero ({@code 0000000000}) is refused: the register numbers its
 * entries from 1.
 *
 * <p>Problems reported by {@link #parse(CharSequence)}, all that apply:
 *
 * <ul>
 *   <li>{@code KRS_EMPTY} — nothing given (null or blank);
 *   <li>{@code KRS_CHARACTERS} — characters other than digits;
 *   <li>{@code KRS_LENGTH} — more than 10 digits;
 *   <li>{@code KRS_ZERO} — all digits are zero.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; two KRS numbers are equal when their padded digits
 * are equal, so {@code 12345} equals {@code 0000012345}.
 */
public final class KrsNumber {

  /** Problem code: nothing was given. */
  public static final String EMPTY = "KRS_EMPTY";
  /** Problem code: characters other than digits. */
  public static final String CHARACTERS = "KRS_CHARACTERS";
  /** Problem code: more than 10 digits. */
  public static final String LENGTH = "KRS_LENGTH";
  /** Problem code: the number zero. */
  public static final String ZERO = "KRS_ZERO";

  /** The number of digits of a KRS number in its padded form. */
  public static final int DIGITS = 10;

  private final String value;

  private KrsNumber(String value) {
    this.value = value;
  }

  /**
   * Reads a KRS number, collecting every problem of the input.
   *
   * @param text 1 to 10 digits, e.g. {@code "12345"} or {@code "0000012345"}; {@code null} is
   *     reported as {@code KRS_EMPTY}
   * @return the number, or every problem found (codes {@code KRS_EMPTY}, {@code KRS_CHARACTERS},
   *     {@code KRS_LENGTH}, {@code KRS_ZERO})
   */
  public static Validation<Seq<Problem>, KrsNumber> parse(CharSequence text) {
    List<Problem> problems = new ArrayList<>();
    String q = IdentifierText.quote(text);
    if (IdentifierText.isBlank(text)) {
      problems.add(TextChecks.PROBLEMS.problem("", EMPTY, "value", q));
      return IdentifierText.result(problems, () -> null);
    }
    String digits = IdentifierText.strip(text.toString());
    String illegal = IdentifierText.illegalCharacters(digits);
    if (!illegal.isEmpty()) {
      problems.add(TextChecks.PROBLEMS.problem("", CHARACTERS, "value", q, "characters", illegal));
    }
    int count = IdentifierText.countDigits(digits);
    if (count > DIGITS) {
      problems.add(TextChecks.PROBLEMS.problem("", LENGTH, "value", q, "max", DIGITS, "count", count));
    }
    if (count > 0 && digits.chars().filter(IdentifierText::isAsciiDigitCode).allMatch(c -> c == '0')) {
      problems.add(TextChecks.PROBLEMS.problem("", ZERO, "value", q));
    }
    String padded = problems.isEmpty() ? "0".repeat(DIGITS - count) + digits : null;
    return IdentifierText.result(problems, () -> new KrsNumber(padded));
  }

  /**
   * Reads a KRS number or throws.
   *
   * @param text 1 to 10 digits; see {@link #parse(CharSequence)}
   * @return the number
   * @throws InvalidInputException listing every problem of the input
   */
  public static KrsNumber of(CharSequence text) {
    Validation<Seq<Problem>, KrsNumber> result = parse(text);
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError());
    }
    return result.get();
  }

  /** The 10 digits, zero-padded on the left, e.g. {@code 0000012345}. */
  public String value() {
    return value;
  }

  /** Two KRS numbers are equal when their padded digits are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof KrsNumber && value.equals(((KrsNumber) other).value));
  }

  /** A hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The 10 padded digits, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
