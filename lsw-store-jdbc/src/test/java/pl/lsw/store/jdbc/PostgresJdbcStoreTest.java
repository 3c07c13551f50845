package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.OrganisationGen;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.OrganisationRepository;

/** Dialect detection and migrations on PostgreSQL. */
class PostgresJdbcStoreTest {

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
  void the_postgres_dialect_is_detected_from_the_database() {
    DataSource db = TestDatabases.freshSchema(postgres);

    assertSame(PostgresDialect.INSTANCE, SqlDialect.detect(db));
    assertSame(PostgresDialect.INSTANCE, JdbcStore.builder(db).build().dialect());
  }

  @Test
  void the_migration_runs_on_an_empty_schema_and_running_it_again_changes_nothing()
      throws SQLException {
    DataSource db = TestDatabases.freshSchema(postgres);
    OrganisationId id = OrganisationId.of(UUID.fromString("6f1c1a52-3c0e-4d5b-8f5e-0a9b7c6d5e4f"));

    JdbcStore.builder(db).migrate(true).build().organisations()
        .save(OrganisationGen.fullFoundation(id, "Fundacja", 1));
    OrganisationRepository again = JdbcStore.builder(db).migrate(true).build().organisations();

    assertEquals(1, again.count());
    assertEquals(JdbcStoreTest.shippedVersions(), JdbcStoreTest.historyVersions(db));
  }
}
