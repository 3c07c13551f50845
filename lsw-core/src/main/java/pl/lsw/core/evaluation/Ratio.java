package pl.lsw.core.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import pl.lsw.core.kernel.Percent;

/**
 * An exact rational number (a reduced fraction with a positive denominator), the form of every
 * measure of this package: a density of {@code 2/3} stays {@code 2/3} and compares exactly with a
 * threshold. It is rounded only when written for people: {@link #decimal()} to {@value
 * #DEFAULT_SCALE} decimal places, {@link #percent()} to {@value #PERCENT_SCALE} decimal places of
 * a per cent, both half-up.
 *
 * <p>Polish: <i>iloraz (ułamek dokładny)</i>.
 */
public final class Ratio implements Comparable<Ratio> {

  /** The decimal places of {@link #decimal()}. */
  public static final int DEFAULT_SCALE = 4;

  /** The decimal places of a per cent in {@link #percent()}. */
  public static final int PERCENT_SCALE = 2;

  /** Zero. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @throws ArithmeticException when the denominator is zero
   */
  public static Ratio of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** The whole number {@code value}. */
  public static Ratio of(long value) {
    return of(value, 1);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @throws ArithmeticException when the denominator is zero
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() == 0) {
      return ZERO;
    }
    return new Ratio(numerator.divide(gcd), denominator.divide(gcd));
  }

  /** The exact value of a decimal number, e.g. {@code 3.3003}. */
  public static Ratio of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() <= 0
        ? of(v.toBigIntegerExact(), BigInteger.ONE)
        : of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  /** The exact fraction of a percentage: {@code 12.5%} is {@code 1/8}. */
  public static Ratio ofPercent(Percent percent) {
    return of(percent.value()).divide(of(100));
  }

  /** The reduced numerator. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The reduced denominator, always positive. */
  public BigInteger denominator() {
    return denominator;
  }

  /** The sum. */
  public Ratio add(Ratio other) {
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** The difference {@code this - other}. */
  public Ratio subtract(Ratio other) {
    return add(other.negate());
  }

  /** The product. */
  public Ratio multiply(Ratio other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The quotient {@code this / other}.
   *
   * @throws ArithmeticException when {@code other} is zero
   */
  public Ratio divide(Ratio other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** The negated value. */
  public Ratio negate() {
    return new Ratio(numerator.negate(), denominator);
  }

  /** {@code -1}, {@code 0} or {@code 1} as this value is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Whether this is strictly greater than {@code other}. */
  public boolean isGreaterThan(Ratio other) {
    return compareTo(other) > 0;
  }

  /** Whether this is strictly less than {@code other}. */
  public boolean isLessThan(Ratio other) {
    return compareTo(other) < 0;
  }

  /** The value rounded half-up to {@value #DEFAULT_SCALE} decimal places, e.g. {@code 0.6667}. */
  public BigDecimal decimal() {
    return decimal(DEFAULT_SCALE);
  }

  /** The value rounded half-up to {@code scale} decimal places. */
  public BigDecimal decimal(int scale) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  /**
   * The value as a percentage rounded half-up to {@value #PERCENT_SCALE} decimal places:
   * {@code 2/3} is {@code 66.67%}. For exact comparisons use the ratio itself.
   */
  public Percent percent() {
    return Percent.of(new BigDecimal(numerator.multiply(HUNDRED))
        .divide(new BigDecimal(denominator), PERCENT_SCALE, RoundingMode.HALF_UP));
  }

  /** Compares exactly. */
  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Exact equality (both are reduced). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio && ((Ratio) o).numerator.equals(numerator)
        && ((Ratio) o).denominator.equals(denominator);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  /** The fraction and its decimal: {@code 2/3 (0.6667)}; a whole number as itself. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator + " (" + decimal().toPlainString() + ")";
  }
}
