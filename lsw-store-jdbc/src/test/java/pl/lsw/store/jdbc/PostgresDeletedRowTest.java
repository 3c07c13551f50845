package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A save of a row deleted behind the store's back, on PostgreSQL. One embedded server per class;
 * every test gets a fresh schema.
 */
class PostgresDeletedRowTest extends DeletedRowContract {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Override
  protected DataSource freshDatabase() {
    return TestDatabases.freshSchema(postgres);
  }
}
