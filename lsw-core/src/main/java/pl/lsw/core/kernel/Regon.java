package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import java.util.Optional;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistical identification number of a business or organisation, checked by its check digit.
 *
 * <p>Polish: <i>REGON — numer identyfikacyjny w rejestrze REGON</i> (krajowy rejestr urzędowy
 * podmiotów gospodarki narodowej).
 *
 * <p>A REGON has 9 digits (an entity) or 14 digits (a local unit of an entity, <i>jednostka
 * lokalna</i>, whose first 9 digits are the entity's REGON):
 *
 * <ul>
 *   <li>9 digits: the digits 1–8 are multiplied by the weights 8, 9, 2, 3, 4, 5, 6, 7; the sum
 *       modulo 11, then modulo 10 (so a remainder of 10 gives 0), must equal the 9th digit;
 *   <li>14 digits: the first 9 digits must be a valid 9-digit REGON, and the digits 1–13
 *       multiplied by the weights 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8, summed, taken modulo 11
 *       and then modulo 10, must equal the 14th digit.
 * </ul>
 *
 * <p>Because a remainder of 10 and a remainder of 0 give the same check digit, a single changed
 * digit is not always detected: it goes unnoticed exactly when it turns a remainder of 0 into 10 or
 * 10 into 0. Spaces and dashes between digits are accepted and dropped.
 *
 * <p>Problems reported by {@link #parse(CharSequence)}, all that apply:
 *
 * <ul>
 *   <li>{@code REGON_EMPTY} — nothing given (null, blank, or only separators);
 *   <li>{@code REGON_CHARACTERS} — characters other than digits, spaces and dashes;
 *   <li>{@code REGON_LENGTH} — a number of digits other than 9 or 14;
 *   <li>{@code REGON_MAIN_CHECKSUM} — a 14-digit REGON whose first 9 digits are not a valid
 *       REGON;
 *   <li>{@code REGON_CHECKSUM} — the last check digit does not match.
 * </ul>
 *
 * <p>The check digits are examined only when characters and length are right. Instances are
 * immutable and thread-safe; two REGONs are equal when their digits are equal.
 */
public final class Regon {

  /** Problem code: nothing was given. */
  public static final String EMPTY = "REGON_EMPTY";
  /** Problem code: characters other than digits, spaces and dashes. */
  public static final String CHARACTERS = "REGON_CHARACTERS";
  /** Problem code: neither 9 nor 14 digits. */
  public static final String LENGTH = "REGON_LENGTH";
  /** Problem code: the first 9 digits of a 14-digit REGON are not a valid REGON. */
  public static final String MAIN_CHECKSUM = "REGON_MAIN_CHECKSUM";
  /** Problem code: the (last) check digit does not match. */
  public static final String CHECKSUM = "REGON_CHECKSUM";

  /** The number of digits of the REGON of an entity. */
  public static final int MAIN_DIGITS = 9;
  /** The number of digits of the REGON of a local unit. */
  public static final int LOCAL_UNIT_DIGITS = 14;

  private static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
  private static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

  private final String value;

  private Regon(String value) {
    this.value = value;
  }

  /**
   * Reads a REGON, collecting every problem of the input.
   *
   * @param text the REGON as written, 9 or 14 digits, e.g. {@code "123456785"} or
   *     {@code "12345678512347"}; spaces and dashes are ignored; {@code null} is reported as
   *     {@code REGON_EMPTY}
   * @return the REGON, or every problem found (codes {@code REGON_EMPTY},
   *     {@code REGON_CHARACTERS}, {@code REGON_LENGTH}, {@code REGON_MAIN_CHECKSUM},
   *     {@code REGON_CHECKSUM})
   */
  public static Validation<Seq<Problem>, Regon> parse(CharSequence text) {
    List<Problem> problems = new ArrayList<>();
    String q = IdentifierText.quote(text);
    String digits = text == null ? "" : IdentifierText.withoutSeparators(text.toString());
    if (digits.isEmpty()) {
      problems.add(TextChecks.PROBLEMS.problem("", EMPTY, "value", q));
      return IdentifierText.result(problems, () -> null);
    }
    String illegal = IdentifierText.illegalCharacters(digits);
    if (!illegal.isEmpty()) {
      problems.add(TextChecks.PROBLEMS.problem("", CHARACTERS, "value", q, "characters", illegal));
    }
    int count = IdentifierText.countDigits(digits);
    if (count != MAIN_DIGITS && count != LOCAL_UNIT_DIGITS) {
      problems.add(TextChecks.PROBLEMS.problem("", LENGTH, "value", q, "main", MAIN_DIGITS,
          "local", LOCAL_UNIT_DIGITS, "count", count));
    }
    if (problems.isEmpty()) {
      if (count == LOCAL_UNIT_DIGITS) {
        int mainCheck = checkDigit9(digits);
        if (mainCheck != digits.charAt(8) - '0') {
          problems.add(TextChecks.PROBLEMS.problem("", MAIN_CHECKSUM, "value", q,
              "prefix", digits.substring(0, 9), "expected", mainCheck));
        }
      }
      int expected = count == MAIN_DIGITS ? checkDigit9(digits) : checkDigit14(digits);
      int actual = digits.charAt(count - 1) - '0';
      if (expected != actual) {
        problems.add(TextChecks.PROBLEMS.problem("", CHECKSUM, "value", q, "expected", expected,
            "actual", actual));
      }
    }
    String valid = digits;
    return IdentifierText.result(problems, () -> new Regon(valid));
  }

  /**
   * Reads a REGON or throws.
   *
   * @param text the REGON as written; see {@link #parse(CharSequence)}
   * @return the REGON
   * @throws InvalidInputException listing every problem of the input
   */
  public static Regon of(CharSequence text) {
    Validation<Seq<Problem>, Regon> result = parse(text);
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError());
    }
    return result.get();
  }

  private static int checkDigit9(String digits) {
    return IdentifierText.weightedSum(digits, WEIGHTS_9) % 11 % 10;
  }

  private static int checkDigit14(String digits) {
    return IdentifierText.weightedSum(digits, WEIGHTS_14) % 11 % 10;
  }

  /** The 9 or 14 digits, without separators. */
  public String value() {
    return value;
  }

  /** True for a 14-digit REGON of a local unit (<i>jednostka lokalna</i>). */
  public boolean isLocalUnit() {
    return value.length() == LOCAL_UNIT_DIGITS;
  }

  /**
   * The REGON of the entity a local unit belongs to: the first 9 digits of a 14-digit REGON.
   *
   * @return the 9-digit REGON for a local unit; none for a 9-digit REGON
   */
  public Optional<Regon> parent() {
    return isLocalUnit() ? Optional.of(new Regon(value.substring(0, MAIN_DIGITS))) : Optional.empty();
  }

  /**
   * The same as {@link #parent()}: the 9-digit main REGON of a local unit.
   *
   * @return the 9-digit REGON for a local unit; none for a 9-digit REGON
   */
  public Optional<Regon> main() {
    return parent();
  }

  /** Two REGONs are equal when their digits are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Regon && value.equals(((Regon) other).value));
  }

  /** A hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The digits, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
