package pl.lsw.store.memory;

import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepositoryContract;

/** The memory store keeps the small grant repository contract. */
class MemorySmallGrantRepositoryTest extends SmallGrantRepositoryContract {

  @Override
  protected SmallGrantRepository emptyRepository() {
    return MemoryStore.create().smallGrants();
  }
}
