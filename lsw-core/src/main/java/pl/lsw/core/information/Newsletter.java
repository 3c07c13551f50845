package pl.lsw.core.information;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.MessageBundle;

/**
 * The newsletter of a period (seed 001 §2.1.1 e: <i>Newsletter – biuletyn informacyjny</i>): the
 * items of the period ordered by day (items of one day keep the order given), rendered as plain
 * text in Polish or English.
 *
 * <p>Immutable. Polish: <i>newsletter – biuletyn informacyjny</i>.
 */
public final class Newsletter {

  private static final MessageBundle TEXTS =
      MessageBundle.of(Newsletter.class, "pl/lsw/core/information/newsletter");

  private final DateRange period;
  private final List<NewsletterItem> items;

  private Newsletter(DateRange period, List<NewsletterItem> items) {
    this.period = period;
    this.items = items;
  }

  /**
   * The newsletter of a period.
   *
   * @param period the days covered
   * @param items the items, in any order
   * @return the newsletter with the items ordered by day
   */
  public static Newsletter of(DateRange period, List<NewsletterItem> items) {
    Objects.requireNonNull(period, "period");
    return new Newsletter(period, items.stream()
        .sorted(Comparator.comparing(NewsletterItem::day)).toList());
  }

  /** @return the days covered */
  public DateRange period() {
    return period;
  }

  /** @return the items, ordered by day */
  public List<NewsletterItem> items() {
    return items;
  }

  /**
   * The newsletter as plain text: a heading with the period, then each item's day and title on
   * one line and its text below, items separated by a blank line.
   *
   * @param locale the reader's language (Polish unless English)
   * @return the text
   */
  public String render(Locale locale) {
    StringBuilder out = new StringBuilder();
    out.append(TEXTS.format("heading", Map.of("start", period.start(), "end", period.end()), locale))
        .append('\n');
    if (items.isEmpty()) {
      out.append('\n').append(TEXTS.format("empty", Map.of(), locale)).append('\n');
    }
    for (NewsletterItem i : items) {
      out.append('\n').append(TEXTS.format("item", Map.of("day", i.day(), "title", i.title(locale)),
          locale)).append('\n');
      if (!i.text(locale).isBlank()) {
        out.append(i.text(locale)).append('\n');
      }
    }
    return out.toString();
  }

  /** Equal when the period and the items are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Newsletter n && n.period.equals(period) && n.items.equals(items);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(period, items);
  }

  /** The English rendering. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
