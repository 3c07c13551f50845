package pl.lsw.store.jdbc.archviolation;

import pl.lsw.store.memory.archviolation.UsesFrameworkFixture;

/**
 * A deliberate violation: a JDBC-store class that uses a memory-store class and a library outside
 * the allowed set.
 */
public final class JdbcHelperFixture {
  /** Uses the other store. */
  public UsesFrameworkFixture other;

  /** Uses a JUnit type. */
  public String name(org.junit.jupiter.api.TestInfo info) {
    return info.getDisplayName();
  }
}
