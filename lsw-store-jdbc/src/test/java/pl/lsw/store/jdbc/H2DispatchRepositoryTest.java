package pl.lsw.store.jdbc;

import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.information.DispatchRepositoryContract;

/** The JDBC store on H2 keeps the dispatch repository contract. */
class H2DispatchRepositoryTest extends DispatchRepositoryContract {

  @Override
  protected DispatchRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().dispatches();
  }
}
