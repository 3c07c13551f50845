package pl.lsw.core.information;

import pl.lsw.core.kernel.TextChecks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a newsletter: its day, a title and a text in Polish and, optionally, in English.
 * Items come from the dispatches of the period ({@link #from}) or from other capabilities (the
 * Map of Local Potentials, the Initiative Bank), which build them with {@link #of}.
 *
 * <p>Immutable. Polish: <i>pozycja newslettera</i>.
 *
 * @param day the day it is about (for a dispatch, the day it was sent)
 * @param title the Polish title, non-blank
 * @param text the Polish text
 * @param englishTitle the English title, where given
 * @param englishText the English text, where given
 */
public record NewsletterItem(LocalDate day, String title, String text,
    Optional<String> englishTitle, Optional<String> englishText) {

  /**
   * Refuses nulls and a blank title.
   *
   * @param day the day
   * @param title the Polish title
   * @param text the Polish text
   * @param englishTitle the English title
   * @param englishText the English text
   */
  public NewsletterItem {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(englishTitle, "englishTitle");
    Objects.requireNonNull(englishText, "englishText");
    if (TextChecks.isBlank(title)) {
      throw new IllegalArgumentException("a newsletter item needs a title");
    }
  }

  /** An item with Polish text only. */
  public static NewsletterItem of(LocalDate day, String title, String text) {
    return new NewsletterItem(day, title, text, Optional.empty(), Optional.empty());
  }

  /** An item in Polish and English. */
  public static NewsletterItem of(LocalDate day, String title, String text, String englishTitle,
      String englishText) {
    return new NewsletterItem(day, title, text, Optional.of(englishTitle), Optional.of(englishText));
  }

  /**
   * The item of a dispatch: its day of sending in the zone, its subject and body.
   *
   * @param dispatch the dispatch
   * @param zone the zone of the day
   * @return the item
   */
  public static NewsletterItem from(Dispatch dispatch, ZoneId zone) {
    InformationItem i = dispatch.item();
    return new NewsletterItem(LocalDate.ofInstant(dispatch.sentAt(), zone), i.subject(), i.body(),
        i.englishSubject(), i.englishBody());
  }

  /** The title in the reader's language: English where given and asked for, else Polish. */
  public String title(Locale locale) {
    return english(locale) ? englishTitle.orElse(title) : title;
  }

  /** The text in the reader's language: English where given and asked for, else Polish. */
  public String text(Locale locale) {
    return english(locale) ? englishText.orElse(text) : text;
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
