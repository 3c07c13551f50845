package pl.lsw.store.memory;

import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.information.DispatchRepositoryContract;

/** The memory store keeps the dispatch repository contract. */
class MemoryDispatchRepositoryTest extends DispatchRepositoryContract {

  @Override
  protected DispatchRepository emptyRepository() {
    return MemoryStore.create().dispatches();
  }
}
