package pl.lsw.core.process;

import pl.lsw.core.kernel.TextChecks;

import java.util.Locale;
import java.util.Objects;
import pl.lsw.core.kernel.Localized;
import pl.lsw.core.kernel.Messages;

/**
 * A title in Polish and in English, e.g. of a process, a stage or a step.
 *
 * <p>Polish: <i>tytuł (po polsku i po angielsku)</i>.
 *
 * @param polish the Polish title
 * @param english the English title
 */
public record Title(String polish, String english) implements Localized {

  /** Refuses null components; blank titles are reported by the definition builder. */
  public Title {
    Objects.requireNonNull(polish, "polish");
    Objects.requireNonNull(english, "english");
  }

  /** The title in both languages. */
  public static Title of(String polish, String english) {
    return new Title(polish, english);
  }

  /** Whether either language is blank. */
  public boolean isIncomplete() {
    return TextChecks.isBlank(polish) || TextChecks.isBlank(english);
  }

  /**
   * The title in the reader's language.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the Polish or the English title
   */
  @Override
  public String display(Locale locale) {
    return Messages.isPolish(locale) ? polish : english;
  }

  /** The English title (the Polish one is {@link #polish()}). */
  @Override
  public String toString() {
    return english;
  }
}
