package pl.lsw.store.jdbc;

import javax.sql.DataSource;

/** What a save of a partnership writes, on H2. */
class H2PartnershipWritesTest extends PartnershipWritesContract {

  @Override
  protected DataSource freshDatabase() {
    return TestDatabases.freshH2();
  }
}
