package pl.lsw.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;

class ParameterSetParserTest {

  private static final LocalDate FROM = LocalDate.of(2026, 7, 1);

  private static Validation<Seq<Problem>, ParameterSet> parse(String text) {
    return ParameterSetParser.parse(text, FROM, StatutoryParameters.keys());
  }

  @Test
  void entries_with_and_without_their_own_date_comments_and_blank_lines_are_read() {
    ParameterSet set = parse(String.join("\n",
        "# comment",
        "",
        "FIN-SMALL-GRANT-AMOUNT.max = 20 000,00 zł",
        "  ! another comment",
        "FIN-SMALL-GRANT-AMOUNT.max @ 2027-01-01 = 25000",
        "FIN-PROGRAMME.adoptionBy=11-15")).get();
    assertEquals(Money.ofZloty(20_000), set.valueAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX, FROM));
    assertEquals(Money.ofZloty(25_000),
        set.valueAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX, LocalDate.of(2027, 1, 1)));
    assertEquals(MonthDay.of(11, 15), set.valueAsOf(StatutoryParameters.PROGRAMME_ADOPTION_BY, FROM));
    assertThrows(MissingParameterException.class,
        () -> set.valueAsOf(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX, FROM.minusDays(1)));
  }

  @Test
  void every_bad_line_is_reported_with_its_line_number() {
    Seq<Problem> problems = parse(String.join("\r\n",
        "FIN-SMALL-GRANT-AMOUNT.max = 20000",
        "no equals sign here",
        "FIN-UNKNOWN.max = 5",
        "FIN-REPORT-FINAL.days = thirty",
        "FIN-REPORT-FINAL.days @ 2026-13-01 = 30",
        "FIN-SMALL-GRANT-AMOUNT.max = 30000",
        "= 5")).getError();
    assertEquals(List.of(
            "line 2 PARAMETER_LINE_FORMAT",
            "line 3 PARAMETER_UNKNOWN",
            "line 4 DAYS_FORMAT",
            "line 5 PARAMETER_DATE",
            "line 6 PARAMETER_DUPLICATE",
            "line 7 PARAMETER_LINE_FORMAT"),
        problems.map(p -> p.path() + " " + p.code()).toJavaList());
    assertTrue(problems.get(2).message().contains("FIN-REPORT-FINAL.days"), problems.get(2).message());
    assertTrue(problems.get(2).message().contains("'thirty'"), problems.get(2).message());
    assertTrue(problems.get(1).message().contains("'FIN-UNKNOWN.max'"));
  }

  @Test
  void a_formatted_set_reads_back_to_the_same_set() {
    ParameterSet statutory = ParameterSet.statutory();
    String text = ParameterSetParser.format(statutory);
    assertEquals(statutory, parse(text).get());
  }

  @Test
  void the_shipped_draft_resource_parses_without_problems() {
    Validation<Seq<Problem>, ParameterSet> v = ParameterSetParser.fromResource(getClass(),
        StatutoryParameters.DRAFT_2025_RESOURCE, FROM, StatutoryParameters.keys());
    assertTrue(v.isValid(), () -> v.getError().toString());
    assertEquals(List.of("FIN-SMALL-GRANT-AMOUNT.max", "FIN-SMALL-GRANT-BUDGET-SHARE.max",
            "FIN-SMALL-GRANT-YEARLY-CAP.max"),
        v.get().keys().stream().map(ParameterKey::name).collect(Collectors.toList()));
  }

  @Test
  void a_missing_resource_is_a_clear_error() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterSetParser
        .fromResource(getClass(), "pl/lsw/core/rules/none.properties", FROM, StatutoryParameters.keys()));
    assertTrue(e.getMessage().contains("none.properties"));
  }
}
