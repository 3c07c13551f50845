package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KernelProblemsTest {

  @Test
  void a_money_format_problem_reads_in_polish_and_english() {
    Problem p = Money.parse("abc").getError().head().under("amount");
    assertEquals("amount: 'abc' is not an amount of money; write e.g. 10 000,00 zł, 10000,50 or"
        + " 10000.00 (spaces group thousands, comma or point separates grosze) [MONEY_FORMAT]",
        p.describe(Locale.ENGLISH));
    assertTrue(p.describe(Messages.POLISH).startsWith("amount: 'abc' nie jest kwotą pieniędzy"),
        p.describe(Messages.POLISH));
    assertEquals("abc", p.arguments().get("value"));
    assertTrue(!p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH)));
  }

  @Test
  void a_nip_length_problem_uses_the_polish_plural() {
    Problem p = Nip.parse("123").getError().head();
    assertEquals("NIP \"123\" must have 10 digits, but has 3", p.message());
    assertEquals("NIP \"123\" musi mieć 10 cyfr, a ma 3", p.message(Messages.POLISH));
  }

  @Test
  void a_date_range_problem_writes_dates_in_the_readers_language() {
    Problem p = DateRange.parse(LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 1)).getError().head();
    assertEquals("the range ends on 2026-05-01, before it starts on 2026-05-28", p.message());
    assertEquals("okres kończy się 01.05.2026, przed swoim początkiem 28.05.2026",
        p.message(Messages.POLISH));
  }

  @Test
  void an_invalid_input_exception_gives_its_lines_in_either_language() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Nip.of("12x"));
    assertTrue(e.getMessage().startsWith(e.problems().size() + " problem"), e.getMessage());
    assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
    String pl = e.message(Messages.POLISH);
    assertTrue(pl.startsWith(e.problems().size() + " problem"), pl);
    assertTrue(pl.contains("w danych:"), pl);
    assertTrue(pl.contains("może zawierać tylko cyfry"), pl);
  }

  @Test
  void every_kernel_problem_comes_from_the_kernel_bundle() {
    assertTrue(Percent.parse("x").getError().forAll(p -> !p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH))));
    assertTrue(Quarter.parse("x").getError().forAll(p -> !p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH))));
    assertTrue(TerytCode.parse("0100007").getError().forAll(p -> !p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH))));
    assertTrue(KrsNumber.parse("0").getError().forAll(p -> !p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH))));
    assertTrue(Regon.parse("1").getError().forAll(p -> !p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH))));
    assertTrue(UuidIds.parse("x", "THING_ID", Label.of("identyfikator rzeczy", "a thing id"))
        .getError().forAll(p -> !p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH))));
    assertEquals("'x' nie jest identyfikatorem: identyfikator rzeczy (UUID, np."
        + " 123e4567-e89b-12d3-a456-426614174000)", UuidIds.parse("x", "THING_ID",
        Label.of("identyfikator rzeczy", "a thing id")).getError().head().message(Messages.POLISH));
  }
}
