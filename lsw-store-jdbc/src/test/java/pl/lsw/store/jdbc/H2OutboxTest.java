package pl.lsw.store.jdbc;

import pl.lsw.core.OutboxContract;
import pl.lsw.core.store.port.LswStore;

/** The JDBC store on H2 keeps the outbox contract. */
class H2OutboxTest extends OutboxContract {

  @Override
  protected LswStore emptyStore() {
    return JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build();
  }
}
