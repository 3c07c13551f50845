package pl.lsw.core.process;

import java.util.Objects;

/**
 * A title in Polish and in English, e.g. of a process, a stage or a step.
 *
 * <p>Polish: <i>tytuł (po polsku i po angielsku)</i>.
 *
 * @param polish the Polish title
 * @param english the English title
 */
public record Title(String polish, String english) {

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
    return polish.isBlank() || english.isBlank();
  }

  /** The English title (the Polish one is {@link #polish()}). */
  @Override
  public String toString() {
    return english;
  }
}
