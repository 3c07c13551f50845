package pl.lsw.store.jdbc;

import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.basket.ServiceBasketRepositoryContract;

/** The JDBC store on H2 keeps the service basket repository contract. */
class H2ServiceBasketRepositoryTest extends ServiceBasketRepositoryContract {

  @Override
  protected ServiceBasketRepository emptyRepository() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build().serviceBaskets();
  }
}
