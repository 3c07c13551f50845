package pl.lsw.store.jdbc;

import pl.lsw.core.partnership.PartnershipRepositoryContract;
import pl.lsw.core.partnership.PartnershipRepository;

/** The JDBC store on H2 keeps the partnership repository contract. */
class H2PartnershipRepositoryTest extends PartnershipRepositoryContract {

  @Override
  protected PartnershipRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().partnerships();
  }
}
