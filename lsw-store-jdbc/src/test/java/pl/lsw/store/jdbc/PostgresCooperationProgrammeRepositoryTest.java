package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepositoryContract;

/**
 * The JDBC store on PostgreSQL keeps the cooperation programme repository contract. One embedded server
 * per class; every test gets a fresh schema, migrated by the store.
 */
class PostgresCooperationProgrammeRepositoryTest extends CooperationProgrammeRepositoryContract {

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
  protected CooperationProgrammeRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshSchema(postgres)).migrate(true).build().cooperationProgrammes();
  }
}
