package pl.lsw.core.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The problems of one capability: a {@link MessageBundle} whose keys are problem codes, with a
 * short way to make a problem from name–value pairs:
 * {@code PROBLEMS.problem("nip", "NIP_CHECKSUM", "value", text, "expected", 5)}.
 *
 * <p>Thread-safe. Polish: <i>komunikaty problemów danej części biblioteki</i>.
 */
public final class ProblemBundle {

  private final MessageBundle bundle;

  private ProblemBundle(MessageBundle bundle) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
  }

  /**
   * The problems whose messages are in the bundle {@code baseName} next to {@code anchor}.
   *
   * @param anchor a class whose class loader has the bundle
   * @param baseName the bundle's base name, e.g. {@code pl/lsw/core/kernel/problems}
   * @return the problem bundle
   */
  public static ProblemBundle of(Class<?> anchor, String baseName) {
    return new ProblemBundle(MessageBundle.of(anchor, baseName));
  }

  /** @return the message bundle, e.g. to check that every key exists in both languages */
  public MessageBundle bundle() {
    return bundle;
  }

  /**
   * A problem whose message key is its code.
   *
   * @param path the path of the offending field; empty for the whole input
   * @param code the code and message key
   * @param nameValuePairs argument names and values, alternating
   * @return the problem
   */
  public Problem problem(String path, String code, Object... nameValuePairs) {
    return Problem.of(bundle, path, code, arguments(nameValuePairs));
  }

  /**
   * A problem whose message key differs from its code.
   *
   * @param messageKey the message key
   * @param path the path of the offending field; empty for the whole input
   * @param code the code
   * @param nameValuePairs argument names and values, alternating
   * @return the problem
   */
  public Problem keyed(String messageKey, String path, String code, Object... nameValuePairs) {
    return Problem.keyed(bundle, messageKey, path, code, arguments(nameValuePairs));
  }

  /**
   * A refusal for one problem whose message key is its code.
   *
   * @param path the path of the offending field; empty for the whole command
   * @param code the code and message key
   * @param nameValuePairs argument names and values, alternating
   * @return the refusal
   */
  public Refusal refusal(String path, String code, Object... nameValuePairs) {
    return Refusal.of(problem(path, code, nameValuePairs));
  }

  private static Map<String, Object> arguments(Object[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("argument names and values must alternate");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
