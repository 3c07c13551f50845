package pl.lsw.store.jdbc;

/**
 * The dialect of PostgreSQL (12 or later), the database for production use.
 *
 * <p>Polish: <i>dialekt PostgreSQL</i>.
 */
public final class PostgresDialect implements SqlDialect {

  /** The one instance. */
  public static final PostgresDialect INSTANCE = new PostgresDialect();

  private PostgresDialect() {}

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public String toString() {
    return name();
  }
}
