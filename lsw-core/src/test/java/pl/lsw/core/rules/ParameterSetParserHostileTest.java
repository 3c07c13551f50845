package pl.lsw.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.testing.Fuzz;
import pl.lsw.core.testing.Property;

/** The parameter file parser on hostile input: problems only, never another exception, linear. */
class ParameterSetParserHostileTest {

  private static final LocalDate FROM = LocalDate.of(2026, 7, 1);

  private static Validation<Seq<Problem>, ParameterSet> parse(String text) {
    return ParameterSetParser.parse(text, FROM, StatutoryParameters.keys());
  }

  private static List<String> codes(Validation<Seq<Problem>, ParameterSet> result) {
    return result.getError().map(Problem::code).toJavaList();
  }

  @Test
  void null_arguments_are_reported_as_problems_not_thrown() {
    assertEquals(List.of("PARAMETER_TEXT_MISSING", "PARAMETER_VALID_FROM_MISSING",
        "PARAMETER_KEYS_MISSING"), codes(ParameterSetParser.parse(null, null, null)));
    assertEquals(List.of("PARAMETER_TEXT_MISSING"), codes(parse(null)));
    List<ParameterKey<?>> withNull = new ArrayList<>(StatutoryParameters.keys());
    withNull.add(null);
    assertTrue(ParameterSetParser.parse("", FROM, withNull).isValid());
  }

  @Test
  void random_lines_give_a_set_or_their_problems() {
    List<String> names = StatutoryParameters.keys().stream().map(ParameterKey::name).toList();
    Property.forAll("ParameterSetParser fuzz", Fuzz.inputs(), rnd -> {
      StringBuilder text = new StringBuilder();
      int lines = rnd.nextInt(4);
      for (int i = 0; i < lines; i++) {
        int kind = rnd.nextInt(4);
        String name = names.get(rnd.nextInt(names.size()));
        String part = Fuzz.text(rnd);
        text.append(switch (kind) {
          case 0 -> name + " = " + part;
          case 1 -> name + " @ " + part + " = " + Fuzz.text(rnd);
          case 2 -> name + " @ 2027-0" + (1 + rnd.nextInt(9)) + "-01 = " + (rnd.nextInt(90) + 1);
          default -> String.valueOf(part);
        });
        text.append(rnd.nextBoolean() ? "\n" : "\r\n");
      }
      Validation<Seq<Problem>, ParameterSet> result = parse(text.toString());
      if (result.isInvalid()) {
        result.getError().forEach(p -> {
          assertTrue(p.path().startsWith("line "), p.path());
          assertTrue(!p.message().isEmpty());
        });
      } else {
        ParameterSet back = parse(ParameterSetParser.format(result.get())).get();
        assertEquals(result.get(), back);
      }
    });
  }

  @Test
  void parsing_stays_linear_from_two_hundred_kilobytes_to_two_megabytes() {
    long start = System.nanoTime();
    for (int n : new int[] {4_000, 40_000}) {
      StringBuilder good = new StringBuilder();
      StringBuilder bad = new StringBuilder();
      LocalDate day = LocalDate.of(2000, 1, 1);
      for (int i = 0; i < n; i++) {
        good.append("FIN-SMALL-GRANT-AMOUNT.max @ ").append(day.plusDays(i)).append(" = 1000\n");
        bad.append("NO-SUCH-PARAMETER.max = 1000000000000000000000000000\n");
      }
      ParameterSet set = parse(good.toString()).get();
      assertEquals(n, set.history(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX).size());
      assertEquals(n, parse(bad.toString()).getError().size());
      assertTrue(parse("x".repeat(n * 50)).isInvalid());
    }
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
  }

  @Test
  void a_long_line_is_quoted_shortly() {
    Problem p = parse("y".repeat(1_000_000)).getError().head();
    assertEquals("PARAMETER_LINE_FORMAT", p.code());
    assertTrue(p.message().length() < 400, p.message());
    assertEquals("PARAMETER_DATE", parse("FIN-SMALL-GRANT-AMOUNT.max @ " + "9".repeat(100_000)
        + " = 1").getError().head().code());
  }

  @Test
  void a_hostile_seed_is_replayable() {
    Random rnd = new Random(42);
    String text = Fuzz.text(rnd);
    assertEquals(parse(text).isValid(), parse(text).isValid());
  }
}
