package pl.lsw.core.partnership.governance;

/**
 * A member's position on a proposed decision.
 *
 * <p>Polish: <i>stanowisko członka (akceptuje / sprzeciwia się / wstrzymuje się)</i>.
 */
public enum Position {
  /** Accepts. Polish: <i>akceptuje</i>. */
  ACCEPT,
  /** Objects. Polish: <i>sprzeciw</i>. */
  OBJECT,
  /** Abstains. Polish: <i>wstrzymuje się</i>. */
  ABSTAIN
}
