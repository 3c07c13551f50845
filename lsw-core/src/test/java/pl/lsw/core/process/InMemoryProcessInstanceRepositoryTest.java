package pl.lsw.core.process;

import pl.lsw.core.process.port.ProcessInstanceRepository;

/** The test fake keeps the repository contract, so service tests run against a faithful store. */
class InMemoryProcessInstanceRepositoryTest extends ProcessInstanceRepositoryContract {

  @Override
  protected ProcessInstanceRepository emptyRepository() {
    return new InMemoryProcessInstanceRepository();
  }
}
