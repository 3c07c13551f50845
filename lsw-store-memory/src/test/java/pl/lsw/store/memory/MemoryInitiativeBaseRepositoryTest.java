package pl.lsw.store.memory;

import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.initiative.InitiativeBaseRepositoryContract;

/** The memory store keeps the initiative base repository contract. */
class MemoryInitiativeBaseRepositoryTest extends InitiativeBaseRepositoryContract {

  @Override
  protected InitiativeBaseRepository emptyRepository() {
    return MemoryStore.create().initiativeBases();
  }
}
