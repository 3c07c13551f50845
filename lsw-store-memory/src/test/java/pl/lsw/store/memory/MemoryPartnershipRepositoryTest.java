package pl.lsw.store.memory;

import pl.lsw.core.partnership.PartnershipRepositoryContract;
import pl.lsw.core.partnership.port.PartnershipRepository;

/** The memory store keeps the partnership repository contract. */
class MemoryPartnershipRepositoryTest extends PartnershipRepositoryContract {

  @Override
  protected PartnershipRepository emptyRepository() {
    return MemoryStore.create().partnerships();
  }
}
