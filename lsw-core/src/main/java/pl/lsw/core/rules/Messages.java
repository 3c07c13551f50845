package pl.lsw.core.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;

/**
 * Language helpers of the rule messages: Polish is the default language; a message's named
 * arguments ({@code {amount}}) are written for the language asked for.
 *
 * <p>Polish: <i>komunikaty reguł</i>.
 */
public final class Messages {

  /** The Polish locale, the default language of messages. */
  public static final Locale POLISH = Locale.forLanguageTag("pl-PL");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Messages() {}

  /**
   * Whether values for {@code locale} are written the Polish way. The library speaks Polish and
   * English, Polish being the default: every locale but an English one ({@code null} and the root
   * locale included) gets Polish.
   */
  public static boolean isPolish(Locale locale) {
    return locale == null || !"en".equals(locale.getLanguage());
  }

  /**
   * Writes one argument for people: money as {@code 10 000,00 zł} (Polish) or {@code 10000.00
   * PLN} (English), a percentage as {@code 12,5%} / {@code 12.5%}, a date as {@code 30.06.2026} /
   * {@code 2026-06-30}, a day of the year as {@code 30 listopada} / {@code 30 November}, a
   * parameter value by its type; anything else by {@code toString()}.
   */
  public static String display(Object value, Locale locale) {
    boolean pl = isPolish(locale);
    if (value == null) {
      return pl ? "(brak)" : "(none)";
    }
    if (value instanceof Money) {
      return ParameterTypes.MONEY.display((Money) value, locale);
    }
    if (value instanceof Percent) {
      return ParameterTypes.PERCENT.display((Percent) value, locale);
    }
    if (value instanceof LocalDate) {
      return pl ? POLISH_DATE.format((LocalDate) value) : value.toString();
    }
    if (value instanceof MonthDay) {
      return ParameterTypes.MONTH_DAY.display((MonthDay) value, locale);
    }
    if (value instanceof Boolean) {
      return ParameterTypes.BOOLEAN.display((Boolean) value, locale);
    }
    if (value instanceof ParameterValue) {
      return ((ParameterValue<?>) value).display(locale);
    }
    if (value instanceof Displayable) {
      return ((Displayable) value).display(locale);
    }
    return value.toString();
  }

  /**
   * Replaces each {@code {name}} in {@code pattern} with the displayed argument of that name; a
   * placeholder without an argument stays as it is, so a missing argument is visible.
   */
  public static String fill(String pattern, Map<String, ?> arguments, Locale locale) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = arguments.containsKey(name) ? display(arguments.get(name), locale) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
