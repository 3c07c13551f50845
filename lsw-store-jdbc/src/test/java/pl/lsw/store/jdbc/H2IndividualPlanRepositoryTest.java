package pl.lsw.store.jdbc;

import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.family.plan.IndividualPlanRepositoryContract;

/** The JDBC store on H2 keeps the individual plan repository contract. */
class H2IndividualPlanRepositoryTest extends IndividualPlanRepositoryContract {

  @Override
  protected IndividualPlanRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().individualPlans();
  }
}
