package pl.lsw.core.family;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

/**
 * A family as the library knows it: only the pseudonymous code the embedding system gives it,
 * such as {@code R-004} or {@code CUS/2026/117}. The code must be one a person could not be
 * recognised by, so it is refused when it could be personal data:
 *
 * <ul>
 *   <li>{@code FAMILY_REFERENCE_EMPTY}: nothing is given;
 *   <li>{@code FAMILY_REFERENCE_TOO_LONG}: more than {@value #MAX_LENGTH} characters;
 *   <li>{@code FAMILY_REFERENCE_CHARACTERS}: a character other than a Latin letter, a digit or
 *       one of {@code - _ . / : #} — so no space (a name and surname), no {@code @} (an e-mail
 *       address) and no Polish letter (a surname such as "Kowalscy" in a declension);
 *   <li>{@code FAMILY_REFERENCE_NO_DIGIT}: no digit at all, as in a surname;
 *   <li>{@code FAMILY_REFERENCE_DIGIT_RUN}: {@value #MAX_DIGIT_RUN} digits are allowed in a row,
 *       not more, so a PESEL number (11 digits), a phone number (9) or a NIP (10) never passes.
 * </ul>
 *
 * <p>Every problem of a text is reported at once. Immutable and thread-safe; equal when the codes
 * are equal. Polish: <i>pseudonimowe oznaczenie rodziny</i>.
 */
public final class FamilyReference implements Comparable<FamilyReference> {

  /** The longest code, in characters. */
  public static final int MAX_LENGTH = pl.lsw.core.kernel.PseudonymousCode.MAX_LENGTH;

  /** The longest run of digits a code may have. */
  public static final int MAX_DIGIT_RUN = pl.lsw.core.kernel.PseudonymousCode.MAX_DIGIT_RUN;

  private static final String PUNCTUATION = pl.lsw.core.kernel.PseudonymousCode.PUNCTUATION;

  private final String value;

  private FamilyReference(String value) {
    this.value = value;
  }

  /**
   * The reference written in {@code text} (leading and trailing spaces ignored), or every problem
   * with it.
   *
   * @param text the code given by the embedding system; may be null
   * @return the reference, or every problem
   */
  public static Validation<Seq<Problem>, FamilyReference> parse(CharSequence text) {
    String code = text == null ? "" : TextChecks.strip(text.toString());
    List<Problem> problems = new ArrayList<>();
    if (code.isEmpty()) {
      problems.add(FamilyProblems.PROBLEMS.problem("", "FAMILY_REFERENCE_EMPTY"));
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    if (code.length() > MAX_LENGTH) {
      problems.add(FamilyProblems.PROBLEMS.problem("", "FAMILY_REFERENCE_TOO_LONG",
          "length", code.length(), "max", MAX_LENGTH));
    }
    boolean digit = false;
    boolean otherCharacter = false;
    int run = 0;
    int longestRun = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean isDigit = c >= '0' && c <= '9';
      digit |= isDigit;
      run = isDigit ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
      boolean latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!isDigit && !latin && PUNCTUATION.indexOf(c) < 0) {
        otherCharacter = true;
      }
    }
    if (otherCharacter) {
      problems.add(FamilyProblems.PROBLEMS.problem("", "FAMILY_REFERENCE_CHARACTERS",
          "allowed", PUNCTUATION));
    }
    if (!digit) {
      problems.add(FamilyProblems.PROBLEMS.problem("", "FAMILY_REFERENCE_NO_DIGIT"));
    }
    if (longestRun > MAX_DIGIT_RUN) {
      problems.add(FamilyProblems.PROBLEMS.problem("", "FAMILY_REFERENCE_DIGIT_RUN",
          "run", longestRun, "max", MAX_DIGIT_RUN));
    }
    return problems.isEmpty()
        ? Validation.valid(new FamilyReference(code))
        : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  /**
   * The reference written in {@code text}.
   *
   * @param text the code given by the embedding system
   * @return the reference
   * @throws InvalidInputException listing every problem with the text
   */
  public static FamilyReference of(CharSequence text) {
    Validation<Seq<Problem>, FamilyReference> parsed = parse(text);
    if (parsed.isInvalid()) {
      throw new InvalidInputException(parsed.getError().asJava());
    }
    return parsed.get();
  }

  /** @return the code, e.g. {@code R-004} */
  public String value() {
    return value;
  }

  /** Orders references by their codes. */
  @Override
  public int compareTo(FamilyReference other) {
    return value.compareTo(other.value);
  }

  /** Equal when the codes are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FamilyReference && ((FamilyReference) o).value.equals(value);
  }

  /** The hash of the code. */
  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** The code. */
  @Override
  public String toString() {
    return value;
  }
}
