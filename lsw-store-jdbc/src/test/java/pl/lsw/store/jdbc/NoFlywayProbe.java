package pl.lsw.store.jdbc;

import org.h2.jdbcx.JdbcDataSource;
import pl.lsw.core.kernel.StoreException;

/**
 * Run in a child JVM whose class path has no Flyway: builds a store with {@code migrate(true)} on
 * the H2 database at the URL given, and tells by its exit code what happened — 0 the store was
 * built, 3 a {@link StoreException} (its message on standard error). Any other failure (such as a
 * {@code NoClassDefFoundError} for a Flyway type) ends the JVM with its usual exit code 1.
 */
public final class NoFlywayProbe {

  private NoFlywayProbe() {}

  public static void main(String[] args) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(args[0]);
    try {
      JdbcStore.builder(ds).migrate(true).build();
    } catch (StoreException e) {
      System.err.println(e.getMessage());
      System.exit(3);
    }
    System.exit(0);
  }
}
