package pl.lsw.store.memory;

import pl.lsw.core.OutboxContract;
import pl.lsw.core.store.port.LswStore;

/** The memory store keeps the outbox contract. */
class MemoryOutboxTest extends OutboxContract {

  @Override
  protected LswStore emptyStore() {
    return MemoryStore.create();
  }
}
