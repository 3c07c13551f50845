package pl.lsw.core.information;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * One piece of information sent to the partnership's members: its kind, the subject and body in
 * Polish and, optionally, in English.
 *
 * <p>Polish: <i>informacja (wiadomość do członków LSW)</i>.
 *
 * <p>Rules ({@code build()} throws {@link pl.lsw.core.kernel.InvalidInputException} listing every problem): the
 * Polish subject (at most {@value #MAX_SUBJECT} characters) and body (at most {@value #MAX_BODY})
 * are required and trimmed; the English subject and body, where given, keep the same limits, and
 * are given both or neither ({@code INFORMATION_ENGLISH_INCOMPLETE}). Raw input is checked with
 * {@link InformationItemDraft#validate()}.
 */
@Value.Immutable
abstract class AbstractInformationItem {

  /** The longest subject accepted. */
  public static final int MAX_SUBJECT = 200;

  /** The longest body accepted. */
  public static final int MAX_BODY = 20_000;

  static final Label SUBJECT = Label.of("Temat informacji", "The information's subject");
  static final Label BODY = Label.of("Treść informacji", "The information's body");
  static final Label ENGLISH_SUBJECT =
      Label.of("Temat informacji po angielsku", "The information's English subject");
  static final Label ENGLISH_BODY =
      Label.of("Treść informacji po angielsku", "The information's English body");

  /** The kind. */
  public abstract InformationKind kind();

  /** The subject in Polish. */
  public abstract String subject();

  /** The body in Polish. */
  public abstract String body();

  /** The subject in English, where given. */
  public abstract Optional<String> englishSubject();

  /** The body in English, where given. */
  public abstract Optional<String> englishBody();

  /** The subject in the reader's language: English where given and asked for, else Polish. */
  public String subject(Locale locale) {
    return english(locale) ? englishSubject().orElse(subject()) : subject();
  }

  /** The body in the reader's language: English where given and asked for, else Polish. */
  public String body(Locale locale) {
    return english(locale) ? englishBody().orElse(body()) : body();
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  @Value.Check
  protected void check() {
    List<Problem> problems = problems(kind(), subject(), body(), englishSubject().orElse(null),
        englishBody().orElse(null));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Every problem of an item with these parts; empty when it is fine. */
  static List<Problem> problems(InformationKind kind, String subject, String body,
      String englishSubject, String englishBody) {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "kind", "INFORMATION_KIND",
        Label.of("Rodzaj informacji", "The information's kind"), kind);
    TextChecks.requireText(problems, "subject", "INFORMATION_SUBJECT", SUBJECT, subject, MAX_SUBJECT);
    TextChecks.requireText(problems, "body", "INFORMATION_BODY", BODY, body, MAX_BODY);
    TextChecks.optionalText(problems, "englishSubject", "INFORMATION_ENGLISH_SUBJECT",
        ENGLISH_SUBJECT, englishSubject, MAX_SUBJECT);
    TextChecks.optionalText(problems, "englishBody", "INFORMATION_ENGLISH_BODY", ENGLISH_BODY,
        englishBody, MAX_BODY);
    if ((englishSubject == null) != (englishBody == null)) {
      problems.add(InformationProblems.PROBLEMS.problem(englishSubject == null ? "englishSubject"
          : "englishBody", "INFORMATION_ENGLISH_INCOMPLETE"));
    }
    return problems;
  }
}
