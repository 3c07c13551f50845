package pl.lsw.core.information;

/** The core's test repository keeps the contact base repository contract. */
class InMemoryContactBasesTest extends ContactBaseRepositoryContract {

  @Override
  protected ContactBaseRepository emptyRepository() {
    return new InMemoryContactBases();
  }
}
