package pl.lsw.store.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.kernel.StoreException;

/**
 * Runs the shipped migrations with Flyway. This is the only class that refers to Flyway; it is
 * loaded only after {@link SchemaState#flywayPresent(ClassLoader)} said Flyway is on the class
 * path, so a class path without Flyway never has to resolve the Flyway types named here.
 */
final class FlywayMigrations {

  private static final Logger LOG = LoggerFactory.getLogger(FlywayMigrations.class);

  private FlywayMigrations() {}

  /**
   * Brings the schema behind {@code dataSource} up to date, recording applied scripts in the
   * table {@value JdbcStore#SCHEMA_HISTORY_TABLE}. A schema that already holds other tables but no
   * such history table is baselined at version 0 first, so the library's tables can live next to
   * the embedder's.
   */
  static void migrate(DataSource dataSource, ClassLoader loader) {
    try {
      MigrateResult result = Flyway.configure(loader)
          .dataSource(dataSource)
          .locations(JdbcStore.MIGRATIONS_LOCATION)
          .table(JdbcStore.SCHEMA_HISTORY_TABLE)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
      LOG.info("LSW schema migrated: {} script(s) applied, now at version {}",
          result.migrationsExecuted, result.targetSchemaVersion);
    } catch (FlywayException e) {
      throw new StoreException("running the LSW migrations from " + JdbcStore.MIGRATIONS_LOCATION
          + " failed: " + e.getMessage(), e);
    }
  }
}
