package pl.lsw.store.memory;

import pl.lsw.core.organisation.OrganisationRepositoryContract;
import pl.lsw.core.organisation.OrganisationRepository;

/** The memory store keeps the organisation repository contract. */
class MemoryOrganisationRepositoryTest extends OrganisationRepositoryContract {

  @Override
  protected OrganisationRepository emptyRepository() {
    return MemoryStore.create().organisations();
  }
}
