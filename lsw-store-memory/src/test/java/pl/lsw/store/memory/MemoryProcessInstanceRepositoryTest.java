package pl.lsw.store.memory;

import pl.lsw.core.process.ProcessInstanceRepositoryContract;
import pl.lsw.core.process.ProcessInstanceRepository;

/** The memory store keeps the process instance repository contract. */
class MemoryProcessInstanceRepositoryTest extends ProcessInstanceRepositoryContract {

  @Override
  protected ProcessInstanceRepository emptyRepository() {
    return MemoryStore.create().processes();
  }
}
