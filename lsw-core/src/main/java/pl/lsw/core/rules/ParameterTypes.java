package pl.lsw.core.rules;

import pl.lsw.core.kernel.TextChecks;

import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Messages;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;

/**
 * The standard parameter types. Text forms (what {@link ParameterType#parse} accepts and {@link
 * ParameterType#format} writes):
 *
 * <ul>
 *   <li>{@link #MONEY}: a non-negative amount in PLN, plain or Polish notation ({@code 10000.00},
 *       {@code 10 000,00 zł}); written plain;
 *   <li>{@link #PERCENT}: a share from 0% to 100% ({@code 80%}, {@code 12,5}); written {@code 80%};
 *   <li>{@link #DAYS}, {@link #WORKING_DAYS}, {@link #MONTHS}, {@link #COUNT}: a whole number
 *       {@code ≥ 0} in decimal digits;
 *   <li>{@link #BOOLEAN}: {@code true} or {@code false} (also {@code tak} / {@code nie});
 *   <li>{@link #MONTH_DAY}: a day of the year as {@code MM-DD} or ISO {@code --MM-DD}, e.g.
 *       {@code 11-30} for 30 November.
 * </ul>
 *
 * <p>Polish: <i>typy parametrów reguł</i>.
 */
public final class ParameterTypes {

  private ParameterTypes() {}

  /** An amount of money in PLN, not negative. Polish: <i>kwota</i>. */
  public static final ParameterType<Money> MONEY = new ParameterType<>() {
    @Override
    public String name() {
      return "money";
    }

    @Override
    public Class<Money> valueClass() {
      return Money.class;
    }

    @Override
    public Validation<Seq<Problem>, Money> parse(String text) {
      return Money.parseNonNegative(text);
    }

    @Override
    public String format(Money value) {
      return value.formatPlain();
    }

    @Override
    public String display(Money value, Locale locale) {
      return Messages.isPolish(locale) ? value.formatPolish() : value.toString();
    }

    @Override
    public Validation<Seq<Problem>, Money> check(Money value) {
      return value.isNegative()
          ? invalid("MONEY_NEGATIVE", "amount", value)
          : Validation.valid(value);
    }

    @Override
    public String toString() {
      return name();
    }
  };

  /** A share in per cent, from 0% to 100%. Polish: <i>udział procentowy</i>. */
  public static final ParameterType<Percent> PERCENT = new ParameterType<>() {
    @Override
    public String name() {
      return "percent";
    }

    @Override
    public Class<Percent> valueClass() {
      return Percent.class;
    }

    @Override
    public Validation<Seq<Problem>, Percent> parse(String text) {
      return Percent.parseShare(text);
    }

    @Override
    public String format(Percent value) {
      return value.toString();
    }

    @Override
    public String display(Percent value, Locale locale) {
      return Messages.isPolish(locale) ? value.formatPolish() : value.toString();
    }

    @Override
    public Validation<Seq<Problem>, Percent> check(Percent value) {
      return value.isShare()
          ? Validation.valid(value)
          : invalid("PERCENT_RANGE", "value", value.toString());
    }

    @Override
    public String toString() {
      return name();
    }
  };

  /** A number of calendar days, {@code ≥ 0}. Polish: <i>liczba dni</i>. */
  public static final ParameterType<Integer> DAYS =
      new WholeNumber("days", n -> plural(n, "dzień", "dni", "dni"), n -> n == 1 ? "day" : "days");

  /** A number of working days, {@code ≥ 0}. Polish: <i>liczba dni roboczych</i>. */
  public static final ParameterType<Integer> WORKING_DAYS = new WholeNumber("working-days",
      n -> plural(n, "dzień roboczy", "dni robocze", "dni roboczych"),
      n -> n == 1 ? "working day" : "working days");

  /** A number of calendar months, {@code ≥ 0}. Polish: <i>liczba miesięcy</i>. */
  public static final ParameterType<Integer> MONTHS = new WholeNumber("months",
      n -> plural(n, "miesiąc", "miesiące", "miesięcy"), n -> n == 1 ? "month" : "months");

  /** A count of things (places, members, items), {@code ≥ 0}. Polish: <i>liczba</i>. */
  public static final ParameterType<Integer> COUNT = new WholeNumber("count", n -> "", n -> "");

