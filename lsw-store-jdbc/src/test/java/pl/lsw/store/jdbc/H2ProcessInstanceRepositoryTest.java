package pl.lsw.store.jdbc;

import pl.lsw.core.process.ProcessInstanceRepositoryContract;
import pl.lsw.core.process.ProcessInstanceRepository;

/** The JDBC store on H2 keeps the process instance repository contract. */
class H2ProcessInstanceRepositoryTest extends ProcessInstanceRepositoryContract {

  @Override
  protected ProcessInstanceRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().processes();
  }
}
