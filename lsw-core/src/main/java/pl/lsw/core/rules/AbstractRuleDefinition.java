package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a rule is, apart from how it is checked: its code, version, severity, source, parameters
 * and its bundle of titles and messages. The title is the bundle entry {@code <code>.title}.
 *
 * <p>Define one with {@link #of}, naming each finding's message by its key relative to the code:
 * {@code RuleDefinition.of("KER-NIP", Severity.MUST, source, bundle, List.of(), "invalid")}
 * declares the message key {@code KER-NIP.invalid}, and the rule's check asks for it as {@code
 * ctx.finding(path, "invalid", ...)}, so the code is written once. A later version of a rule is
 * built with {@code RuleDefinition.builder()} and {@code version(2)}.
 *
 * <p>Polish: <i>definicja reguły</i>.
 */
@Value.Immutable
abstract class AbstractRuleDefinition {

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

  /**
   * A rule definition of version 1.
   *
   * @param code the stable code, e.g. {@code "FIN-SMALL-GRANT-AMOUNT"}
   * @param severity MUST or SHOULD
   * @param source where the rule comes from
   * @param bundle the bundle holding {@code <code>.title} and the findings' messages
   * @param parameters the parameters the rule reads, in the order they are shown
   * @param findingKeys the keys of the findings' messages relative to the code: {@code "tooHigh"}
   *     stands for the bundle key {@code <code>.tooHigh}
   * @return the definition
   */
  public static RuleDefinition of(String code, Severity severity, SourceReference source,
      MessageBundle bundle, List<ParameterKey<?>> parameters, Collection<String> findingKeys) {
    Set<String> keys = new LinkedHashSet<>();
    for (String key : findingKeys) {
      keys.add(code + "." + key);
    }
    return RuleDefinition.builder().code(RuleCode.of(code)).version(1).severity(severity)
        .source(source).parameters(parameters).bundle(bundle).messageKeys(keys).build();
  }

  /**
   * {@link #of(String, Severity, SourceReference, MessageBundle, List, Collection)} with the
   * finding keys given one by one.
   */
  public static RuleDefinition of(String code, Severity severity, SourceReference source,
      MessageBundle bundle, List<ParameterKey<?>> parameters, String... findingKeys) {
    return of(code, severity, source, bundle, parameters, List.of(findingKeys));
  }

  /**
   * The bundle key of a finding's message.
   *
   * @param findingKey the key relative to the code, e.g. {@code "tooHigh"}
   * @return {@code <code>.<findingKey>}, e.g. {@code FIN-SMALL-GRANT-AMOUNT.tooHigh}
   */
  public String messageKey(String findingKey) {
    return code().value() + "." + findingKey;
  }

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
