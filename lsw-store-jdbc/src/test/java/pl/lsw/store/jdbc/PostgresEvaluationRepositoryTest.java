package pl.lsw.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepositoryContract;

/**
 * The JDBC store on PostgreSQL keeps the partnership evaluation repository contract. One embedded server
 * per class; every test gets a fresh schema, migrated by the store.
 */
class PostgresEvaluationRepositoryTest extends PartnershipEvaluationRepositoryContract {

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
  protected PartnershipEvaluationRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshSchema(postgres)).migrate(true).build().evaluations();
  }
}
