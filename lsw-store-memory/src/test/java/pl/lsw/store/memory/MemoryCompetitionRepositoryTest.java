package pl.lsw.store.memory;

import pl.lsw.core.financing.competition.CompetitionRepositoryContract;
import pl.lsw.core.financing.competition.CompetitionRepository;

/** The memory store keeps the competition repository contract. */
class MemoryCompetitionRepositoryTest extends CompetitionRepositoryContract {

  @Override
  protected CompetitionRepository emptyRepository() {
    return MemoryStore.create().competitions();
  }
}
