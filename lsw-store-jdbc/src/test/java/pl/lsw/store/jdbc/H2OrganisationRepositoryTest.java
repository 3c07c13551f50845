package pl.lsw.store.jdbc;

import pl.lsw.core.organisation.OrganisationRepositoryContract;
import pl.lsw.core.organisation.OrganisationRepository;

/** The JDBC store on H2 keeps the organisation repository contract. */
class H2OrganisationRepositoryTest extends OrganisationRepositoryContract {

  @Override
  protected OrganisationRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().organisations();
  }
}
