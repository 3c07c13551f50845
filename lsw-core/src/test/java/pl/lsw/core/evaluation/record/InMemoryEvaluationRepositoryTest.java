package pl.lsw.core.evaluation.record;

/** The core's own in-memory repository keeps the contract it offers the stores. */
class InMemoryEvaluationRepositoryTest extends PartnershipEvaluationRepositoryContract {

  @Override
  protected PartnershipEvaluationRepository emptyRepository() {
    return new InMemoryEvaluations();
  }
}
