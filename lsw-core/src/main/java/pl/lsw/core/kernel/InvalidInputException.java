package pl.lsw.core.kernel;

import io.vavr.collection.Seq;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown by the throwing factories ({@code Money.parse}, {@code Nip.of}, ...) when an input has
 * one or more problems. The message lists every problem, one per line; {@link #problems()} gives
 * them as data. The non-throwing factories return a Vavr {@code Validation} with the same problems.
 *
 * <p>Polish: <i>nieprawidłowe dane wejściowe</i>.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** Creates the exception for the given non-empty list of problems. */
  public InvalidInputException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception for the given non-empty sequence of problems. */
  @Deprecated
  public InvalidInputException(Seq<Problem> problems) {
    this(problems.toJavaList());
  }

  /** Every problem found, in the order found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The message in the reader's language: how many problems, then one line per problem ({@code
   * path: message [CODE]}). {@link #getMessage()} is the same in English.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public String message(Locale locale) {
    if (!Messages.isPolish(locale)) {
      return getMessage();
    }
    int n = problems.size();
    return n + " " + Messages.polishPlural(n, "problem", "problemy", "problemów") + " w danych:"
        + problems.stream().map(p -> "\n - " + p.describe(locale)).collect(Collectors.joining());
  }

  private static String describe(List<Problem> problems) {
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + " in input:"
        + problems.stream().map(p -> "\n - " + p).collect(Collectors.joining());
  }
}
