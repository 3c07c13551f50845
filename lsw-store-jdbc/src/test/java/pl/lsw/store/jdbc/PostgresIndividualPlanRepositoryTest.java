package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.family.plan.IndividualPlanRepositoryContract;

/**
 * The JDBC store on PostgreSQL keeps the individual plan repository contract. One embedded server per
 * class; every test gets a fresh schema, migrated by the store.
 */
class PostgresIndividualPlanRepositoryTest extends IndividualPlanRepositoryContract {

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
  protected IndividualPlanRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshSchema(postgres)).migrate(true).build().individualPlans();
  }
}
