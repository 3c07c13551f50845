package pl.lsw.core.process;


/** The test fake keeps the repository contract, so service tests run against a faithful store. */
class InMemoryProcessInstanceRepositoryTest extends ProcessInstanceRepositoryContract {

  @Override
  protected ProcessInstanceRepository emptyRepository() {
    return new InMemoryProcessInstanceRepository();
  }
}
