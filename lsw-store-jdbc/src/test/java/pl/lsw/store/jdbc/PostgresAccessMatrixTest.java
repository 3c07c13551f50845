package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.lsw.core.access.AccessMatrixTest;
import pl.lsw.core.store.port.LswStore;

/**
 * The access matrix of every command and role, on the JDBC store over PostgreSQL: each cell on
 * the same migrated schema, emptied before it. With durable commits its five hundred worlds take
 * many minutes, so it runs in the {@code thorough} profile ({@code ./mvnw -Pthorough verify}); the
 * normal build runs the same table on the memory store and on H2.
 */
@EnabledIfSystemProperty(named = "lsw.thorough", matches = "true")
class PostgresAccessMatrixTest extends AccessMatrixTest {

  private static EmbeddedPostgres postgres;
  private static DataSource database;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
    database = TestDatabases.freshSchema(postgres);
    JdbcStore.builder(database).migrate(true).build();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  protected LswStore emptyStore() {
    return JdbcStore.builder(TestDatabases.emptied(database)).build();
  }
}
