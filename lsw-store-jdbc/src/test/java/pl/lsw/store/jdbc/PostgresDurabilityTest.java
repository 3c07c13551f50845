package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL of the tests runs with durable commits, as the library expects of a
 * production database: {@code fsync} and {@code synchronous_commit} are on.
 */
class PostgresDurabilityTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  void fsync_is_on() throws SQLException {
    assertEquals("on", show("fsync"));
  }

  @Test
  void synchronous_commit_is_on() throws SQLException {
    assertEquals("on", show("synchronous_commit"));
  }

  private static String show(String setting) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
