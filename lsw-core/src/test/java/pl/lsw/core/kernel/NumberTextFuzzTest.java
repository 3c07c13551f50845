package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Fuzz;
import pl.lsw.core.testing.Property;

/** Money and Percent on hostile text: problems only, never another exception, never slow. */
class NumberTextFuzzTest {

  @Test
  void money_parse_answers_any_text_with_an_amount_or_its_problems() {
    Property.forAll("Money.parse fuzz", Fuzz.inputs(), rnd -> {
      String text = Fuzz.text(rnd);
      Validation<Seq<Problem>, Money> result = Money.parse(text);
      if (result.isValid()) {
        assertTrue(text.length() <= Money.MAX_TEXT_LENGTH);
        assertEquals(result.get(), Money.parseOrThrow(result.get().formatPlain()));
      } else {
        assertTrue(!result.getError().isEmpty());
        result.getError().forEach(p -> assertTrue(!p.message().isEmpty()));
      }
    });
  }

  @Test
  void percent_parse_answers_any_text_with_a_percentage_or_its_problems() {
    Property.forAll("Percent.parse fuzz", Fuzz.inputs(), rnd -> {
      String text = Fuzz.text(rnd);
      Validation<Seq<Problem>, Percent> result = Percent.parse(text);
      if (result.isValid()) {
        assertTrue(text.length() <= Percent.MAX_TEXT_LENGTH);
        assertEquals(result.get(), Percent.parse(result.get().toString()).get());
      } else {
        result.getError().forEach(p -> assertTrue(!p.message().isEmpty()));
      }
    });
  }

  @Test
  void a_million_digits_are_refused_as_too_long_at_once() {
    String million = Fuzz.digits(new Random(1), 1_000_000);
    long start = System.nanoTime();
    assertEquals("MONEY_TOO_LONG", Money.parse(million).getError().head().code());
    assertEquals("PERCENT_TOO_LONG", Percent.parse(million).getError().head().code());
    assertEquals("PERCENT_TOO_LONG", Percent.parse(million + "%").getError().head().code());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
  }

  @Test
  void the_longest_amount_and_percentage_accepted_are_at_the_limit() {
    String amount = " ".repeat(Money.MAX_TEXT_LENGTH - 4) + "1 zł";
    assertEquals(Money.ofZloty(1), Money.parseOrThrow(amount));
    assertEquals("MONEY_TOO_LONG", Money.parse(" " + amount).getError().head().code());
    String percent = "0".repeat(Percent.MAX_TEXT_LENGTH - 3) + "12%";
    assertEquals(Percent.of(12), Percent.parse(percent).get());
    assertEquals("PERCENT_TOO_LONG", Percent.parse("0" + percent).getError().head().code());
  }

  @Test
  void money_parse_stays_linear_from_a_hundred_kilobytes_to_a_megabyte() {
    long start = System.nanoTime();
    for (int n : new int[] {100_000, 1_000_000}) {
      String grouped = "1" + " 000".repeat(n / 4);
      assertTrue(Money.parse(grouped).isInvalid());
      assertTrue(Money.parse("\u00A0".repeat(n) + "1").isInvalid());
    }
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
  }
}
