package pl.lsw.store.memory.archviolation;

import pl.lsw.store.jdbc.archviolation.JdbcHelperFixture;

/** A deliberate violation: a memory-store class that uses a JDBC-store class. */
public final class ReachesIntoJdbcStore {
  /** Uses the other store. */
  public JdbcHelperFixture helper = new JdbcHelperFixture();
}
