package pl.lsw.core.rules;

import java.util.Objects;

/**
 * A rule's code and version, e.g. {@code KER-NIP v1}: what a report records as evaluated.
 *
 * <p>Polish: <i>kod i wersja reguły</i>.
 *
 * @param code the rule's code
 * @param version the rule's version, {@code ≥ 1}
 */
public record RuleId(RuleCode code, int version) {

  /** Validates the components. */
  public RuleId {
    Objects.requireNonNull(code, "code");
    if (version < 1) {
      throw new IllegalArgumentException("version of " + code + " must be at least 1, got " + version);
    }
  }

  /** E.g. {@code KER-NIP v1}. */
  @Override
  public String toString() {
    return code + " v" + version;
  }
}
