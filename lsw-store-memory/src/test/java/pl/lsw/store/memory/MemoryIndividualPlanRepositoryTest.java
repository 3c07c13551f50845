package pl.lsw.store.memory;

import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.family.plan.IndividualPlanRepositoryContract;

/** The memory store keeps the individual plan repository contract. */
class MemoryIndividualPlanRepositoryTest extends IndividualPlanRepositoryContract {

  @Override
  protected IndividualPlanRepository emptyRepository() {
    return MemoryStore.create().individualPlans();
  }
}
