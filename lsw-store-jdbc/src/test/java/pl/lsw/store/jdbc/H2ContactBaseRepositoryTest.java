package pl.lsw.store.jdbc;

import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.ContactBaseRepositoryContract;

/** The JDBC store on H2 keeps the contact base repository contract. */
class H2ContactBaseRepositoryTest extends ContactBaseRepositoryContract {

  @Override
  protected ContactBaseRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().contactBases();
  }
}
