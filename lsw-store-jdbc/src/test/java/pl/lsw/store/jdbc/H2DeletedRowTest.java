package pl.lsw.store.jdbc;

import javax.sql.DataSource;

/** A save of a row deleted behind the store's back, on H2. */
class H2DeletedRowTest extends DeletedRowContract {

  @Override
  protected DataSource freshDatabase() {
    return TestDatabases.freshH2();
  }
}
