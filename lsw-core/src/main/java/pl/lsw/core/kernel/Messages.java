package pl.lsw.core.kernel;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Language helpers of every text the library writes for people: Polish is the default language,
 * English the other; a message's named arguments ({@code {amount}}) are written for the language
 * asked for.
 *
 * <p>A placeholder may carry the three Polish plural forms and the two English ones of a noun
 * that follows a number: {@code {months|miesiąc|miesiące|miesięcy}} in a Polish file writes
 * {@code 1 miesiąc}, {@code 3 miesiące}, {@code 5 miesięcy}, {@code 22 miesiące}; {@code
 * {months|month|months}} in an English file writes {@code 1 month}, {@code 2 months}.
 *
 * <p>Polish: <i>komunikaty w języku czytelnika</i>.
 */
public final class Messages {

  /** The Polish locale, the default language of messages. */
  public static final Locale POLISH = Locale.forLanguageTag("pl-PL");

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)((?:\\|[^|{}]+)*)}");
  private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Messages() {}

  /**
   * Whether values for {@code locale} are written the Polish way. The library speaks Polish and
   * English, Polish being the default: every locale but an English one ({@code null} and the root
   * locale included) gets Polish.
   *
   * @param locale the reader's locale, may be null
   * @return true unless the locale's language is English
   */
  public static boolean isPolish(Locale locale) {
    return locale == null || !"en".equals(locale.getLanguage());
  }

  /**
   * Writes one argument for people: money as {@code 10 000,00 zł} (Polish) or {@code 10000.00
   * PLN} (English), a percentage as {@code 12,5%} / {@code 12.5%}, a date as {@code 30.06.2026} /
   * {@code 2026-06-30}, a day of the year as {@code 30 listopada} / {@code 30 November}, a
   * yes/no as {@code tak}/{@code yes}, a {@link Localized} value by its own text, a collection
   * as its elements separated by commas; anything else by {@code toString()}.
   *
   * @param value the value, may be null
   * @param locale the reader's locale
   * @return the text
   */
  public static String display(Object value, Locale locale) {
    boolean pl = isPolish(locale);
    if (value == null) {
      return pl ? "(brak)" : "(none)";
    }
    if (value instanceof Localized) {
      return ((Localized) value).display(locale);
    }
    if (value instanceof Money) {
      Money m = (Money) value;
      return pl ? m.formatPolish() : m.toString();
    }
    if (value instanceof Percent) {
      Percent p = (Percent) value;
      return pl ? p.formatPolish() : p.toString();
    }
    if (value instanceof LocalDate) {
      return pl ? POLISH_DATE.format((LocalDate) value) : value.toString();
    }
    if (value instanceof MonthDay) {
      return DateTimeFormatter.ofPattern("d MMMM", pl ? POLISH : Locale.ENGLISH)
          .format((MonthDay) value);
    }
    if (value instanceof Boolean) {
      boolean b = (Boolean) value;
      return pl ? (b ? "tak" : "nie") : (b ? "yes" : "no");
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(v -> display(v, locale))
          .collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /**
   * Replaces each {@code {name}} in {@code pattern} with the displayed argument of that name, and
   * each {@code {name|form|form…}} with the number and the noun form it takes (see the class
   * documentation). A placeholder without an argument stays as it is, so a missing argument is
   * visible.
   *
   * @param pattern the message pattern
   * @param arguments the named arguments
   * @param locale the reader's locale
   * @return the filled message
   */
  public static String fill(String pattern, Map<String, ?> arguments, Locale locale) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if (!arguments.containsKey(name)) {
        replacement = m.group();
      } else if (m.group(2).isEmpty()) {
        replacement = display(arguments.get(name), locale);
      } else {
        replacement = counted(arguments.get(name), m.group(2).substring(1).split("\\|"), locale);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The Polish noun form for a count: {@code one} for 1, {@code few} for 2–4, 22–24, 32–34 … (but
   * not 12–14), {@code many} otherwise (0, 5–21, 25–31 …).
   *
   * @param n the count
   * @param one the form for one ({@code miesiąc})
   * @param few the form for two to four ({@code miesiące})
   * @param many the form for five and more ({@code miesięcy})
   * @return the form that follows {@code n}
   */
  public static String polishPlural(long n, String one, String few, String many) {
    long abs = Math.abs(n);
    if (abs == 1) {
      return one;
    }
    long lastTwo = abs % 100;
    long last = abs % 10;
    return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
  }

  private static String counted(Object value, String[] forms, Locale locale) {
    if (!(value instanceof Number)) {
      return display(value, locale) + " " + forms[forms.length - 1];
    }
    long n = ((Number) value).longValue();
    String form;
    if (forms.length >= 3) {
      form = polishPlural(n, forms[0], forms[1], forms[2]);
    } else if (forms.length == 2) {
      form = Math.abs(n) == 1 ? forms[0] : forms[1];
    } else {
      form = forms[0];
    }
    return n + " " + form;
  }
}
