package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Property;

class MoneyPropertyTest {

  private static final RoundingMode[] MODES = {
    RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
    RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN
  };

  @Test
  void subtracting_what_was_added_gives_the_amount_back() {
    Property.forAll("add/subtract inverse", 1000, rnd -> {
      Money a = MoneyGen.moderate(rnd);
      Money b = MoneyGen.moderate(rnd);
      assertEquals(a, a.add(b).subtract(b));
      assertEquals(a.subtract(b), a.add(b.negate()));
    });
  }

  @Test
  void addition_is_commutative_and_associative_with_zero_as_neutral() {
    Property.forAll("add commutative", 1000, rnd -> {
      Money a = MoneyGen.moderate(rnd);
      Money b = MoneyGen.moderate(rnd);
      Money c = MoneyGen.moderate(rnd);
      assertEquals(a.add(b), b.add(a));
      assertEquals(a.add(b).add(c), a.add(b.add(c)));
      assertEquals(a, a.add(Money.ZERO));
      assertEquals(a.add(b).add(c), Money.sum(List.of(a, b, c)));
    });
  }

  @Test
  void times_is_repeated_addition() {
    Property.forAll("times", 500, rnd -> {
      Money a = MoneyGen.moderate(rnd);
      int n = rnd.nextInt(30);
      Money sum = Money.ZERO;
      for (int i = 0; i < n; i++) {
        sum = sum.add(a);
      }
      assertEquals(sum, a.times(n));
    });
  }

  @Test
  void polish_and_plain_text_read_back_as_the_same_amount() {
    Property.forAll("format/parse round trip", 2000, rnd -> {
      Money m = MoneyGen.any(rnd);
      assertEquals(m, Money.parseOrThrow(m.formatPolish()));
      assertEquals(m, Money.parseOrThrow(m.formatPlain()));
      assertEquals(m, Money.parseOrThrow(m.toString()));
      assertEquals(m, Money.of(m.toBigDecimal()));
    });
  }

  @Test
  void parse_non_negative_refuses_exactly_the_negative_amounts() {
    AtomicInteger negatives = new AtomicInteger();
    AtomicInteger others = new AtomicInteger();
    Property.forAll("non-negative parse", 1000, rnd -> {
      Money m = MoneyGen.any(rnd);
      var parsed = Money.parseNonNegative(m.formatPolish());
      if (m.isNegative()) {
        negatives.incrementAndGet();
        assertEquals("MONEY_NEGATIVE", parsed.getError().head().code());
      } else {
        others.incrementAndGet();
        assertEquals(m, parsed.get());
      }
    });
    assertTrue(negatives.get() > 0 && others.get() > 0, "both outcomes must be generated");
  }

  @Test
  void comparison_agrees_with_the_sign_of_the_difference() {
    Property.forAll("compare", 1000, rnd -> {
      Money a = MoneyGen.moderate(rnd);
      Money b = rnd.nextInt(5) == 0 ? a : MoneyGen.moderate(rnd);
      assertEquals(Integer.signum(a.compareTo(b)), a.subtract(b).isZero() ? 0 : a.subtract(b).isNegative() ? -1 : 1);
      assertEquals(a.isAtMost(b), !a.isGreaterThan(b));
      assertEquals(a.min(b).add(a.max(b)), a.add(b));
    });
  }

  @Test
  void a_larger_share_is_never_a_smaller_amount_and_stays_within_the_whole() {
    Property.forAll("share monotonic", 1000, rnd -> {
      Money whole = MoneyGen.nonNegative(rnd);
      Percent p = MoneyGen.share(rnd);
      Percent q = MoneyGen.share(rnd);
      RoundingMode mode = MODES[rnd.nextInt(MODES.length)];
      Percent lo = p.min(q);
      Percent hi = p.max(q);
      Money small = whole.share(lo, mode);
      Money large = whole.share(hi, mode);
      assertTrue(small.isAtMost(large), small + " of " + lo + " > " + large + " of " + hi);
      assertTrue(large.isAtMost(whole) && !small.isNegative());
    });
  }

  @Test
  void rounding_down_and_up_bracket_the_exact_share_within_one_grosz() {
    Property.forAll("share bracket", 1000, rnd -> {
      Money whole = MoneyGen.moderate(rnd);
      Percent p = MoneyGen.share(rnd);
      Money floor = whole.share(p, RoundingMode.FLOOR);
      Money ceiling = whole.share(p, RoundingMode.CEILING);
      assertTrue(floor.isAtMostShareOf(p, whole));
      assertTrue(ceiling.isAtLeastShareOf(p, whole));
      assertTrue(ceiling.subtract(floor).grosze() <= 1);
    });
  }

  @Test
  void the_exact_share_check_agrees_with_the_computed_share() {
    AtomicInteger within = new AtomicInteger();
    AtomicInteger beyond = new AtomicInteger();
    Property.forAll("share check", 1000, rnd -> {
      Money whole = MoneyGen.positive(rnd);
      Money part = whole.share(MoneyGen.share(rnd), RoundingMode.HALF_UP)
          .add(Money.ofGrosze(rnd.nextInt(3) - 1));
      Percent limit = MoneyGen.share(rnd);
      boolean atMost = part.isAtMostShareOf(limit, whole);
      if (atMost) {
        within.incrementAndGet();
      } else {
        beyond.incrementAndGet();
      }
      java.math.BigDecimal exact;
      try {
        exact = part.toBigDecimal().multiply(java.math.BigDecimal.valueOf(100))
            .divide(whole.toBigDecimal());
      } catch (ArithmeticException nonTerminating) {
        return;
      }
      // the share is exact here, so comparing it must give the same answer
      assertEquals(exact.compareTo(part.shareOf(whole).value()), 0);
      assertEquals(atMost, part.shareOf(whole).isAtMost(limit));
    });
    assertTrue(within.get() > 0 && beyond.get() > 0, "both outcomes must be generated");
  }
}
