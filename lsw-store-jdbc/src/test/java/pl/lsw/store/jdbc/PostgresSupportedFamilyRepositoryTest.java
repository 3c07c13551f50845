package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.family.SupportedFamilyRepositoryContract;

/**
 * The JDBC store on PostgreSQL keeps the supported family repository contract. One embedded server per
 * class; every test gets a fresh schema, migrated by the store.
 */
class PostgresSupportedFamilyRepositoryTest extends SupportedFamilyRepositoryContract {

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
  protected SupportedFamilyRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshSchema(postgres)).migrate(true).build().supportedFamilies();
  }
}
