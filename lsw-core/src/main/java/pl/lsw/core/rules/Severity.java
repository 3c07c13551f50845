package pl.lsw.core.rules;

/**
 * How much a rule's finding weighs.
 *
 * <p>Polish: <i>waga (stopień) wymogu</i> — {@code MUST}: <i>wymóg</i>, {@code SHOULD}:
 * <i>zalecenie</i>.
 */
public enum Severity {
  /** A violation: the operation is refused or the check fails ({@link RuleReport#isCompliant()}). */
  MUST,
  /** A warning: reported, never blocks. */
  SHOULD;

  /** Whether a finding of this severity blocks (only {@link #MUST}). */
  public boolean blocks() {
    return this == MUST;
  }
}
