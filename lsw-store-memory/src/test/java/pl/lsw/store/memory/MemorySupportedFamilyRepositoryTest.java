package pl.lsw.store.memory;

import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.family.SupportedFamilyRepositoryContract;

/** The memory store keeps the supported family repository contract. */
class MemorySupportedFamilyRepositoryTest extends SupportedFamilyRepositoryContract {

  @Override
  protected SupportedFamilyRepository emptyRepository() {
    return MemoryStore.create().supportedFamilies();
  }
}
