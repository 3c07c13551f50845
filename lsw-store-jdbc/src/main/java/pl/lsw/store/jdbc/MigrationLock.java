package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import pl.lsw.core.kernel.StoreException;

/**
 * Serialises the stores that migrate one database at once, so that only one of them creates
 * and fills the schema history while the others wait and then find the schema up to date. On
 * PostgreSQL this is a session-level advisory lock ({@code pg_advisory_lock}), held on a
 * connection of its own, so it also serialises stores in other processes; the migration itself
 * needs a second connection meanwhile. On H2, whose database files one process opens at a time,
 * stores of the same JVM take one lock.
 */
final class MigrationLock {

  /** The key of the PostgreSQL advisory lock: "LSWMIGR" in ASCII, chosen to be the library's. */
  static final long ADVISORY_KEY = 0x4C53574D494752L;

  private static final ReentrantLock IN_PROCESS = new ReentrantLock();

  private MigrationLock() {}

  /** Runs {@code migration} while holding the migration lock of the database. */
  static void around(DataSource dataSource, SqlDialect dialect, Runnable migration) {
    IN_PROCESS.lock();
    try {
      if (dialect == PostgresDialect.INSTANCE) {
        withAdvisoryLock(dataSource, migration);
      } else {
        migration.run();
      }
    } finally {
      IN_PROCESS.unlock();
    }
  }

  private static void withAdvisoryLock(DataSource dataSource, Runnable migration) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_lock(" + ADVISORY_KEY + ")");
        try {
          migration.run();
        } finally {
          s.execute("SELECT pg_advisory_unlock(" + ADVISORY_KEY + ")");
        }
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException("taking the LSW migration lock failed: " + e.getMessage(), e);
    }
  }
}
