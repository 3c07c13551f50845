package pl.lsw.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.testing.Property;

class RatioTest {

  @Test
  void a_ratio_is_reduced_exact_and_rounded_only_when_written() {
    assertEquals(Ratio.of(2, 3), Ratio.of(-4, -6));
    assertEquals("2/3 (0.6667)", Ratio.of(4, 6).toString());
    assertEquals("3", Ratio.of(6, 2).toString());
    assertEquals(new BigDecimal("0.6667"), Ratio.of(2, 3).decimal());
    assertEquals(Percent.of("66.67"), Ratio.of(2, 3).percent());
    assertEquals(Ratio.of(1, 8), Ratio.ofPercent(Percent.of("12.5")));
    assertEquals(Ratio.of(33003, 10000), Ratio.of(new BigDecimal("3.3003")));
    assertEquals(Ratio.of(100), Ratio.of(new BigDecimal("1E+2")));
    assertTrue(Ratio.of(1001, 100).isGreaterThan(Ratio.of(10)));
    assertThrows(ArithmeticException.class, () -> Ratio.of(1, 0));
    assertThrows(ArithmeticException.class, () -> Ratio.ONE.divide(Ratio.ZERO));
  }

  @Test
  void arithmetic_agrees_with_big_decimal() {
    Property.forAll("ratio arithmetic", rnd -> {
      Ratio a = Ratio.of(rnd.nextInt(2001) - 1000, 1 + rnd.nextInt(50));
      Ratio b = Ratio.of(rnd.nextInt(2001) - 1000, 1 + rnd.nextInt(50));
      assertEquals(a, a.add(b).subtract(b));
      if (b.signum() != 0) {
        assertEquals(a, a.multiply(b).divide(b));
      }
      assertEquals(Integer.signum(a.decimal(20).compareTo(b.decimal(20))),
          Integer.signum(a.compareTo(b)));
    });
  }
}
