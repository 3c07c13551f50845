package pl.lsw.core.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in an input or in a command: where it is (a field path), a stable
 * machine-readable code, the values it is about (named arguments, kept as data) and a message
 * for people, written in Polish or English only when asked for. Factories of value objects and
 * commands collect every problem of an input instead of stopping at the first, so a caller can
 * show all of them at once.
 *
 * <p>A problem's message comes from a {@link MessageBundle}: the bundle key is the code itself
 * ({@link #of(MessageBundle, String, String, Map)}) or a key of its own when several codes share
 * one sentence ({@link #keyed}). A rule finding turned into a problem keeps its rule code as the
 * code and its own message key.
 *
 * <p>Instances are immutable and thread-safe. Polish: <i>problem / błąd danych</i>.
 */
public final class Problem {

  private final String path;
  private final String code;
  private final String messageKey;
  private final Map<String, Object> arguments;
  private final MessageBundle bundle;

  private Problem(String path, String code, String messageKey, Map<String, ?> arguments,
      MessageBundle bundle) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    this.bundle = Objects.requireNonNull(bundle, "bundle");
  }

  /**
   * A problem whose message is the bundle entry named by its code.
   *
   * @param bundle the bundle with the message in Polish and English
   * @param path the path of the offending field, e.g. {@code "organisation.nip"}; empty for the
   *     whole input
   * @param code a stable code, e.g. {@code "NIP_CHECKSUM"}, also the message key
   * @param arguments the named message arguments (values are kept as data)
   * @return the problem
   */
  public static Problem of(MessageBundle bundle, String path, String code,
      Map<String, ?> arguments) {
    return keyed(bundle, code, path, code, arguments);
  }

  /**
   * A problem whose message has a key other than its code.
   *
   * @param bundle the bundle with the message in Polish and English
   * @param messageKey the bundle key of the message
   * @param path the path of the offending field; empty for the whole input
   * @param code the stable code
   * @param arguments the named message arguments
   * @return the problem
   */
  public static Problem keyed(MessageBundle bundle, String messageKey, String path, String code,
      Map<String, ?> arguments) {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(arguments, "arguments");
    return new Problem(path, code, messageKey, arguments, bundle);
  }

  /** @return the path of the offending field, e.g. {@code "organisation.nip"}; empty for the whole input */
  public String path() {
    return path;
  }

  /** @return the stable code, e.g. {@code "NIP_CHECKSUM"} or a rule code such as {@code "FIN-SMALL-GRANT-AMOUNT"} */
  public String code() {
    return code;
  }

  /** @return the named arguments of the message, in insertion order */
  public Map<String, Object> arguments() {
    return arguments;
  }

  /**
   * The message for people in the language of {@code locale}: English for an English locale,
   * Polish (the default) otherwise.
   *
   * @param locale the reader's locale, may be null
   * @return the message
   */
  public String message(Locale locale) {
    return bundle.format(messageKey, arguments, locale);
  }

  /**
   * The message in English.
   *
   * @return the English message
   */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * The same problem placed under a parent path: {@code nip} under {@code seller} is {@code
   * seller.nip}.
   *
   * @param parent the parent path; null or empty leaves the problem as it is
   * @return the problem under the parent
   */
  public Problem under(String parent) {
    if (parent == null || parent.isEmpty()) {
      return this;
    }
    return new Problem(path.isEmpty() ? parent : parent + "." + path, code, messageKey, arguments,
        bundle);
  }

  /**
   * The problem as a line for people: {@code path: message [CODE]}.
   *
   * @param locale the reader's locale
   * @return the line
   */
  public String describe(Locale locale) {
    return (path.isEmpty() ? "" : path + ": ") + message(locale) + " [" + code + "]";
  }

  /** Equal when path, code, message key, arguments and bundle are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return path.equals(p.path) && code.equals(p.code) && messageKey.equals(p.messageKey)
        && arguments.equals(p.arguments) && bundle.equals(p.bundle);
  }

  /** Consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(path, code, messageKey, arguments);
  }

  /** The English line, {@code path: message [CODE]}, for logs and test failures. */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
