package pl.lsw.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact percentage, such as {@code 80%} or {@code 12.5%}, held as a {@link BigDecimal} without
 * rounding. {@code Percent.of("80")} is eighty per cent; {@link #fraction()} is {@code 0.8}.
 *
 * <p>A percentage may be negative or above 100 (a ratio of two amounts can be anything); use
 * {@link #parseShare(CharSequence)} for inputs that must be a share between 0 and 100 inclusive.
 * Two percentages are equal when their values are numerically equal ({@code 80} equals {@code
 * 80.00}).
 *
 * <p>Polish: <i>procent / udział procentowy</i>.
 */
public final class Percent implements Comparable<Percent> {

  /** Zero per cent. */
  public static final Percent ZERO = new Percent(BigDecimal.ZERO);

  /** One hundred per cent: the whole. */
  public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

  /**
   * The longest text {@link #parse(CharSequence)} reads: 64 characters, white space and the per
   * cent sign included; a longer text is refused with {@code PERCENT_TOO_LONG} before any parsing.
   */
  public static final int MAX_TEXT_LENGTH = 64;

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private Percent(BigDecimal value) {
    this.value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** The percentage with the given exact value, e.g. {@code of(new BigDecimal("12.5"))} is 12.5%. */
  public static Percent of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return new Percent(value);
  }

  /** The percentage with the given whole value, e.g. {@code of(80)} is 80%. */
  public static Percent of(long value) {
    return new Percent(BigDecimal.valueOf(value));
  }

  /**
   * The percentage written in {@code text} (see {@link #parse(CharSequence)}).
   *
   * @throws InvalidInputException listing every problem of the text
   */
  public static Percent of(String text) {
    return Texts.orThrow(parse(text));
  }

  /** The percentage of the given number of basis points: {@code ofBasisPoints(1250)} is 12.5%. */
  public static Percent ofBasisPoints(long basisPoints) {
    return new Percent(BigDecimal.valueOf(basisPoints, 2));
  }

  /** The percentage equal to the given fraction: {@code ofFraction(0.2)} is 20%. */
  public static Percent ofFraction(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction");
    return new Percent(fraction.movePointRight(2));
  }

  /**
   * Parses a percentage: digits with an optional decimal comma or point, an optional leading
   * minus and an optional trailing {@code %} (spaces allowed before it), e.g. {@code "80%"},
   * {@code "12,5%"}, {@code "12.5 %"}, {@code "100"}. Problem codes: {@code PERCENT_EMPTY} for
   * null or blank text, {@code PERCENT_TOO_LONG} for a text of more than {@value
   * #MAX_TEXT_LENGTH} characters (refused before any parsing), {@code PERCENT_FORMAT} for anything
   * else that is not such a number.
   */
  public static Validation<Seq<Problem>, Percent> parse(CharSequence text) {
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      return Validation.invalid(List.of(Texts.tooLong("PERCENT_TOO_LONG", text, MAX_TEXT_LENGTH)));
    }
    if (text == null || Texts.strip(text.toString()).isEmpty()) {
      return Validation.invalid(
          List.of(TextChecks.PROBLEMS.problem("", "PERCENT_EMPTY")));
    }
    String original = text.toString();
    String s = Texts.strip(original);
    if (s.endsWith("%")) {
      s = Texts.strip(s.substring(0, s.length() - 1));
    }
    if (!s.matches("[-\u2212]?[0-9]+([.,][0-9]+)?")) {
      return Validation.invalid(
          List.of(
              TextChecks.PROBLEMS.problem("", "PERCENT_FORMAT", "value", original)));
    }
    s = s.replace('\u2212', '-').replace(',', '.');
    return Validation.valid(new Percent(new BigDecimal(s)));
  }

  /**
   * Parses a share: like {@link #parse(CharSequence)} but the value must lie between 0 and 100
   * inclusive; otherwise the problem code is {@code PERCENT_RANGE}.
   */
  public static Validation<Seq<Problem>, Percent> parseShare(CharSequence text) {
    return parse(text)
        .flatMap(
            p ->
                p.isShare()
                    ? Validation.valid(p)
                    : Validation.invalid(
                        List.of(
                            TextChecks.PROBLEMS.problem("", "PERCENT_RANGE", "value", text.toString()))));
  }

  /** The exact value in per cent: {@code 12.5} for 12.5%. */
  public BigDecimal value() {
    return value;
  }

  /** The exact fraction: {@code 0.125} for 12.5%. */
  public BigDecimal fraction() {
    return value.divide(ONE_HUNDRED);
  }

  /** Whether this percentage lies between 0 and 100 inclusive. */
  public boolean isShare() {
    return value.signum() >= 0 && value.compareTo(ONE_HUNDRED) <= 0;
  }

  /** Compares numerically. */
  @Override
  public int compareTo(Percent other) {
    return value.compareTo(other.value);
  }

  /** Whether this percentage is strictly greater than {@code other}. */
  public boolean isGreaterThan(Percent other) {
    return compareTo(other) > 0;
  }

  /** Whether this percentage is at most {@code other}. */
  public boolean isAtMost(Percent other) {
    return compareTo(other) <= 0;
  }

  /** Whether this percentage is strictly less than {@code other}. */
  public boolean isLessThan(Percent other) {
    return compareTo(other) < 0;
  }

  /** Whether this percentage is at least {@code other}. */
  public boolean isAtLeast(Percent other) {
    return compareTo(other) >= 0;
  }

  /** The smaller of the two percentages. */
  public Percent min(Percent other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The larger of the two percentages. */
  public Percent max(Percent other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Polish notation with a decimal comma: {@code 12,5%}. */
  public String formatPolish() {
    return value.toPlainString().replace('.', ',') + "%";
  }

  /** Numerical equality: {@code 80%} equals {@code 80.00%}. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Percent && ((Percent) o).value.equals(value);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Plain notation with a decimal point: {@code 12.5%}. */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
