package pl.lsw.store.memory;

import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepositoryContract;

/** The memory store keeps the partnership evaluation repository contract. */
class MemoryEvaluationRepositoryTest extends PartnershipEvaluationRepositoryContract {

  @Override
  protected PartnershipEvaluationRepository emptyRepository() {
    return MemoryStore.create().evaluations();
  }
}
