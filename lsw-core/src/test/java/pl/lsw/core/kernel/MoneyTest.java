package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static List<String> codes(Validation<Seq<Problem>, ?> v) {
    assertTrue(v.isInvalid(), () -> "expected problems but got " + v);
    return v.getError().map(Problem::code).toJavaList();
  }

  private static Money zl(String text) {
    return Money.parseOrThrow(text);
  }

  @ParameterizedTest(name = "''{0}'' is {1} grosze")
  @CsvSource(
      delimiter = '|',
      value = {
        "10 000,00 zł|1000000",
        "10 000 zł|1000000",
        "10000,5|1000050",
        "1 234 567,89 PLN|123456789",
        "10000.00|1000000",
        "10\u00A0000,00\u00A0zł|1000000",
        "10\u202F000,00 zł|1000000",
        "-15,20 zł|-1520",
        "\u221215,20|-1520",
        "0|0",
        "-0,00|0",
        "0,01|1",
        "  7,5 pln  |750",
        "123zł|12300",
        "999 999,99 PLN|99999999",
        "10000.00 PLN|1000000",
        "92233720368547758,07|9223372036854775807",
        "-92233720368547758,08|-9223372036854775808"
      })
  void polish_and_plain_notations_are_read(String text, long grosze) {
    assertEquals(Money.ofGrosze(grosze), Money.parseOrThrow(text));
  }

  @ParameterizedTest(name = "''{0}'' is not an amount")
  @ValueSource(
      strings = {
        "abc", "NaN", "Infinity", "-Infinity", "10.000,00", "1.000.000", "1,000,000", "10,", ",50",
        "1 0000", "10  000", "1 00", "12 345 6", "1e5", "0x10", "+5", "--5", "5-", "zł", "PLN",
        "10 zł zł", "1,5.0", "١٢٣", " - 5"
      })
  void text_that_is_not_an_amount_is_a_format_problem(String text) {
    assertEquals(List.of("MONEY_FORMAT"), codes(Money.parse(text)));
  }

  @Test
  void the_format_problem_quotes_the_input_and_shows_an_example() {
    String message = Money.parse("abc").getError().head().message();
    assertTrue(message.contains("'abc'"), message);
    assertTrue(message.contains("10 000,00 zł"), message);
  }

  @Test
  void a_comma_is_always_a_decimal_separator_so_1_234_has_three_decimals() {
    assertEquals(List.of("MONEY_SCALE"), codes(Money.parse("1,234")));
    assertEquals(List.of("MONEY_SCALE"), codes(Money.parse("1.234")));
    assertEquals(List.of("MONEY_SCALE"), codes(Money.parse("10 000,000 zł")));
  }

  @Test
  void empty_and_null_input_is_an_empty_problem() {
    assertEquals(List.of("MONEY_EMPTY"), codes(Money.parse(null)));
    assertEquals(List.of("MONEY_EMPTY"), codes(Money.parse("")));
    assertEquals(List.of("MONEY_EMPTY"), codes(Money.parse(" \u00A0 ")));
  }

  @Test
  void an_amount_beyond_a_long_of_grosze_overflows() {
    assertEquals(List.of("MONEY_OVERFLOW"), codes(Money.parse("92233720368547758,08")));
    assertEquals(List.of("MONEY_OVERFLOW"), codes(Money.parse("99999999999999999999999999 zł")));
    assertEquals(List.of("MONEY_OVERFLOW"), codes(Money.parse("-92233720368547758,09")));
  }

  @Test
  void a_negative_amount_is_refused_where_it_is_forbidden_and_zero_is_not_negative() {
    assertEquals(List.of("MONEY_NEGATIVE"), codes(Money.parseNonNegative("-0,01 zł")));
    assertEquals(Money.ZERO, Money.parseNonNegative("-0,00").get());
    assertEquals(Money.ofZloty(10_000), Money.parseNonNegative("10 000 zł").get());
    assertEquals(Money.ofGrosze(-1), Money.parse("-0,01").get());
  }

  @Test
  void every_problem_of_an_input_is_reported_together() {
    assertEquals(List.of("MONEY_NEGATIVE", "MONEY_SCALE"), codes(Money.parseNonNegative("-1,234")));
  }

  @Test
  void the_throwing_factories_report_the_problem_codes() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.of("1,234"));
    assertEquals("MONEY_SCALE", e.problems().get(0).code());
    assertTrue(e.getMessage().contains("'1,234'"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Money.parseOrThrow(null));
  }

  @Test
  void a_big_decimal_with_more_than_two_significant_decimals_is_refused() {
    assertEquals(Money.ofGrosze(150), Money.of(new BigDecimal("1.500")));
    assertEquals(
        "MONEY_SCALE",
        assertThrows(InvalidInputException.class, () -> Money.of(new BigDecimal("1.005")))
            .problems().get(0).code());
    assertEquals(List.of("MONEY_OVERFLOW"), codes(Money.validate(new BigDecimal("1e30"))));
    assertEquals(List.of("MONEY_EMPTY"), codes(Money.validate(null)));
    assertEquals(Money.ofZloty(1000), Money.of(new BigDecimal("1E+3")));
  }

  @Test
  void amounts_are_formatted_in_polish_and_plain_notation() {
    assertEquals("10 000,00 zł", Money.ofZloty(10_000).formatPolish());
    assertEquals("1 234 567,89 zł", Money.ofGrosze(123456789).formatPolish());
    assertEquals("-0,05 zł", Money.ofGrosze(-5).formatPolish());
    assertEquals("999,00 zł", Money.ofZloty(999).formatPolish());
    assertEquals("0,00 zł", Money.ZERO.formatPolish());
    assertEquals("-92 233 720 368 547 758,08 zł", Money.ofGrosze(Long.MIN_VALUE).formatPolish());
    assertEquals("10000.00", Money.ofZloty(10_000).formatPlain());
    assertEquals("-0.05", Money.ofGrosze(-5).formatPlain());
    assertEquals("10000.00 PLN", Money.ofZloty(10_000).toString());
  }

  @Test
  void the_budget_example_adds_up_to_143_000_zl() {
    Money salaries = zl("6 500 zł").times(21).add(zl("6 500 zł"));
    assertEquals(zl("143 000 zł"), salaries);
    assertEquals(zl("178 000,00 zł"), Money.sum(List.of(salaries, zl("10 000 zł"), zl("25 000 zł"))));
    assertEquals(Money.ZERO, Money.sum(List.of()));
  }

  @Test
  void eighty_percent_of_12_345_67_is_rounded_as_asked() {
    Money whole = zl("12 345,67 zł");
    assertEquals(zl("9 876,54"), whole.share(Percent.of(80), RoundingMode.HALF_UP));
    assertEquals(zl("9 876,53"), whole.share(Percent.of(80), RoundingMode.DOWN));
    assertEquals(whole, whole.share(Percent.HUNDRED, RoundingMode.UNNECESSARY));
    assertThrows(ArithmeticException.class, () -> whole.share(Percent.of(80), RoundingMode.UNNECESSARY));
  }

  @Test
  void a_share_of_exactly_20_percent_of_the_budget_is_at_most_20_percent_and_one_grosz_more_is_not() {
    Money budget = zl("10 000,00 zł");
    assertTrue(zl("2 000,00").isAtMostShareOf(Percent.of(20), budget));
    assertFalse(zl("2 000,01").isAtMostShareOf(Percent.of(20), budget));
    assertTrue(zl("1 999,99").isAtMostShareOf(Percent.of(20), budget));
    assertTrue(zl("2 000,00").isAtLeastShareOf(Percent.of(20), budget));
    // a third cannot be written exactly in decimals but is compared exactly
    Money third = zl("1,00");
    assertTrue(third.isAtLeastShareOf(Percent.of("33.3333333333"), zl("3,00")));
    assertFalse(third.isAtMostShareOf(Percent.of("33.3333333333"), zl("3,00")));
  }

  @Test
  void share_of_a_whole_is_exact_when_the_decimal_expansion_ends() {
    assertEquals(Percent.of(20), zl("2 000").shareOf(zl("10 000")));
    assertEquals(Percent.of("12.5"), zl("1").shareOf(zl("8")));
    assertEquals(Percent.of("33.3333333333"), zl("1").shareOf(zl("3")));
    assertEquals(new BigDecimal("0.2000"), zl("2").ratio(zl("10"), 4));
    assertThrows(ArithmeticException.class, () -> zl("1").shareOf(Money.ZERO));
    assertThrows(ArithmeticException.class, () -> zl("1").ratio(Money.ZERO, 2));
  }

  @Test
  void comparisons_and_signs() {
    Money ten = zl("10 000 zł");
    Money more = zl("10 000,01 zł");
    assertTrue(ten.isAtMost(ten));
    assertTrue(ten.isAtLeast(ten));
    assertFalse(ten.isGreaterThan(ten));
    assertTrue(more.isGreaterThan(ten));
    assertTrue(ten.isLessThan(more));
    assertFalse(more.isAtMost(ten));
    assertEquals(ten, ten.min(more));
    assertEquals(more, ten.max(more));
    assertTrue(ten.compareTo(more) < 0);
    assertTrue(Money.ZERO.isZero());
    assertTrue(ten.negate().isNegative());
    assertTrue(ten.isPositive());
    assertEquals(ten, ten.negate().abs());
  }

  @Test
  void arithmetic_overflow_throws_instead_of_wrapping() {
    Money max = Money.ofGrosze(Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> max.add(Money.ofGrosze(1)));
    assertThrows(ArithmeticException.class, () -> Money.ofGrosze(Long.MIN_VALUE).negate());
    assertThrows(ArithmeticException.class, () -> Money.ofGrosze(Long.MIN_VALUE).subtract(Money.ofGrosze(1)));
    assertThrows(ArithmeticException.class, () -> max.times(2));
    assertThrows(ArithmeticException.class, () -> Money.ofZloty(Long.MAX_VALUE / 10));
    assertThrows(ArithmeticException.class, () -> Money.sum(List.of(max, max)));
  }

  @Test
  void grosze_and_big_decimal_views() {
    assertEquals(1050, zl("10,50").grosze());
    assertEquals(new BigDecimal("10.50"), zl("10,50").toBigDecimal());
    assertEquals(Money.ofGrosze(1000), Money.ofZloty(10));
  }
}
