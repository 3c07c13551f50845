package pl.lsw.core.initiative;

/** The core's own in-memory repository keeps the contract it offers the stores. */
class InMemoryInitiativeBaseRepositoryTest extends InitiativeBaseRepositoryContract {

  @Override
  protected InitiativeBaseRepository emptyRepository() {
    return new InMemoryInitiativeBases();
  }
}
