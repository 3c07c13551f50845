package pl.lsw.store.jdbc;

/**
 * The dialect of PostgreSQL, the database for production use (tested with PostgreSQL 14).
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
