package pl.lsw.store.memory;

import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.ContactBaseRepositoryContract;

/** The memory store keeps the contact base repository contract. */
class MemoryContactBaseRepositoryTest extends ContactBaseRepositoryContract {

  @Override
  protected ContactBaseRepository emptyRepository() {
    return MemoryStore.create().contactBases();
  }
}
