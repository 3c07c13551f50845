package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * A Polish tax identification number, checked by its check digit.
 *
 * <p>Polish: <i>NIP — numer identyfikacji podatkowej</i>.
 *
 * <p>A NIP has 10 digits. The digits 1–9 are multiplied by the weights 6, 5, 7, 2, 3, 4, 5, 6, 7;
 * the sum modulo 11 must equal the 10th digit. A number whose remainder is 10 is never issued and
 * is refused. Because every weight is nonzero modulo 11 and 11 is prime, changing any single digit
 * of a valid NIP always breaks the check.
 *
 * <p>The input may carry the EU VAT prefix {@code PL} (in any case, optionally followed by
 * spaces), and spaces or dashes anywhere between digits: {@code "PL 856-734-62-15"},
 * {@code "pl8567346215"} and {@code "856 734 62 15"} are the same NIP. Only the ASCII digits 0–9
 * count as digits. The check digit is the only rule applied; in particular the structure of the
 * first three digits (the issuing tax office) is not checked.
 *
 * <p>Problems reported by {@link #parse(CharSequence)}, all that apply:
 *
 * <ul>
 *   <li>{@code NIP_EMPTY} — nothing given (null, blank, or only a prefix and separators);
 *   <li>{@code NIP_CHARACTERS} — characters other than digits, spaces and dashes (after the
 *       optional prefix);
 *   <li>{@code NIP_LENGTH} — a number of digits other than 10;
 *   <li>{@code NIP_CHECKSUM} — 10 digits whose check digit does not match (checked only when
 *       there is no other problem).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; two NIPs are equal when their digits are equal.
 */
public final class Nip {

  /** Problem code: nothing was given. */
  public static final String EMPTY = "NIP_EMPTY";
  /** Problem code: characters other than digits, spaces and dashes. */
  public static final String CHARACTERS = "NIP_CHARACTERS";
  /** Problem code: not exactly 10 digits. */
  public static final String LENGTH = "NIP_LENGTH";
  /** Problem code: the check digit does not match. */
  public static final String CHECKSUM = "NIP_CHECKSUM";

  /** The number of digits of a NIP. */
  public static final int DIGITS = 10;

  private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

  private final String value;

  private Nip(String value) {
    this.value = value;
  }

  /**
   * Reads a NIP, collecting every problem of the input.
   *
   * @param text the NIP as written, e.g. {@code "8567346215"}, {@code "856-734-62-15"} or
   *     {@code "PL 8567346215"}; {@code null} is reported as {@code NIP_EMPTY}
   * @return the NIP, or every problem found (codes {@code NIP_EMPTY}, {@code NIP_CHARACTERS},
   *     {@code NIP_LENGTH}, {@code NIP_CHECKSUM})
   */
  public static Validation<Seq<Problem>, Nip> parse(CharSequence text) {
    List<Problem> problems = new ArrayList<>();
    String q = IdentifierText.quote(text);
    if (IdentifierText.isBlank(text)) {
      problems.add(TextChecks.PROBLEMS.problem("", EMPTY, "value", q));
      return IdentifierText.result(problems, () -> null);
    }
    String body = IdentifierText.strip(text.toString());
    if (body.regionMatches(true, 0, "PL", 0, 2)) {
      body = body.substring(2);
    }
    String digits = IdentifierText.withoutSeparators(body);
    if (digits.isEmpty()) {
      problems.add(TextChecks.PROBLEMS.keyed("NIP_EMPTY.digits", "", EMPTY, "value", q));
      return IdentifierText.result(problems, () -> null);
    }
    String illegal = IdentifierText.illegalCharacters(digits);
    if (!illegal.isEmpty()) {
      problems.add(TextChecks.PROBLEMS.problem("", CHARACTERS, "value", q, "characters", illegal));
    }
    int count = IdentifierText.countDigits(digits);
    if (count != DIGITS) {
      problems.add(TextChecks.PROBLEMS.problem("", LENGTH, "value", q, "expected", DIGITS, "count", count));
    }
    if (problems.isEmpty()) {
      int remainder = IdentifierText.weightedSum(digits, WEIGHTS) % 11;
      int check = digits.charAt(9) - '0';
      if (remainder == 10) {
        problems.add(TextChecks.PROBLEMS.keyed("NIP_CHECKSUM.remainder", "", CHECKSUM, "value", q));
      } else if (remainder != check) {
        problems.add(TextChecks.PROBLEMS.problem("", CHECKSUM, "value", q, "expected", remainder, "actual", check));
      }
    }
    String valid = digits;
    return IdentifierText.result(problems, () -> new Nip(valid));
  }

  /**
   * Reads a NIP or throws.
   *
   * @param text the NIP as written; see {@link #parse(CharSequence)}
   * @return the NIP
   * @throws InvalidInputException listing every problem of the input
   */
  public static Nip of(CharSequence text) {
    Validation<Seq<Problem>, Nip> result = parse(text);
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError());
    }
    return result.get();
  }

  /** The 10 digits, without prefix or separators, e.g. {@code 8567346215}. */
  public String value() {
    return value;
  }

  /** The NIP in the usual written form 3-3-2-2, e.g. {@code 856-734-62-15}. */
  public String formatted() {
    return value.substring(0, 3) + "-" + value.substring(3, 6) + "-" + value.substring(6, 8) + "-"
        + value.substring(8);
  }

  /** Two NIPs are equal when their digits are equal. */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Nip && value.equals(((Nip) other).value));
  }

  /** A hash code consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The 10 digits, as {@link #value()}. */
  @Override
  public String toString() {
    return value;
  }
}
