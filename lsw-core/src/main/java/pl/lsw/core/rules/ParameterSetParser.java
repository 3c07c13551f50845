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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import pl.lsw.core.kernel.Problem;

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

  private ParameterSetParser() {}

  /**
   * Parses {@code text}.
   *
   * @param text the entries
   * @param validFrom the date from which entries without their own date apply
   * @param knownKeys the keys the text may name, e.g. {@link StatutoryParameters#keys()} or {@link
   *     RuleCatalog#parameterKeys()}
   * @return the values, or every problem of every line
   */
  public static Validation<Seq<Problem>, ParameterSet> parse(
      String text, LocalDate validFrom, Collection<? extends ParameterKey<?>> knownKeys) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(validFrom, "validFrom");
    Map<String, ParameterKey<?>> known = new HashMap<>();
    knownKeys.forEach(k -> known.put(k.name(), k));
    List<Problem> problems = List.empty();
    ParameterSet set = ParameterSet.empty();
    Set<String> seen = new HashSet<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = "line " + (i + 1);
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        problems = problems.append(RuleProblems.PROBLEMS.problem(where, "PARAMETER_LINE_FORMAT", "line", line));
        continue;
      }
      String left = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      String name = left;
      LocalDate from = validFrom;
      int at = left.indexOf('@');
      if (at >= 0) {
        name = left.substring(0, at).strip();
        String date = left.substring(at + 1).strip();
        try {
          from = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          problems = problems.append(RuleProblems.PROBLEMS.problem(where, "PARAMETER_DATE", "value", date));
          from = null;
        }
      }
      ParameterKey<?> key = known.get(name);
      if (key == null) {
        problems = problems.append(RuleProblems.PROBLEMS.problem(where, "PARAMETER_UNKNOWN", "name", name));
        continue;
      }
      Validation<Seq<Problem>, ParameterSet> added = add(set, key, from, value);
      if (added.isInvalid()) {
        for (Problem p : added.getError()) {
          problems = problems.append(RuleProblems.PROBLEMS.keyed("PARAMETER_VALUE", where, p.code(), "name", name,
              "problem", (pl.lsw.core.kernel.Localized) p::message));
        }
        continue;
      }
      if (from == null) {
        continue;
      }
      if (!seen.add(name + "@" + from)) {
        problems = problems.append(RuleProblems.PROBLEMS.problem(where, "PARAMETER_DUPLICATE", "name", name, "from", from));
        continue;
      }
      set = added.get();
    }
    return problems.isEmpty() ? Validation.valid(set) : Validation.invalid(problems);
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

  private static <T> Validation<Seq<Problem>, ParameterSet> add(
      ParameterSet set, ParameterKey<T> key, LocalDate from, String text) {
    return key.type().parse(text)
        .flatMap(v -> key.type().check(v))
        .map(v -> from == null ? set : set.with(key, from, v));
  }
}
