package pl.lsw.store.memory;

import pl.lsw.core.financing.contract.ContractRepositoryContract;
import pl.lsw.core.financing.contract.ContractRepository;

/** The memory store keeps the contract repository contract. */
class MemoryContractRepositoryTest extends ContractRepositoryContract {

  @Override
  protected ContractRepository emptyRepository() {
    return MemoryStore.create().contracts();
  }
}
