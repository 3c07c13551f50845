package pl.lsw.core.kernel;

/**
 * The form of a pseudonymous code, the only way a family or a member of one is written down: a
 * code such as {@code R-004} or {@code CUS/2026/117} a person could not be recognised by. A code
 * is at most {@value #MAX_LENGTH} characters of Latin letters, digits and {@code - _ . / : #}
 * only (so no space, no {@code @} and no Polish letter: no name, surname or e-mail address), has
 * at least one digit, and never more than {@value #MAX_DIGIT_RUN} digits in a row (so no PESEL,
 * phone or NIP number). {@code pl.lsw.core.family.FamilyReference} reports each of these
 * problems of a family's code; other capabilities (a families' representation, a person of one)
 * ask only {@link #isValid}.
 *
 * <p>Polish: <i>kod pseudonimowy</i>.
 */
public final class PseudonymousCode {

  /** The longest code, in characters. */
  public static final int MAX_LENGTH = 64;

  /** The longest run of digits a code may have. */
  public static final int MAX_DIGIT_RUN = 8;

  /** The characters allowed besides Latin letters and digits. */
  public static final String PUNCTUATION = "-_./:#";

  private PseudonymousCode() {}

  /**
   * Whether the text, without leading and trailing blanks, is a pseudonymous code.
   *
   * @param text the text, may be null
   * @return true for a code of the form described above
   */
  public static boolean isValid(CharSequence text) {
    String code = text == null ? "" : TextChecks.strip(text.toString());
    if (code.isEmpty() || code.length() > MAX_LENGTH) {
      return false;
    }
    boolean digit = false;
    int run = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean isDigit = c >= '0' && c <= '9';
      boolean latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!isDigit && !latin && PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
      digit |= isDigit;
      run = isDigit ? run + 1 : 0;
      if (run > MAX_DIGIT_RUN) {
        return false;
      }
    }
    return digit;
  }
}
