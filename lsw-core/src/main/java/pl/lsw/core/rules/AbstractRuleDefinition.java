package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a rule is, apart from how it is checked: its code, version, severity, source, parameters
 * and its bundle of titles and messages. The title is the bundle entry {@code <code>.title}.
 *
 * <p>Build one with {@code RuleDefinition.builder().code(RuleCode.of("KER-NIP")).version(1)
 * .severity(Severity.MUST).source(...).bundle(...).addMessageKeys("KER-NIP.invalid").build()}.
 *
 * <p>Polish: <i>definicja reguły</i>.
 */
@Value.Immutable
public abstract class AbstractRuleDefinition {

  /** The stable code. */
  public abstract RuleCode code();

  /** The version, {@code ≥ 1}; a changed rule gets a higher version under the same code. */
  public abstract int version();

  /** MUST (violation) or SHOULD (warning). */
  public abstract Severity severity();

  /** Where the rule comes from. */
  public abstract SourceReference source();

  /** The parameters the rule reads, in the order they are shown. */
  public abstract List<ParameterKey<?>> parameters();

  /** The bundle holding {@code <code>.title} and the rule's message keys. */
  public abstract MessageBundle bundle();

  /**
   * Every message key the rule's findings may use, declared so that a test can check that each
   * exists in every language; the {@link RuleEngine} refuses a finding with an undeclared key.
   */
  public abstract Set<String> messageKeys();

  /** The code and version together. */
  public RuleId id() {
    return new RuleId(code(), version());
  }

  /** The key of the title in the bundle: {@code <code>.title}. */
  public String titleKey() {
    return code().value() + ".title";
  }

  /** The title in the language of {@code locale} (Polish by default). */
  public String title(Locale locale) {
    return bundle().format(titleKey(), Map.of(), locale);
  }

  /** Checks the version, that a message key is declared and that no parameter is listed twice. */
  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("rule " + code() + " has version " + version() + "; versions start at 1");
    }
    if (messageKeys().isEmpty()) {
      throw new IllegalArgumentException("rule " + code() + " declares no message key for its findings");
    }
    Set<String> seen = new HashSet<>();
    for (ParameterKey<?> k : parameters()) {
      if (!seen.add(k.name())) {
        throw new IllegalArgumentException("rule " + code() + " lists parameter " + k.name() + " twice");
      }
    }
  }
}
