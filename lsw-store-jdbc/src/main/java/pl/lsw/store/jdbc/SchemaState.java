package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import pl.lsw.core.kernel.StoreException;

/**
 * What the store knows of its schema without Flyway: whether Flyway is on the class path, and
 * whether the schema history already records every shipped script, in which case nothing has to
 * run and Flyway is not even loaded. This class must not refer to any Flyway type: it is loaded
 * on class paths without Flyway.
 */
final class SchemaState {

  private SchemaState() {}

  /** Whether the Flyway core class can be loaded by the given class loader. */
  static boolean flywayPresent(ClassLoader loader) {
    try {
      Class.forName("org.flywaydb.core.Flyway", false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * The highest schema version recorded as successfully applied in {@value
   * JdbcStore#SCHEMA_HISTORY_TABLE}; 0 when the table is missing or records no script.
   *
   * @throws StoreException when the database cannot be reached
   */
  static int appliedVersion(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      List<String> versions;
      try {
        versions = Jdbc.query(c, "SELECT \"version\" FROM \"" + JdbcStore.SCHEMA_HISTORY_TABLE
            + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL", rs -> rs.getString(1));
      } catch (SQLException missingTable) {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        return 0;
      }
      int highest = 0;
      for (String v : versions) {
        try {
          highest = Math.max(highest, Integer.parseInt(v.trim()));
        } catch (NumberFormatException notOurs) {
          // a version written by another tool (e.g. "1.1") is not one of the shipped scripts
        }
      }
      return highest;
    } catch (SQLException e) {
      throw new StoreException("reading the LSW schema history failed: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the table {@value JdbcStore#SCHEMA_HISTORY_TABLE} exists, recorded scripts or not.
   *
   * @throws StoreException when the database cannot be reached
   */
  static boolean historyTablePresent(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      try {
        Jdbc.query(c, "SELECT COUNT(*) FROM \"" + JdbcStore.SCHEMA_HISTORY_TABLE + "\"",
            rs -> rs.getLong(1));
        return true;
      } catch (SQLException missingTable) {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        return false;
      }
    } catch (SQLException e) {
      throw new StoreException("reading the LSW schema history failed: " + e.getMessage(), e);
    }
  }
}
