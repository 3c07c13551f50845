package pl.lsw.store.jdbc;

import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepositoryContract;

/** The JDBC store on H2 keeps the partnership evaluation repository contract. */
class H2EvaluationRepositoryTest extends PartnershipEvaluationRepositoryContract {

  @Override
  protected PartnershipEvaluationRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().evaluations();
  }
}
