package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.MonthDay;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;

class ParameterTypesTest {

  private static <T> void roundTrips(ParameterType<T> type, String text, T value) {
    assertEquals(value, type.parse(text).get(), text);
    assertEquals(value, type.parse(type.format(value)).get());
  }

  private static void refused(ParameterType<?> type, String text, String code) {
    Validation<Seq<Problem>, ?> v = type.parse(text);
    assertTrue(v.isInvalid(), text);
    assertEquals(code, v.getError().head().code());
    assertTrue(v.getError().head().message().contains(text), v.getError().head().message());
  }

  @Test
  void money_reads_plain_and_polish_notation_and_refuses_negative_amounts() {
    roundTrips(ParameterTypes.MONEY, "10 000,00 zł", Money.ofZloty(10_000));
    roundTrips(ParameterTypes.MONEY, "10000.01", Money.ofGrosze(1_000_001));
    assertEquals("10000.00", ParameterTypes.MONEY.format(Money.ofZloty(10_000)));
    assertEquals("10 000,00 zł", ParameterTypes.MONEY.display(Money.ofZloty(10_000), Messages.POLISH));
    assertEquals("10000.00 PLN", ParameterTypes.MONEY.display(Money.ofZloty(10_000), Locale.ENGLISH));
    assertTrue(ParameterTypes.MONEY.parse("-5").isInvalid());
    assertTrue(ParameterTypes.MONEY.parse("dziesięć").isInvalid());
  }

  @Test
  void percent_reads_a_share_and_refuses_more_than_100() {
    roundTrips(ParameterTypes.PERCENT, "80%", Percent.of(80));
    roundTrips(ParameterTypes.PERCENT, "12,5", Percent.of("12.5"));
    assertEquals("12,5%", ParameterTypes.PERCENT.display(Percent.of("12.5"), Messages.POLISH));
    assertTrue(ParameterTypes.PERCENT.parse("120%").isInvalid());
  }

  @Test
  void days_working_days_months_and_counts_are_whole_numbers_from_zero() {
    roundTrips(ParameterTypes.DAYS, "90", 90);
    roundTrips(ParameterTypes.DAYS, "0", 0);
    roundTrips(ParameterTypes.WORKING_DAYS, " 7 ", 7);
    roundTrips(ParameterTypes.MONTHS, "1", 1);
    roundTrips(ParameterTypes.COUNT, "3", 3);
    refused(ParameterTypes.DAYS, "-1", "DAYS_FORMAT");
    refused(ParameterTypes.WORKING_DAYS, "7.5", "WORKING_DAYS_FORMAT");
    refused(ParameterTypes.MONTHS, "jeden", "MONTHS_FORMAT");
    refused(ParameterTypes.COUNT, "", "COUNT_FORMAT");
    assertTrue(ParameterTypes.DAYS.check(-1).isInvalid());
  }

  @Test
  void numbers_of_days_are_displayed_with_the_polish_plural() {
    assertEquals("1 dzień", ParameterTypes.DAYS.display(1, Messages.POLISH));
    assertEquals("7 dni roboczych", ParameterTypes.WORKING_DAYS.display(7, Messages.POLISH));
    assertEquals("2 dni robocze", ParameterTypes.WORKING_DAYS.display(2, Messages.POLISH));
    assertEquals("12 miesięcy", ParameterTypes.MONTHS.display(12, Messages.POLISH));
    assertEquals("22 miesiące", ParameterTypes.MONTHS.display(22, Messages.POLISH));
    assertEquals("7 working days", ParameterTypes.WORKING_DAYS.display(7, Locale.ENGLISH));
    assertEquals("1 month", ParameterTypes.MONTHS.display(1, Locale.ENGLISH));
    assertEquals("3", ParameterTypes.COUNT.display(3, Locale.ENGLISH));
  }

  @Test
  void booleans_are_true_or_false_in_english_or_polish() {
    roundTrips(ParameterTypes.BOOLEAN, "true", true);
    roundTrips(ParameterTypes.BOOLEAN, "NIE", false);
    refused(ParameterTypes.BOOLEAN, "maybe", "BOOLEAN_FORMAT");
    assertEquals("tak", ParameterTypes.BOOLEAN.display(true, Messages.POLISH));
  }

  @Test
  void a_month_day_is_written_mm_dd_and_shown_as_a_date_in_words() {
    roundTrips(ParameterTypes.MONTH_DAY, "11-30", MonthDay.of(11, 30));
    roundTrips(ParameterTypes.MONTH_DAY, "--05-31", MonthDay.of(5, 31));
    assertEquals("11-30", ParameterTypes.MONTH_DAY.format(MonthDay.of(11, 30)));
    assertEquals("30 listopada", ParameterTypes.MONTH_DAY.display(MonthDay.of(11, 30), Messages.POLISH));
    assertEquals("30 November", ParameterTypes.MONTH_DAY.display(MonthDay.of(11, 30), Locale.ENGLISH));
    refused(ParameterTypes.MONTH_DAY, "30.11", "MONTH_DAY_FORMAT");
    refused(ParameterTypes.MONTH_DAY, "02-30", "MONTH_DAY_RANGE");
    roundTrips(ParameterTypes.MONTH_DAY, "02-29", MonthDay.of(2, 29));
  }
}
