package pl.lsw.interchange.smallgrant;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.Problem;

/**
 * A line of a register file that could not be read, with every reason found in it. The problem's
 * path is the column ({@code amount}, {@code org_nip}…), empty for the line as a whole.
 *
 * <p>Polish: <i>błędny wiersz rejestru małych grantów</i>.
 *
 * @param line the line number in the file, counted from 1 (comments and empty lines included)
 * @param problems every reason, in the order of the columns; never empty
 */
public record MalformedRow(int line, List<Problem> problems) {

  /** Copies the problems; refuses an empty list. */
  public MalformedRow {
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a malformed row needs a reason");
    }
  }

  /**
   * The reasons as one line for people: {@code column: message} for a problem of the file format,
   * {@code column: CODE – message} for a value a library parser refused (a NIP, a TERYT code, an
   * amount), reasons separated by {@code ; }.
   *
   * @param locale the reader's locale
   * @return the reasons
   */
  public String describe(Locale locale) {
    return problems.stream().map(p -> describe(p, locale)).collect(Collectors.joining("; "));
  }

  /** One problem as {@link #describe(Locale)} writes it. */
  static String describe(Problem p, Locale locale) {
    Objects.requireNonNull(p, "p");
    String prefix = p.path().isEmpty() ? "" : p.path() + ": ";
    if (p.code().startsWith(SmallGrantRegisterFormat.CODE_PREFIX)) {
      return prefix + p.message(locale);
    }
    return prefix + p.code() + " – " + p.message(locale);
  }
}
