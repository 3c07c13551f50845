package pl.lsw.store.jdbc;

import pl.lsw.core.financing.competition.CompetitionRepositoryContract;
import pl.lsw.core.financing.competition.CompetitionRepository;

/** The JDBC store on H2 keeps the competition repository contract. */
class H2CompetitionRepositoryTest extends CompetitionRepositoryContract {

  @Override
  protected CompetitionRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().competitions();
  }
}
