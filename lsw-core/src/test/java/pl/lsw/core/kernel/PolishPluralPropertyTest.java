package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.lsw.core.testing.Property;

class PolishPluralPropertyTest {

  private static String months(long n) {
    return n + " " + Messages.polishPlural(n, "miesiąc", "miesiące", "miesięcy");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "0, 0 miesięcy", "1, 1 miesiąc", "2, 2 miesiące", "3, 3 miesiące", "4, 4 miesiące",
      "5, 5 miesięcy", "11, 11 miesięcy", "12, 12 miesięcy", "13, 13 miesięcy", "14, 14 miesięcy",
      "21, 21 miesięcy", "22, 22 miesiące", "24, 24 miesiące", "25, 25 miesięcy",
      "101, 101 miesięcy", "102, 102 miesiące", "112, 112 miesięcy", "1000, 1000 miesięcy"})
  void the_polish_form_follows_the_number(long n, String expected) {
    assertEquals(expected, months(n));
  }

  @Test
  void a_bundle_pattern_writes_the_polish_and_english_forms() {
    assertEquals("za 22 miesiące", Messages.fill("za {months|miesiąc|miesiące|miesięcy}",
        Map.of("months", 22), Messages.POLISH));
    assertEquals("in 1 month", Messages.fill("in {months|month|months}", Map.of("months", 1),
        Locale.ENGLISH));
    assertEquals("in 12 months", Messages.fill("in {months|month|months}", Map.of("months", 12),
        Locale.ENGLISH));
  }

  @Test
  void the_form_depends_only_on_the_last_two_digits_from_two_on() {
    Property.forAll("polishPlural(n) == polishPlural(n + 100k) for n >= 2", rnd -> {
      long n = 2 + rnd.nextInt(1_000_000);
      long k = 1 + rnd.nextInt(1000);
      assertEquals(months(n).substring(String.valueOf(n).length()),
          months(n + 100 * k).substring(String.valueOf(n + 100 * k).length()), "n = " + n);
    });
  }

  @Test
  void few_is_exactly_two_to_four_outside_the_teens_and_one_is_only_one() {
    Property.forAll("the three forms", rnd -> {
      long n = rnd.nextInt(10_000);
      String form = Messages.polishPlural(n, "one", "few", "many");
      long last = n % 10;
      long lastTwo = n % 100;
      String expected = n == 1 ? "one"
          : last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14) ? "few" : "many";
      assertEquals(expected, form, "n = " + n);
      assertEquals(form, Messages.polishPlural(-n, "one", "few", "many"), "the sign does not matter");
    });
  }
}
