package pl.lsw.store.memory;

import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepositoryContract;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;

/** The memory store keeps the own-initiative proposal repository contract. */
class MemoryOwnInitiativeProposalRepositoryTest extends OwnInitiativeProposalRepositoryContract {

  @Override
  protected OwnInitiativeProposalRepository emptyRepository() {
    return MemoryStore.create().ownInitiativeProposals();
  }
}
