package pl.lsw.store.jdbc;

import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepositoryContract;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;

/** The JDBC store on H2 keeps the own-initiative proposal repository contract. */
class H2OwnInitiativeProposalRepositoryTest extends OwnInitiativeProposalRepositoryContract {

  @Override
  protected OwnInitiativeProposalRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().ownInitiativeProposals();
  }
}
