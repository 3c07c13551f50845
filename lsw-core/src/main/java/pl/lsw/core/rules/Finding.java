package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;

/**
 * One thing a rule found about a subject: which rule (code and version), how much it weighs, where
 * (the path of the offending field), what (a message key with named arguments, rendered in a
 * language only when asked for) and under which parameter values.
 *
 * <p>A finding holds locale-independent data only; {@link #message(Locale)} renders it. Create
 * findings through {@link RuleContext#finding}, which fills in the rule and the parameter values.
 *
 * <p>Polish: <i>ustalenie (naruszenie lub ostrzeżenie)</i>.
 *
 * @param rule the rule's code and version
 * @param severity the rule's severity: MUST is a violation, SHOULD a warning
 * @param messageKey the bundle key of the message, e.g. {@code KER-NIP.invalid}
 * @param arguments named message arguments, in insertion order (values are kept as data)
 * @param path the path of the offending field, e.g. {@code nip}; empty for the whole subject
 * @param parametersUsed the parameter values the rule read before making this finding
 * @param bundle the bundle that holds the message
 */
public record Finding(
    RuleId rule,
    Severity severity,
    String messageKey,
    Map<String, Object> arguments,
    String path,
    List<ParameterValue<?>> parametersUsed,
    MessageBundle bundle) {

  /** Validates and copies the components. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Checks.requireText(messageKey, "message key");
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    Objects.requireNonNull(path, "path");
    parametersUsed = List.copyOf(parametersUsed);
    Objects.requireNonNull(bundle, "bundle");
  }

  /** The rule's code. */
  public RuleCode code() {
    return rule.code();
  }

  /** The rule's version. */
  public int version() {
    return rule.version();
  }

  /** Whether this finding blocks (severity MUST). */
  public boolean isViolation() {
    return severity == Severity.MUST;
  }

  /**
   * The message in the language of {@code locale}: English for an English locale, Polish (the
   * default) for a Polish, root or null locale and for languages the bundle does not have.
   */
  public String message(Locale locale) {
    return bundle.format(messageKey, arguments, locale);
  }

  /**
   * This finding as a reason of a refusal: the rule's code as the code, the same path, message
   * and arguments, so a refused command names the rule in both languages.
   *
   * @return the problem
   */
  public Problem toProblem() {
    return Problem.keyed(bundle, messageKey, path, code().value(), arguments);
  }

  /** E.g. {@code MUST KER-NIP v1 nip: NIP „8567346216” ...} (Polish). */
  @Override
  public String toString() {
    return severity + " " + rule + (path.isEmpty() ? "" : " " + path) + ": " + message(Messages.POLISH);
  }
}
