package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import pl.lsw.core.OutboxContract;
import pl.lsw.core.store.port.LswStore;

/**
 * The JDBC store on PostgreSQL keeps the outbox contract. One embedded server
 * per class; every test gets a fresh schema, migrated by the store.
 */
class PostgresOutboxTest extends OutboxContract {

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
  protected LswStore emptyStore() {
    return JdbcStore.builder(TestDatabases.freshSchema(postgres)).migrate(true).build();
  }
}
