package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentTest {

  @ParameterizedTest(name = "''{0}'' is {1}%")
  @CsvSource(
      delimiter = '|',
      value = {"80%|80", "12,5%|12.5", "12.5 %|12.5", "100|100", "0%|0", "150%|150", "-5%|-5", " 7,25\u00A0%|7.25"})
  void percentages_are_read_with_comma_or_point(String text, String value) {
    assertEquals(Percent.of(new BigDecimal(value)), Percent.parse(text).get());
  }

  @ParameterizedTest(name = "''{0}'' is not a percentage")
  @ValueSource(strings = {"abc", "80%%", "%", "12,", "1.2.3", "NaN", "1e2"})
  void malformed_percentages_are_a_format_problem(String text) {
    assertEquals("PERCENT_FORMAT", Percent.parse(text).getError().head().code());
  }

  @Test
  void empty_percentage_is_an_empty_problem() {
    assertEquals("PERCENT_EMPTY", Percent.parse(null).getError().head().code());
    assertEquals("PERCENT_EMPTY", Percent.parse(" ").getError().head().code());
  }

  @Test
  void a_share_must_lie_between_0_and_100_percent_inclusive() {
    assertEquals(Percent.HUNDRED, Percent.parseShare("100%").get());
    assertEquals(Percent.ZERO, Percent.parseShare("0%").get());
    assertEquals("PERCENT_RANGE", Percent.parseShare("100,01%").getError().head().code());
    assertEquals("PERCENT_RANGE", Percent.parseShare("-0,01%").getError().head().code());
    assertEquals("PERCENT_FORMAT", Percent.parseShare("x").getError().head().code());
  }

  @Test
  void equal_values_are_equal_whatever_their_scale() {
    assertEquals(Percent.of("80"), Percent.of(new BigDecimal("80.00")));
    assertEquals(Percent.of("80").hashCode(), Percent.of(new BigDecimal("80.00")).hashCode());
    assertEquals(Percent.of("12.5"), Percent.ofBasisPoints(1250));
    assertEquals(Percent.of(20), Percent.ofFraction(new BigDecimal("0.2")));
    assertEquals(new BigDecimal("0.125"), Percent.of("12,5").fraction());
    assertEquals(Percent.ZERO, Percent.of(new BigDecimal("0.000")));
  }

  @Test
  void comparisons_and_text() {
    assertTrue(Percent.of(81).isGreaterThan(Percent.of(80)));
    assertTrue(Percent.of(80).isAtMost(Percent.of(80)));
    assertTrue(Percent.of(80).isAtLeast(Percent.of(80)));
    assertTrue(Percent.of(79).isLessThan(Percent.of(80)));
    assertFalse(Percent.of(80).isLessThan(Percent.of(80)));
    assertEquals(Percent.of(79), Percent.of(79).min(Percent.of(80)));
    assertEquals(Percent.of(80), Percent.of(79).max(Percent.of(80)));
    assertEquals("12.5%", Percent.of("12,5").toString());
    assertEquals("12,5%", Percent.of("12.5").formatPolish());
    assertEquals("100%", Percent.HUNDRED.toString());
    assertTrue(Percent.of(50).isShare());
    assertFalse(Percent.of(101).isShare());
  }

  @Test
  void every_percentage_reads_back_from_its_plain_and_polish_text() {
    pl.lsw.core.testing.Property.forAll("percent round trip", 500, rnd -> {
      Percent p = rnd.nextBoolean() ? MoneyGen.share(rnd) : Percent.ofBasisPoints(rnd.nextLong() % 10_000_000L);
      assertEquals(p, Percent.parse(p.toString()).get());
      assertEquals(p, Percent.parse(p.formatPolish()).get());
      assertEquals(p.isShare(), Percent.parseShare(p.toString()).isValid());
    });
  }

  @Test
  void the_throwing_factory_reports_the_problem() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Percent.of("abc"));
    assertEquals("PERCENT_FORMAT", e.problems().get(0).code());
    assertTrue(e.getMessage().contains("'abc'"));
  }
}
