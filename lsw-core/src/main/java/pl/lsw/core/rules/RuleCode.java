package pl.lsw.core.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.Problem;

/**
 * The stable public code of a rule, e.g. {@code FIN-SMALL-GRANT-AMOUNT}. A rule keeps its code for
 * ever; a changed rule gets a new version, not a new meaning under the old code.
 *
 * <p>Form: two or more groups of upper-case ASCII letters and digits joined by single hyphens, the
 * first group starting with a letter, at most {@value #MAX_LENGTH} characters.
 *
 * <p>Polish: <i>kod reguły</i>.
 */
public final class RuleCode implements Comparable<RuleCode> {

  /** The longest accepted code. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  private final String value;

  private RuleCode(String value) {
    this.value = value;
  }

  /** Parses a code, reporting every problem; the input is not trimmed or upper-cased. */
  public static Validation<Seq<Problem>, RuleCode> parse(CharSequence text) {
    if (text == null) {
      return Validation.invalid(List.of(RuleProblems.PROBLEMS.problem("", "RULE_CODE_MISSING")));
    }
    String s = text.toString();
    List<Problem> problems = List.empty();
    if (s.length() > MAX_LENGTH) {
      problems = problems.append(RuleProblems.PROBLEMS.problem("", "RULE_CODE_TOO_LONG", "value", s,
          "length", s.length(), "max", MAX_LENGTH));
    }
    if (!FORM.matcher(s).matches()) {
      problems = problems.append(RuleProblems.PROBLEMS.problem("", "RULE_CODE_FORM", "value", s));
    }
    return problems.isEmpty() ? Validation.valid(new RuleCode(s)) : Validation.invalid(problems);
  }

  /**
   * Parses a code or throws.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem of the text
   */
  public static RuleCode of(CharSequence text) {
    return Checks.orThrow(parse(text));
  }

  /** The code as text. */
  public String value() {
    return value;
  }

  /** Orders codes alphabetically. */
  @Override
  public int compareTo(RuleCode other) {
    return value.compareTo(other.value);
  }

  /** Codes are equal when their text is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleCode && ((RuleCode) o).value.equals(value);
  }

  /** Hash of the text. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The code as text. */
  @Override
  public String toString() {
    return value;
  }
}
