package pl.lsw.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of Polish złoty, held as a whole number of grosze in a {@code long}. There is
 * no floating point anywhere: arithmetic is exact and throws {@link ArithmeticException} on
 * overflow instead of wrapping; percentages are applied with an explicit {@link RoundingMode}.
 *
 * <p>Polish: <i>kwota pieniężna</i> (pieniądz, złote i grosze).
 *
 * <h2>Text forms</h2>
 *
 * <ul>
 *   <li>{@link #formatPolish()}: {@code 10 000,00 zł} — groups of three digits separated by a
 *       plain space (U+0020), a decimal comma, always two decimals, the suffix {@code zł}.
 *   <li>{@link #formatPlain()}: {@code 10000.00} — no grouping, a decimal point, two decimals.
 *   <li>{@link #toString()}: the plain form followed by {@code " PLN"}, e.g. {@code 10000.00 PLN}.
 * </ul>
 *
 * <p>{@link #parse(CharSequence)} reads all three forms back, so {@code parse(m.formatPolish())}
 * and {@code parse(m.formatPlain())} give {@code m} again. The grammar it accepts:
 *
 * <ul>
 *   <li>an optional leading minus ({@code -} or U+2212);
 *   <li>the whole złoty, either plain digits ({@code 10000}) or groups of three digits separated
 *       by one space, no-break space (U+00A0) or narrow no-break space (U+202F), e.g. {@code 10 000};
 *   <li>optionally a decimal separator, comma or point, followed by one or two digits;
 *   <li>optionally the currency, {@code zł} or {@code PLN} (any case), with or without a space.
 * </ul>
 *
 * <p>Decisions on ambiguous text: the comma and the point are both <em>decimal</em> separators,
 * never thousands separators. So {@code "1,234"} has three decimals and is refused with {@code
 * MONEY_SCALE} (it is not read as one thousand two hundred thirty-four), and {@code "10.000,00"}
 * (a point as thousands separator, common in German) is refused with {@code MONEY_FORMAT}, since it
 * has two decimal separators. Only spaces group thousands.
 *
 * <p>Problem codes: {@code MONEY_EMPTY} (null or blank), {@code MONEY_FORMAT} (not an amount, e.g.
 * {@code abc}, {@code NaN}, {@code Infinity}, misplaced separators), {@code MONEY_SCALE} (more than
 * two decimals), {@code MONEY_NEGATIVE} (a negative amount where it is forbidden), {@code
 * MONEY_OVERFLOW} (beyond the range of a {@code long} number of grosze), {@code MONEY_TOO_LONG}
 * (a text of more than {@value #MAX_TEXT_LENGTH} characters, white space and currency included,
 * refused before any parsing).
 */
public final class Money implements Comparable<Money> {

  /** Zero złoty. */
  public static final Money ZERO = new Money(0);

  /**
   * The longest text {@link #parse(CharSequence)} reads: 64 characters, white space and currency
   * included. Every amount of the range of a {@code long} number of grosze fits with room to
   * spare; a longer text is refused with {@code MONEY_TOO_LONG} before any parsing.
   */
  public static final int MAX_TEXT_LENGTH = 64;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MAX_GROSZE = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal MIN_GROSZE = BigDecimal.valueOf(Long.MIN_VALUE);

  private final long grosze;

  private Money(long grosze) {
    this.grosze = grosze;
  }

  /** The amount of the given number of grosze: {@code ofGrosze(1050)} is 10,50 zł. */
  public static Money ofGrosze(long grosze) {
    return grosze == 0 ? ZERO : new Money(grosze);
  }

  /**
   * The amount of the given number of whole złoty: {@code ofZloty(10_000)} is 10 000,00 zł.
   *
   * @throws ArithmeticException if the amount in grosze does not fit in a {@code long}
   */
  public static Money ofZloty(long zloty) {
    return ofGrosze(Math.multiplyExact(zloty, 100L));
  }

  /**
   * The amount of the given exact number of złoty, e.g. {@code of(new BigDecimal("12345.67"))}.
   * Trailing zeros do not count as decimals ({@code 1.500} is accepted as 1,50 zł).
   *
   * @throws InvalidInputException with {@code MONEY_SCALE} if the value has more than two
   *     significant decimals, or {@code MONEY_OVERFLOW} if it is out of range
   */
  public static Money of(BigDecimal zloty) {
    return Texts.orThrow(validate(zloty));
  }

  /**
   * The amount written in {@code text}; see the class documentation for the accepted forms.
   *
   * @throws InvalidInputException listing every problem of the text
   */
  public static Money of(String text) {
    return parseOrThrow(text);
  }

  /**
   * Non-throwing variant of {@link #of(BigDecimal)}: the amount, or the problems {@code
   * MONEY_EMPTY} (null), {@code MONEY_SCALE}, {@code MONEY_OVERFLOW}.
   */
  public static Validation<Seq<Problem>, Money> validate(BigDecimal zloty) {
    if (zloty == null) {
      return Validation.invalid(
          List.of(TextChecks.PROBLEMS.problem("", "MONEY_EMPTY")));
    }
    BigDecimal stripped = zloty.signum() == 0 ? BigDecimal.ZERO : zloty.stripTrailingZeros();
    if (stripped.scale() > 2) {
      return Validation.invalid(List.of(scaleProblem(zloty.toPlainString())));
    }
    BigDecimal grosze = stripped.movePointRight(2);
    if (grosze.compareTo(MAX_GROSZE) > 0 || grosze.compareTo(MIN_GROSZE) < 0) {
      return Validation.invalid(List.of(overflowProblem(zloty.toPlainString())));
    }
    return Validation.valid(ofGrosze(grosze.longValueExact()));
  }

  /**
   * Parses an amount in Polish or plain notation, e.g. {@code "10 000,00 zł"}, {@code "10 000
   * zł"}, {@code "10000,5"}, {@code "1 234 567,89 PLN"}, {@code "-15,20"}, {@code "10000.00"}.
   * Collects every problem found; see the class documentation for the grammar and the codes.
   */
  public static Validation<Seq<Problem>, Money> parse(CharSequence text) {
    return parse(text, true);
  }

  /**
   * Like {@link #parse(CharSequence)}, but a negative amount is a problem too ({@code
   * MONEY_NEGATIVE}); use it for inputs such as a requested grant, where a minus makes no sense.
   * Zero is accepted.
   */
  public static Validation<Seq<Problem>, Money> parseNonNegative(CharSequence text) {
    return parse(text, false);
  }

  /**
   * Throwing variant of {@link #parse(CharSequence)}.
   *
   * @throws InvalidInputException listing every problem of the text
   */
  public static Money parseOrThrow(CharSequence text) {
    return Texts.orThrow(parse(text));
  }

  private static Validation<Seq<Problem>, Money> parse(CharSequence text, boolean negativeAllowed) {
    if (text == null) {
      return Validation.invalid(
          List.of(TextChecks.PROBLEMS.problem("", "MONEY_EMPTY")));
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      return Validation.invalid(List.of(Texts.tooLong("MONEY_TOO_LONG", text, MAX_TEXT_LENGTH)));
    }
    String original = text.toString();
    String s = Texts.strip(original);
    if (s.isEmpty()) {
      return Validation.invalid(
          List.of(TextChecks.PROBLEMS.keyed("MONEY_EMPTY.text", "", "MONEY_EMPTY")));
    }
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("zł")) {
      s = Texts.strip(s.substring(0, s.length() - 2));
    } else if (lower.endsWith("pln")) {
      s = Texts.strip(s.substring(0, s.length() - 3));
    }
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212')) {
      negative = true;
      s = s.substring(1);
    }
    Problem format =
        TextChecks.PROBLEMS.problem("", "MONEY_FORMAT", "value", original);
    int comma = s.indexOf(',');
    int point = s.indexOf('.');
    if (comma >= 0 && point >= 0
        || comma >= 0 && s.indexOf(',', comma + 1) >= 0
        || point >= 0 && s.indexOf('.', point + 1) >= 0) {
      return Validation.invalid(List.of(format));
    }
    int sep = Math.max(comma, point);
    String whole = sep >= 0 ? s.substring(0, sep) : s;
    String fraction = sep >= 0 ? s.substring(sep + 1) : "";
    String digits = wholeDigits(whole);
    if (digits == null
        || sep >= 0 && (fraction.isEmpty() || !fraction.chars().allMatch(Money::isAsciiDigit))) {
      return Validation.invalid(List.of(format));
    }
    List<Problem> problems = List.empty();
    if (negative && !negativeAllowed && !(digits + fraction).chars().allMatch(c -> c == '0')) {
      problems =
          problems.append(
              TextChecks.PROBLEMS.problem("", "MONEY_NEGATIVE", "value", original));
    }
    if (fraction.length() > 2) {
      problems = problems.append(scaleProblem(original));
    }
    BigInteger grosze =
        new BigInteger(digits)
            .multiply(BigInteger.valueOf(100))
            .add(fraction.isEmpty() || fraction.length() > 2
                ? BigInteger.ZERO
                : new BigInteger(fraction.length() == 1 ? fraction + "0" : fraction));
    if (negative) {
      grosze = grosze.negate();
    }
    if (grosze.bitLength() > 63) {
      problems = problems.append(overflowProblem(original));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Validation.valid(ofGrosze(grosze.longValueExact()));
  }

  /** The digits of the whole part, without group separators; null if it is malformed. */
  private static String wholeDigits(String whole) {
    if (whole.isEmpty()) {
      return null;
    }
    StringBuilder digits = new StringBuilder(whole.length());
    int groupLength = 0;
    boolean grouped = false;
    for (int i = 0; i < whole.length(); i++) {
      char c = whole.charAt(i);
      if (isAsciiDigit(c)) {
        digits.append(c);
        groupLength++;
      } else if (c == ' ' || c == '\u00A0' || c == '\u202F') {
        // the first group has 1 to 3 digits, every later one exactly 3
        if (groupLength == 0 || groupLength > 3 || grouped && groupLength != 3) {
          return null;
        }
        grouped = true;
        groupLength = 0;
      } else {
        return null;
      }
    }
    if (groupLength == 0 || grouped && groupLength != 3) {
      return null;
    }
    return digits.toString();
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static Problem scaleProblem(String input) {
    return TextChecks.PROBLEMS.problem("", "MONEY_SCALE", "value", input);
  }

  private static Problem overflowProblem(String input) {
    return TextChecks.PROBLEMS.problem("", "MONEY_OVERFLOW", "value", input);
  }

  /** The exact number of grosze: 1050 for 10,50 zł. */
  public long grosze() {
    return grosze;
  }

  /** The exact number of złoty with two decimals: {@code 10.50} for 10,50 zł. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(grosze, 2);
  }

  /** The sum; throws {@link ArithmeticException} on overflow. */
  public Money add(Money other) {
    return ofGrosze(Math.addExact(grosze, other.grosze));
  }

  /** The difference; throws {@link ArithmeticException} on overflow. */
  public Money subtract(Money other) {
    return ofGrosze(Math.subtractExact(grosze, other.grosze));
  }

  /** The opposite amount; throws {@link ArithmeticException} on overflow. */
  public Money negate() {
    return ofGrosze(Math.negateExact(grosze));
  }

  /** The absolute amount; throws {@link ArithmeticException} on overflow. */
  public Money abs() {
    return grosze < 0 ? negate() : this;
  }

  /**
   * This amount taken {@code count} times, e.g. 21 monthly salaries of 6 500 zł; throws {@link
   * ArithmeticException} on overflow.
   */
  public Money times(long count) {
    return ofGrosze(Math.multiplyExact(grosze, count));
  }

  /**
   * The given share of this amount, rounded to whole grosze with {@code mode}: 80% of 12 345,67
   * zł is 9 876,536 zł, so 9 876,54 zł with {@link RoundingMode#HALF_UP} and 9 876,53 zł with
   * {@link RoundingMode#DOWN}.
   *
   * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding
   *     is needed, or on overflow
   */
  public Money share(Percent percent, RoundingMode mode) {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(mode, "mode");
    BigDecimal exact = BigDecimal.valueOf(grosze).multiply(percent.value()).divide(HUNDRED);
    return ofGrosze(exact.setScale(0, mode).longValueExact());
  }

  /**
   * What per cent of {@code whole} this amount is, exact when the quotient has a finite decimal
   * expansion and otherwise rounded half-even to ten decimal places (1 of 3 zł is
   * 33.3333333333%). For decisions such as "at most 20% of the budget" use the exact {@link
   * #isAtMostShareOf(Percent, Money)} instead.
   *
   * @throws ArithmeticException if {@code whole} is zero
   */
  public Percent shareOf(Money whole) {
    if (whole.isZero()) {
      throw new ArithmeticException("the share of a zero amount is undefined");
    }
    BigDecimal numerator = BigDecimal.valueOf(grosze).multiply(HUNDRED);
    BigDecimal denominator = BigDecimal.valueOf(whole.grosze);
    try {
      return Percent.of(numerator.divide(denominator));
    } catch (ArithmeticException nonTerminating) {
      return Percent.of(numerator.divide(denominator, 10, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * The exact ratio of this amount to {@code whole} as a fraction ({@code 0.2} for a fifth),
   * rounded half-even to {@code scale} decimals.
   *
   * @throws ArithmeticException if {@code whole} is zero
   */
  public BigDecimal ratio(Money whole, int scale) {
    if (whole.isZero()) {
      throw new ArithmeticException("the ratio to a zero amount is undefined");
    }
    return BigDecimal.valueOf(grosze).divide(BigDecimal.valueOf(whole.grosze), scale, RoundingMode.HALF_EVEN);
  }

  /**
   * Compares this amount with the exact given share of {@code whole}, without any rounding:
   * negative, zero or positive as this amount is below, equal to or above {@code percent} of
   * {@code whole}.
   */
  public int compareToShareOf(Percent percent, Money whole) {
    BigDecimal left = BigDecimal.valueOf(grosze).multiply(HUNDRED);
    BigDecimal right = BigDecimal.valueOf(whole.grosze).multiply(percent.value());
    return left.compareTo(right);
  }

  /**
   * Whether this amount is at most {@code percent} of {@code whole}, decided exactly: 2 000,00 zł
   * is at most 20% of 10 000,00 zł, 2 000,01 zł is not.
   */
  public boolean isAtMostShareOf(Percent percent, Money whole) {
    return compareToShareOf(percent, whole) <= 0;
  }

  /** Whether this amount is at least {@code percent} of {@code whole}, decided exactly. */
  public boolean isAtLeastShareOf(Percent percent, Money whole) {
    return compareToShareOf(percent, whole) >= 0;
  }

  /** Compares by amount. */
  @Override
  public int compareTo(Money other) {
    return Long.compare(grosze, other.grosze);
  }

  /** Whether this amount is below zero. */
  public boolean isNegative() {
    return grosze < 0;
  }

  /** Whether this amount is zero. */
  public boolean isZero() {
    return grosze == 0;
  }

  /** Whether this amount is above zero. */
  public boolean isPositive() {
    return grosze > 0;
  }

  /** Whether this amount is strictly greater than {@code other}. */
  public boolean isGreaterThan(Money other) {
    return grosze > other.grosze;
  }

  /** Whether this amount is at least {@code other}. */
  public boolean isAtLeast(Money other) {
    return grosze >= other.grosze;
  }

  /** Whether this amount is strictly less than {@code other}. */
  public boolean isLessThan(Money other) {
    return grosze < other.grosze;
  }

  /** Whether this amount is at most {@code other}: 10 000,00 zł is at most 10 000,00 zł. */
  public boolean isAtMost(Money other) {
    return grosze <= other.grosze;
  }

  /** The smaller of the two amounts. */
  public Money min(Money other) {
    return grosze <= other.grosze ? this : other;
  }

  /** The larger of the two amounts. */
  public Money max(Money other) {
    return grosze >= other.grosze ? this : other;
  }

  /** The sum of all amounts, {@link #ZERO} for none; throws {@link ArithmeticException} on overflow. */
  public static Money sum(Iterable<Money> amounts) {
    long total = 0;
    for (Money m : amounts) {
      total = Math.addExact(total, m.grosze);
    }
    return ofGrosze(total);
  }

  /** Polish notation: {@code 10 000,00 zł}, {@code -1 234,56 zł}; plain spaces group thousands. */
  public String formatPolish() {
    String digits = absoluteDigits();
    String whole = digits.substring(0, digits.length() - 2);
    StringBuilder out = new StringBuilder();
    if (grosze < 0) {
      out.append('-');
    }
    int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, first);
    for (int i = first; i < whole.length(); i += 3) {
      out.append(' ').append(whole, i, i + 3);
    }
    return out.append(',').append(digits, digits.length() - 2, digits.length()).append(" zł").toString();
  }

  /** Plain notation: {@code 10000.00}, {@code -1234.56}; no grouping, a decimal point. */
  public String formatPlain() {
    return toBigDecimal().toPlainString();
  }

  /** The absolute number of grosze as at least three digits. */
  private String absoluteDigits() {
    String digits = BigInteger.valueOf(grosze).abs().toString();
    while (digits.length() < 3) {
      digits = "0" + digits;
    }
    return digits;
  }

  /** Equal when the number of grosze is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Money && ((Money) o).grosze == grosze;
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Long.hashCode(grosze);
  }

  /** The plain notation followed by the currency code: {@code 10000.00 PLN}. */
  @Override
  public String toString() {
    return formatPlain() + " PLN";
  }
}
