package pl.lsw.store.jdbc;

import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.initiative.InitiativeBaseRepositoryContract;

/** The JDBC store on H2 keeps the initiative base repository contract. */
class H2InitiativeBaseRepositoryTest extends InitiativeBaseRepositoryContract {

  @Override
  protected InitiativeBaseRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().initiativeBases();
  }
}
