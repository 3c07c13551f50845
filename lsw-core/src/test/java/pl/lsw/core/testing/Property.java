package pl.lsw.core.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * A minimal property runner for plain JUnit 5: runs a check on many seeded random generators and,
 * when one run fails, rethrows with the seed in the message so the run can be replayed with
 * {@code -Dlsw.seed=<seed>}.
 *
 * <pre>{@code
 * Property.forAll("adding zero changes nothing", 500, rnd -> {
 *   Money m = MoneyGen.any(rnd);
 *   assertEquals(m, m.add(Money.ZERO));
 * });
 * }</pre>
 */
public final class Property {

  /** Default number of tries. */
  public static final int DEFAULT_TRIES = 300;

  private Property() {}

  /** Runs {@code check} {@link #DEFAULT_TRIES} times. */
  public static void forAll(String name, Consumer<Random> check) {
    forAll(name, DEFAULT_TRIES, check);
  }

  /**
   * Runs {@code check} {@code tries} times, each with a {@link Random} seeded from one master
   * seed. The master seed is {@code -Dlsw.seed} when given, otherwise fresh; it is printed in the
   * failure message together with the number of the failing try.
   */
  public static void forAll(String name, int tries, Consumer<Random> check) {
    String fixed = System.getProperty("lsw.seed");
    long master = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
    Random seeds = new Random(master);
    for (int i = 0; i < tries; i++) {
      long seed = seeds.nextLong();
      try {
        check.accept(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "property '" + name + "' failed on try " + (i + 1) + " of " + tries
                + "; replay with -Dlsw.seed=" + master + " (try seed " + seed + "): " + e.getMessage(),
            e);
      }
    }
  }
}
