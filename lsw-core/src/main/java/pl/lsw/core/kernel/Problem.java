package pl.lsw.core.kernel;

import java.util.Objects;

/**
 * One problem found in an input: where it is, a stable machine-readable code and a message for
 * people. Constructors of value objects collect every problem of an input instead of stopping at
 * the first, so a caller can show all of them at once.
 *
 * <p>Polish: <i>problem / błąd danych</i>.
 *
 * @param path the path of the offending field, e.g. {@code "organisation.nip"}; empty for the
 *     whole input
 * @param code a stable code, e.g. {@code "NIP_CHECKSUM"}, that callers may translate
 * @param message a readable explanation in English that quotes the offending value
 */
public record Problem(String path, String code, String message) {

  /** Validates that no component is null. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A problem of the whole input, without a field path. */
  public static Problem of(String code, String message) {
    return new Problem("", code, message);
  }

  /** The same problem placed under a parent path: {@code nip} under {@code seller} is {@code seller.nip}. */
  public Problem under(String parent) {
    if (parent == null || parent.isEmpty()) {
      return this;
    }
    return new Problem(path.isEmpty() ? parent : parent + "." + path, code, message);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
  }
}
