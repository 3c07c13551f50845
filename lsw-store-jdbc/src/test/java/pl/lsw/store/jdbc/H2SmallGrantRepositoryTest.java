package pl.lsw.store.jdbc;

import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepositoryContract;

/** The JDBC store on H2 keeps the small grant repository contract. */
class H2SmallGrantRepositoryTest extends SmallGrantRepositoryContract {

  @Override
  protected SmallGrantRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().smallGrants();
  }
}
