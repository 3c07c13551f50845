package pl.lsw.core.kernel;

import java.util.Random;

/**
 * Generators of {@link Money} and {@link Percent} for property tests: small and large amounts,
 * positive and negative, zero and the boundaries of the range, with a bias towards amounts a grant
 * application would hold.
 */
public final class MoneyGen {

  private MoneyGen() {}

  /** Any amount, mostly moderate, sometimes zero, negative or very large. */
  public static Money any(Random rnd) {
    switch (rnd.nextInt(10)) {
      case 0:
        return Money.ZERO;
      case 1:
        return Money.ofGrosze(rnd.nextLong());
      case 2:
        return Money.ofGrosze(rnd.nextInt(200) - 100);
      case 3:
        return Money.ofZloty(rnd.nextInt(20_001) - 10_000);
      default:
        long g = Math.floorMod(rnd.nextLong(), 1_000_000_000L);
        return Money.ofGrosze(rnd.nextBoolean() ? g : -g);
    }
  }

  /** An amount whose magnitude stays below 10^15 grosze, so that sums and differences of a few never overflow. */
  public static Money moderate(Random rnd) {
    long magnitude = Math.floorMod(rnd.nextLong(), 1_000_000_000_000_000L);
    long g = rnd.nextInt(3) == 0 ? magnitude : magnitude / 10_000_000;
    return Money.ofGrosze(rnd.nextBoolean() ? g : -g);
  }

  /** A non-negative moderate amount. */
  public static Money nonNegative(Random rnd) {
    return moderate(rnd).abs();
  }

  /** A positive moderate amount. */
  public static Money positive(Random rnd) {
    Money m = nonNegative(rnd);
    return m.isZero() ? Money.ofGrosze(1) : m;
  }

  /** A share between 0% and 100%, often a whole number, sometimes with up to four decimals. */
  public static Percent share(Random rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return Percent.of(rnd.nextInt(101));
      case 1:
        return rnd.nextBoolean() ? Percent.ZERO : Percent.HUNDRED;
      default:
        return Percent.of(java.math.BigDecimal.valueOf(rnd.nextInt(1_000_001), 4));
    }
  }
}
