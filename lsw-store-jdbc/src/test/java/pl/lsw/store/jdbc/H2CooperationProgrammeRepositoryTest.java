package pl.lsw.store.jdbc;

import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepositoryContract;

/** The JDBC store on H2 keeps the cooperation programme repository contract. */
class H2CooperationProgrammeRepositoryTest extends CooperationProgrammeRepositoryContract {

  @Override
  protected CooperationProgrammeRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().cooperationProgrammes();
  }
}
