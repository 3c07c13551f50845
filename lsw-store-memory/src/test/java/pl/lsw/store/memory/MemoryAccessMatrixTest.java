package pl.lsw.store.memory;

import pl.lsw.core.access.AccessMatrixTest;
import pl.lsw.core.store.port.LswStore;

/** The access matrix of every command and role, on the memory store. */
class MemoryAccessMatrixTest extends AccessMatrixTest {

  @Override
  protected LswStore emptyStore() {
    return MemoryStore.create();
  }
}
