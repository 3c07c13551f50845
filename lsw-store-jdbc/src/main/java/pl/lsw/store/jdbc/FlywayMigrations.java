package pl.lsw.store.jdbc;

import java.util.concurrent.ThreadLocalRandom;
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

  /** How often a migration is tried when another store was migrating the same schema at once. */
  static final int ATTEMPTS = 8;

  /**
   * Brings the schema behind {@code dataSource} up to date, recording applied scripts in the
   * table {@value JdbcStore#SCHEMA_HISTORY_TABLE}. A schema that already holds other tables but no
   * such history table is baselined at version 0 first, so the library's tables can live next to
   * the embedder's.
   *
   * <p>Several stores (threads or processes) may start on one empty schema at once. Flyway
   * serialises the scripts themselves through a lock on the history table, but while one store
   * is creating that table another may see it empty and refuse to baseline it. A failed run is
   * therefore tried again, after a short pause, as long as the history table exists (so another
   * store is or was at work) and the schema is not yet up to date; after {@value #ATTEMPTS}
   * attempts the last failure is reported.
   */
  static void migrate(DataSource dataSource, ClassLoader loader) {
    FlywayException first = null;
    for (int attempt = 1; ; attempt++) {
      try {
        migrateOnce(dataSource, loader);
        return;
      } catch (FlywayException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
        if (attempt >= ATTEMPTS || !SchemaState.historyTablePresent(dataSource)) {
          throw new StoreException("running the LSW migrations from "
              + JdbcStore.MIGRATIONS_LOCATION + " failed: " + e.getMessage(), first);
        }
        LOG.debug("LSW migration attempt {} failed while the schema history exists, trying again: {}",
            attempt, e.getMessage());
        pause(attempt);
        if (SchemaState.appliedVersion(dataSource) >= JdbcStore.SCHEMA_VERSION) {
          LOG.info("LSW schema migrated by another store, now at version {}",
              JdbcStore.SCHEMA_VERSION);
          return;
        }
      }
    }
  }

  private static void migrateOnce(DataSource dataSource, ClassLoader loader) {
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
  }

  private static void pause(int attempt) {
    long millis = 20L * attempt + ThreadLocalRandom.current().nextLong(20);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to retry the LSW migrations", e);
    }
  }
}
