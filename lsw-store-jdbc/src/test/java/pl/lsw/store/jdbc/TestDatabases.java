package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Fresh, empty databases for tests: each call gives a database or schema no other test uses. */
final class TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDatabases() {}

  /** A new, empty H2 in-memory database, kept until the JVM ends. */
  static DataSource freshH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lsw_test_" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  /**
   * Starts an embedded PostgreSQL. It runs as the current user; the bundled binaries also start
   * when that user is root, so no extra setup is needed. Commits are durable ({@code fsync} and
   * {@code synchronous_commit} on, which the embedded server otherwise turns off for speed), so
   * the tests run under the settings the library expects of a production database.
   */
  static EmbeddedPostgres startPostgres() {
    try {
      return EmbeddedPostgres.builder()
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
    }
  }

  /** A new, empty schema in the embedded PostgreSQL, and a data source whose default it is. */
  static DataSource freshSchema(EmbeddedPostgres pg) {
    String schema = "lsw_test_" + COUNTER.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema, e);
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(pg.getJdbcUrl("postgres", "postgres"));
    ds.setCurrentSchema(schema);
    return ds;
  }

  /**
   * Empties every table of the library in a migrated database (its schema history stays), so
   * that one schema serves many tests that each need an empty store, without migrating again.
   */
  static DataSource emptied(DataSource migrated) {
    try (Connection c = migrated.getConnection(); Statement s = c.createStatement()) {
      java.util.List<String> tables = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) LIKE 'lsw%'"
          + " AND LOWER(table_name) <> 'lsw_schema_history'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
          .contains("postgres")) {
        s.execute("TRUNCATE TABLE " + String.join(", ", tables) + " CASCADE");
      } else {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        for (String table : tables) {
          s.execute("TRUNCATE TABLE " + table);
        }
        s.execute("SET REFERENTIAL_INTEGRITY TRUE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the tables", e);
    }
    return migrated;
  }
}
