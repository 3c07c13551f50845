package pl.lsw.store.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import pl.lsw.core.access.AccessMatrixTest;
import pl.lsw.core.store.port.LswStore;

/**
 * The access matrix of every command and role, on the JDBC store over H2: each cell on the same
 * migrated database, emptied before it.
 */
class H2AccessMatrixTest extends AccessMatrixTest {

  private static DataSource database;

  @BeforeAll
  static void migrate() {
    database = TestDatabases.freshH2();
    JdbcStore.builder(database).migrate(true).build();
  }

  @Override
  protected LswStore emptyStore() {
    return JdbcStore.builder(TestDatabases.emptied(database)).build();
  }
}
