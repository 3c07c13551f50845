package pl.lsw.core.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule may know while it checks one subject: the date the check is made as of, the
 * parameter values valid on that date, locale-independent {@link ReferenceData} (such as a
 * working-day calendar), and a factory for findings. Findings hold data (message keys and
 * arguments), never text in one language. The context records every
 * parameter value the rule reads through {@link #parameter}, and each finding it creates carries the
 * values read so far — so a report shows which law (which number, valid from when) each finding
 * applied.
 *
 * <p>One context serves one rule for one subject; it is not shared between threads.
 *
 * <p>Polish: <i>kontekst sprawdzania reguły</i>.
 */
public final class RuleContext {

  private final RuleDefinition definition;
  private final LocalDate asOf;
  private final ParameterSet parameters;
  private final ReferenceData referenceData;
  private final Map<String, ParameterValue<?>> used = new LinkedHashMap<>();

  private RuleContext(RuleDefinition definition, LocalDate asOf, ParameterSet parameters,
      ReferenceData referenceData) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
  }

  /**
   * A fresh context for {@code definition}'s rule, as of {@code asOf}, reading {@code parameters}.
   * The {@link RuleEngine} creates one per rule; tests may create one to call a rule directly.
   */
  public static RuleContext of(RuleDefinition definition, LocalDate asOf, ParameterSet parameters) {
    return new RuleContext(definition, asOf, parameters, ReferenceData.empty());
  }

  /** A fresh context with reference data (e.g. a working-day calendar) for the rule. */
  public static RuleContext of(RuleDefinition definition, LocalDate asOf, ParameterSet parameters,
      ReferenceData referenceData) {
    return new RuleContext(definition, asOf, parameters, referenceData);
  }

  /** The locale-independent reference data given to the evaluation (see {@link ReferenceData}). */
  public ReferenceData referenceData() {
    return referenceData;
  }

  /** The definition of the rule being checked. */
  public RuleDefinition definition() {
    return definition;
  }

  /** The date the check is made as of; parameters are taken as valid on this date. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The value of {@code key} valid on {@link #asOf()}; recorded as used.
   *
   * @throws MissingParameterException when the set has no value on that date
   */
  public <T> T parameter(ParameterKey<T> key) {
    return parameterAsOf(key, asOf);
  }

  /**
   * The value of {@code key} valid on another date, e.g. the date of the grant being checked when
   * it differs from the as-of date; recorded as used.
   *
   * @throws MissingParameterException when the set has no value on that date
   */
  public <T> T parameterAsOf(ParameterKey<T> key, LocalDate date) {
    ParameterValue<T> v = parameters.entryAsOf(key, date);
    used.put(key.name() + "@" + v.validFrom(), v);
    return v.value();
  }

  /** The parameter values read so far, in the order first read. */
  public List<ParameterValue<?>> parametersUsed() {
    return List.copyOf(used.values());
  }

  /**
   * A finding of this rule at {@code path} with the message {@code findingKey} and named
   * arguments; it carries the rule's code, version and severity and the parameter values read so
   * far.
   *
   * @param findingKey the message's key relative to the rule's code: {@code "tooHigh"} is the
   *     bundle key {@code <code>.tooHigh} (see {@link RuleDefinition#messageKey})
   */
  public Finding finding(String path, String findingKey, Map<String, ?> arguments) {
    return new Finding(definition.id(), definition.severity(), definition.messageKey(findingKey),
        new LinkedHashMap<>(arguments), path, parametersUsed(), definition.bundle());
  }

  /**
   * A finding with arguments given as name–value pairs: {@code finding("amount", "tooHigh",
   * "amount", a, "max", max)}.
   *
   * @throws IllegalArgumentException when the pairs are odd in number or a name is not a string
   */
  public Finding finding(String path, String findingKey, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("message arguments must be name-value pairs");
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException("argument name at position " + i + " is not a string");
      }
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return finding(path, findingKey, args);
  }

  /** An empty list, for a rule that found nothing. */
  public List<Finding> none() {
    return List.of();
  }
}
