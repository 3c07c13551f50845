package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed name of a rule parameter, e.g. {@code FIN-SMALL-GRANT-AMOUNT.max} of type money. The
 * name is the owning rule's code, a dot and a lower-camel-case parameter name. Keys are equal when
 * their names are equal.
 *
 * <p>Polish: <i>parametr reguły (klucz)</i>.
 *
 * @param <T> the Java type of the parameter's values
 */
public final class ParameterKey<T> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\\.[a-z][A-Za-z0-9]*");

  private final String name;
  private final ParameterType<T> type;
  private final String descriptionPl;
  private final String descriptionEn;

  private ParameterKey(String name, ParameterType<T> type, String descriptionPl, String descriptionEn) {
    this.name = name;
    this.type = type;
    this.descriptionPl = descriptionPl;
    this.descriptionEn = descriptionEn;
  }

  /**
   * Creates a key.
   *
   * @param name e.g. {@code "FIN-SMALL-GRANT-AMOUNT.max"}
   * @param type the value type, usually one of {@link ParameterTypes}
   * @param descriptionPl what the value means, in Polish
   * @param descriptionEn what the value means, in English
   * @throws IllegalArgumentException when the name is not {@code RULE-CODE.name} or a text is blank
   */
  public static <T> ParameterKey<T> of(
      String name, ParameterType<T> type, String descriptionPl, String descriptionEn) {
    Objects.requireNonNull(name, "name");
    if (!FORM.matcher(name).matches()) {
      throw new IllegalArgumentException("parameter name \"" + name
          + "\" is not a rule code, a dot and a lower-camel-case name, e.g. FIN-SMALL-GRANT-AMOUNT.max");
    }
    Objects.requireNonNull(type, "type");
    Checks.requireText(descriptionPl, "Polish description of " + name);
    Checks.requireText(descriptionEn, "English description of " + name);
    return new ParameterKey<>(name, type, descriptionPl, descriptionEn);
  }

  /** The full name, e.g. {@code FIN-SMALL-GRANT-AMOUNT.max}. */
  public String name() {
    return name;
  }

  /** The code of the rule the parameter belongs to (the part before the dot). */
  public RuleCode ruleCode() {
    return RuleCode.of(name.substring(0, name.indexOf('.')));
  }

  /** The value type. */
  public ParameterType<T> type() {
    return type;
  }

  /** The description in English for an English locale, in Polish (the default) otherwise. */
  public String description(Locale locale) {
    return Messages.isPolish(locale) ? descriptionPl : descriptionEn;
  }

  /** Keys are equal when their names are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterKey && ((ParameterKey<?>) o).name.equals(name);
  }

  /** Hash of the name. */
  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name and the type, e.g. {@code FIN-SMALL-GRANT-AMOUNT.max:money}. */
  @Override
  public String toString() {
    return name + ":" + type.name();
  }
}
