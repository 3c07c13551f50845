package pl.lsw.store.jdbc;

import pl.lsw.core.financing.contract.ContractRepositoryContract;
import pl.lsw.core.financing.contract.ContractRepository;

/** The JDBC store on H2 keeps the contract repository contract. */
class H2ContractRepositoryTest extends ContractRepositoryContract {

  @Override
  protected ContractRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().contracts();
  }
}
