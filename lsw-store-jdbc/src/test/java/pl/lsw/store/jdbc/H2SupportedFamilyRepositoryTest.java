package pl.lsw.store.jdbc;

import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.family.SupportedFamilyRepositoryContract;

/** The JDBC store on H2 keeps the supported family repository contract. */
class H2SupportedFamilyRepositoryTest extends SupportedFamilyRepositoryContract {

  @Override
  protected SupportedFamilyRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().supportedFamilies();
  }
}
