package pl.lsw.store.memory;

import pl.lsw.core.partnership.PartnershipRepositoryContract;
import pl.lsw.core.partnership.PartnershipRepository;

/** The memory store keeps the partnership repository contract. */
class MemoryPartnershipRepositoryTest extends PartnershipRepositoryContract {

  @Override
  protected PartnershipRepository emptyRepository() {
    return MemoryStore.create().partnerships();
  }
}
