package pl.lsw.store.memory;

import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.basket.ServiceBasketRepositoryContract;

/** The memory store keeps the service basket repository contract. */
class MemoryServiceBasketRepositoryTest extends ServiceBasketRepositoryContract {

  @Override
  protected ServiceBasketRepository emptyRepository() {
    return MemoryStore.create().serviceBaskets();
  }
}
