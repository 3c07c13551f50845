package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import java.util.Optional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every rule a library (or an embedding application) knows, grouped in {@link RuleSet}s, with
 * unique codes. {@code pl.lsw.core.StandardRules.catalog()} is the library's own catalog; {@link #of} builds
 * another one, e.g. the standard sets plus an
 * application's own.
 *
 * <p>For each rule the catalog gives its code, version, title in Polish and English, severity,
 * source and parameters; {@link #renderTable} prints them with the parameter values valid on a
 * date.
 *
 * <p>Polish: <i>katalog reguł</i>.
 */
public final class RuleCatalog {


  private final List<RuleSet> ruleSets;
  private final Map<RuleCode, Rule<?>> rules;
  private final Map<RuleCode, String> setOf;

  private RuleCatalog(List<RuleSet> ruleSets, Map<RuleCode, Rule<?>> rules, Map<RuleCode, String> setOf) {
    this.ruleSets = ruleSets;
    this.rules = rules;
    this.setOf = setOf;
  }

  /**
   * A catalog of the given rule sets, in order.
   *
   * @throws IllegalArgumentException when two rules share a code; the message names the code and
   *     both rule sets
   */
  public static RuleCatalog of(List<? extends RuleSet> ruleSets) {
    Map<RuleCode, Rule<?>> rules = new LinkedHashMap<>();
    Map<RuleCode, String> setOf = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (RuleSet set : ruleSets) {
      for (Rule<?> rule : set.rules()) {
        RuleCode code = rule.definition().code();
        if (rules.containsKey(code)) {
          duplicates.add(code + " (in rule sets '" + setOf.get(code) + "' and '" + set.name() + "')");
        } else {
          rules.put(code, rule);
          setOf.put(code, set.name());
        }
      }
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException("rule codes must be unique in a catalog, but these are repeated: "
          + String.join(", ", duplicates));
    }
    return new RuleCatalog(List.copyOf(ruleSets), Collections.unmodifiableMap(rules),
        Collections.unmodifiableMap(setOf));
  }

  /** A catalog of the given rule sets (see {@link #of(List)}). */
  public static RuleCatalog of(RuleSet... ruleSets) {
    return of(List.of(ruleSets));
  }

  /** The rule sets, in order. */
  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /** Every rule, in rule-set order. */
  public List<Rule<?>> rules() {
    return List.copyOf(rules.values());
  }

  /** Every rule's definition, in rule-set order. */
  public List<RuleDefinition> definitions() {
    return rules.values().stream().map(Rule::definition).collect(Collectors.toUnmodifiableList());
  }

  /** The rule with {@code code}, or none. */
  public Optional<Rule<?>> find(RuleCode code) {
    return Optional.ofNullable(rules.get(code));
  }

  /** The name of the rule set holding {@code code}, or none. */
  public Optional<String> ruleSetOf(RuleCode code) {
    return Optional.ofNullable(setOf.get(code));
  }

  /** Every parameter any rule lists, once each, in rule order. */
  public List<ParameterKey<?>> parameterKeys() {
    Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();
    definitions().forEach(d -> d.parameters().forEach(k -> keys.putIfAbsent(k.name(), k)));
    return List.copyOf(keys.values());
  }

  /** The number of rules. */
  public int size() {
    return rules.size();
  }

  /**
   * The catalog as a plain-text table in the language of {@code locale}: one row per rule with
   * code, version, severity, title, source and parameters, each parameter shown with its value
   * valid on {@code asOf} in {@code parameters} (or a "no value" mark).
   */
  public String renderTable(Locale locale, ParameterSet parameters, LocalDate asOf) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(asOf, "asOf");
    MessageBundle labels = KernelRules.MESSAGES;
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {
        labels.format("catalog.code", Map.of(), locale),
        labels.format("catalog.version", Map.of(), locale),
        labels.format("catalog.severity", Map.of(), locale),
        labels.format("catalog.title", Map.of(), locale),
        labels.format("catalog.source", Map.of(), locale),
        labels.format("catalog.parameters", Map.of("date", asOf), locale)});
    for (RuleDefinition d : definitions()) {
      String params = d.parameters().stream()
          .map(k -> k.name() + " = " + parameters.find(k, asOf)
              .map(v -> v.display(locale))
              .orElseGet(() -> labels.format("catalog.noValue", Map.of(), locale)))
          .collect(Collectors.joining("; "));
      rows.add(new String[] {d.code().value(), String.valueOf(d.version()), d.severity().name(),
          d.title(locale), d.source().text(), params});
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length - 1; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      String[] r = rows.get(n);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(i == r.length - 1 ? r[i] : pad(r[i], widths[i]) + " | ");
      }
      sb.append(line.toString().stripTrailing()).append('\n');
      if (n == 0) {
        int total = 0;
        for (int w : widths) {
          total += w + 3;
        }
        sb.append("-".repeat(total + r[r.length - 1].length())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  /** E.g. {@code RuleCatalog[kernel: 4 rules]}. */
  @Override
  public String toString() {
    return "RuleCatalog[" + ruleSets.stream()
        .map(s -> s.name() + ": " + s.rules().size() + " rules").collect(Collectors.joining(", ")) + "]";
  }
}
