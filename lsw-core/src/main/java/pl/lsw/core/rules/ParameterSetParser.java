package pl.lsw.core.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * Reads parameter values from a small line-based text format into a {@link ParameterSet}.
 *
 * <p>The format (UTF-8; one entry per line):
 *
 * <pre>
 * # a comment; blank lines are ignored
 * FIN-SMALL-GRANT-AMOUNT.max = 20000.00
 * FIN-SMALL-GRANT-BUDGET-SHARE.max = 30%
 * FIN-SMALL-GRANT-YEARLY-CAP.max @ 2027-01-01 = 40 000,00 zł
 * </pre>
 *
 * <p>Each entry is {@code name = value} or {@code name @ yyyy-mm-dd = value}: the name of a known
 * {@link ParameterKey}, an optional date from which the value applies (otherwise the {@code
 * validFrom} given to the parser), and the value in the text form of the key's {@link
 * ParameterType} (see {@link ParameterTypes}). Lines starting with {@code #} or {@code !} are
 * comments. The same name with the same date twice is an error.
 *
 * <p>Every bad line is reported, each problem's path being {@code line N}: codes {@code
 * PARAMETER_LINE_FORMAT} (no {@code =} or no name), {@code PARAMETER_UNKNOWN}, {@code
 * PARAMETER_DATE}, {@code PARAMETER_DUPLICATE}, and the value type's own codes (e.g. {@code
 * MONEY_FORMAT}) for a bad value.
 *
 * <p>Polish: <i>wczytywanie parametrów z pliku</i>.
 */
public final class ParameterSetParser {

  /** The longest part of a line quoted in a message. */
  static final int QUOTED = 80;

  /** The longest date text read (a longer one is a {@code PARAMETER_DATE} problem at once). */
  private static final int DATE_LENGTH = 16;

  private ParameterSetParser() {}

  /**
   * Parses {@code text}, in time linear in its length. A null text, date or key collection is
   * reported ({@code PARAMETER_TEXT_MISSING}, {@code PARAMETER_VALID_FROM_MISSING}, {@code
   * PARAMETER_KEYS_MISSING}) rather than thrown; null keys in the collection are ignored. Lines
   * are quoted in messages up to {@value #QUOTED} characters.
   *
   * @param text the entries
   * @param validFrom the date from which entries without their own date apply
   * @param knownKeys the keys the text may name, e.g. {@link StatutoryParameters#keys()} or {@link
   *     RuleCatalog#parameterKeys()}
   * @return the values, or every problem of every line
   */
  public static Validation<Seq<Problem>, ParameterSet> parse(
      String text, LocalDate validFrom, Collection<? extends ParameterKey<?>> knownKeys) {
    java.util.List<Problem> problems = new ArrayList<>();
    if (text == null) {
      problems.add(RuleProblems.PROBLEMS.problem("", "PARAMETER_TEXT_MISSING"));
    }
    if (validFrom == null) {
      problems.add(RuleProblems.PROBLEMS.problem("", "PARAMETER_VALID_FROM_MISSING"));
    }
    if (knownKeys == null) {
      problems.add(RuleProblems.PROBLEMS.problem("", "PARAMETER_KEYS_MISSING"));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(List.ofAll(problems));
    }
    Map<String, ParameterKey<?>> known = new HashMap<>();
    for (ParameterKey<?> k : knownKeys) {
      if (k != null) {
        known.put(k.name(), k);
      }
    }
    java.util.List<ParameterValue<?>> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNumber = 0;
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int end = pos;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String raw = text.substring(pos, end);
      pos = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
          ? end + 2 : end + 1;
      lineNumber++;
      String where = "line " + lineNumber;
      String line = TextChecks.strip(raw);
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        problems.add(RuleProblems.PROBLEMS.problem(where, "PARAMETER_LINE_FORMAT", "line", quoted(line)));
        continue;
      }
      String left = TextChecks.strip(line.substring(0, eq));
      String value = TextChecks.strip(line.substring(eq + 1));
      String name = left;
      LocalDate from = validFrom;
      int at = left.indexOf('@');
      if (at >= 0) {
        name = TextChecks.strip(left.substring(0, at));
        String date = TextChecks.strip(left.substring(at + 1));
        try {
          from = date.length() > DATE_LENGTH ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          from = null;
        }
        if (from == null) {
          problems.add(RuleProblems.PROBLEMS.problem(where, "PARAMETER_DATE", "value", quoted(date)));
        }
      }
      ParameterKey<?> key = known.get(name);
      if (key == null) {
        problems.add(RuleProblems.PROBLEMS.problem(where, "PARAMETER_UNKNOWN", "name", quoted(name)));
        continue;
      }
      Validation<Seq<Problem>, ParameterValue<?>> parsed = value(key, from, value);
      if (parsed.isInvalid()) {
        for (Problem p : parsed.getError()) {
          problems.add(RuleProblems.PROBLEMS.keyed("PARAMETER_VALUE", where, p.code(), "name", name,
              "problem", (pl.lsw.core.kernel.Localized) p::message));
        }
        continue;
      }
      if (from == null) {
        continue;
      }
      if (!seen.add(name + "@" + from)) {
        problems.add(RuleProblems.PROBLEMS.problem(where, "PARAMETER_DUPLICATE", "name", name, "from", from));
        continue;
      }
      entries.add(parsed.get());
    }
    return problems.isEmpty()
        ? Validation.valid(ParameterSet.ofChecked(entries))
        : Validation.invalid(List.ofAll(problems));
  }

  /** A part of a line as quoted in a message: at most {@value #QUOTED} characters. */
  private static String quoted(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
  }

  /**
   * Parses a UTF-8 class-path resource, e.g. {@link StatutoryParameters#DRAFT_2025_RESOURCE}.
   *
   * @param anchor a class whose class loader sees the resource
   * @param resource the resource path, without a leading slash
   * @param validFrom the date from which entries without their own date apply
   * @param knownKeys the keys the resource may name
   * @throws IllegalArgumentException when the resource does not exist
   * @throws UncheckedIOException when it cannot be read
   */
  public static Validation<Seq<Problem>, ParameterSet> fromResource(Class<?> anchor, String resource,
      LocalDate validFrom, Collection<? extends ParameterKey<?>> knownKeys) {
    try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("parameter resource " + resource + " not found");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), validFrom, knownKeys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parameter resource " + resource, e);
    }
  }

  /**
   * Writes a set in the format above, one line per value with its date; {@link #parse} reads it back.
   */
  public static String format(ParameterSet set) {
    StringBuilder sb = new StringBuilder();
    for (ParameterValue<?> v : set.values()) {
      sb.append(v.key().name()).append(" @ ").append(v.validFrom()).append(" = ").append(v.formatted())
          .append('\n');
    }
    return sb.toString();
  }

  private static <T> Validation<Seq<Problem>, ParameterValue<?>> value(
      ParameterKey<T> key, LocalDate from, String text) {
    return key.type().parse(text)
        .flatMap(v -> key.type().check(v))
        .map(v -> from == null ? null : new ParameterValue<>(key, from, v));
  }
}
