package pl.lsw.store.memory;

import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepositoryContract;

/** The memory store keeps the cooperation programme repository contract. */
class MemoryCooperationProgrammeRepositoryTest extends CooperationProgrammeRepositoryContract {

  @Override
  protected CooperationProgrammeRepository emptyRepository() {
    return MemoryStore.create().cooperationProgrammes();
  }
}