  /** A yes/no switch. Polish: <i>przełącznik tak/nie</i>. */
  public static final ParameterType<Boolean> BOOLEAN = new ParameterType<>() {
    @Override
    public String name() {
      return "boolean";
    }

    @Override
    public Class<Boolean> valueClass() {
      return Boolean.class;
    }

    @Override
    public Validation<Seq<Problem>, Boolean> parse(String text) {
      String s = text == null ? "" : TextChecks.strip(text).toLowerCase(Locale.ROOT);
      switch (s) {
        case "true":
        case "tak":
          return Validation.valid(Boolean.TRUE);
        case "false":
        case "nie":
          return Validation.valid(Boolean.FALSE);
        default:
          return invalid("BOOLEAN_FORMAT", "value", String.valueOf(text));
      }
    }

    @Override
    public String format(Boolean value) {
      return value.toString();
    }

    @Override
    public String display(Boolean value, Locale locale) {
      return Messages.isPolish(locale) ? (value ? "tak" : "nie") : (value ? "yes" : "no");
    }

    @Override
    public String toString() {
      return name();
    }
  };

  /** A day of the year without a year, e.g. 30 November. Polish: <i>dzień i miesiąc</i>. */
  public static final ParameterType<MonthDay> MONTH_DAY = new ParameterType<>() {
    private final Pattern form = Pattern.compile("(?:--)?([0-9]{2})-([0-9]{2})");

    @Override
    public String name() {
      return "month-day";
    }

    @Override
    public Class<MonthDay> valueClass() {
      return MonthDay.class;
    }

    @Override
    public Validation<Seq<Problem>, MonthDay> parse(String text) {
      Matcher m = form.matcher(text == null ? "" : TextChecks.strip(text));
      if (!m.matches()) {
        return invalid("MONTH_DAY_FORMAT", "value", String.valueOf(text));
      }
      try {
        return Validation.valid(
            MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      } catch (DateTimeException e) {
        return invalid("MONTH_DAY_RANGE", "value", text, "month", Integer.parseInt(m.group(1)),
            "day", Integer.parseInt(m.group(2)));
      }
    }

    @Override
    public String format(MonthDay value) {
      return String.format(Locale.ROOT, "%02d-%02d", value.getMonthValue(), value.getDayOfMonth());
    }

    @Override
    public String display(MonthDay value, Locale locale) {
      Locale l = Messages.isPolish(locale) ? Messages.POLISH : Locale.ENGLISH;
      return DateTimeFormatter.ofPattern("d MMMM", l).format(value);
    }

    @Override
    public String toString() {
      return name();
    }
  };

  private static <T> Validation<Seq<Problem>, T> invalid(String code, Object... nameValuePairs) {
    return Validation.invalid(List.of(RuleProblems.PROBLEMS.problem("", code, nameValuePairs)));
  }

  private static <T> Validation<Seq<Problem>, T> invalidKeyed(String key, String code,
      Object... nameValuePairs) {
    return Validation.invalid(List.of(RuleProblems.PROBLEMS.keyed(key, "", code, nameValuePairs)));
  }

  /** Polish plural: 1 dzień, 2–4 dni (but 12–14 dni), 5 dni; the three forms are given. */
  static String plural(int n, String one, String few, String many) {
    if (n == 1) {
      return one;
    }
    int lastTwo = n % 100;
    int last = n % 10;
    return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
  }

  /** A whole number {@code ≥ 0} with a unit for display. */
  private static final class WholeNumber implements ParameterType<Integer> {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private final String name;
    private final Function<Integer, String> unitPl;
    private final Label unit;
    private final Function<Integer, String> unitEn;

    WholeNumber(String name, Function<Integer, String> unitPl, Function<Integer, String> unitEn) {
      this.name = name;
      this.unit = Label.of(unitPl.apply(5).isEmpty() ? "sztuk" : unitPl.apply(5), name);
      this.unitPl = unitPl;
      this.unitEn = unitEn;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Class<Integer> valueClass() {
      return Integer.class;
    }

    @Override
    public Validation<Seq<Problem>, Integer> parse(String text) {
      String s = text == null ? "" : TextChecks.strip(text);
      if (!DIGITS.matcher(s).matches()) {
        return invalidKeyed("WHOLE_NUMBER_FORMAT", name.toUpperCase(Locale.ROOT).replace('-', '_')
            + "_FORMAT", "value", String.valueOf(text), "unit", unit);
      }
      return Validation.valid(Integer.parseInt(s));
    }

    @Override
    public Validation<Seq<Problem>, Integer> check(Integer value) {
      return value < 0
          ? invalidKeyed("WHOLE_NUMBER_NEGATIVE", name.toUpperCase(Locale.ROOT).replace('-', '_')
              + "_NEGATIVE", "unit", unit, "value", value)
          : Validation.valid(value);
    }

    @Override
    public String format(Integer value) {
      return value.toString();
    }

    @Override
    public String display(Integer value, Locale locale) {
      String unit = Messages.isPolish(locale) ? unitPl.apply(value) : unitEn.apply(value);
      return unit.isEmpty() ? value.toString() : value + " " + unit;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
