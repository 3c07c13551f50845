package pl.lsw.store.jdbc;

/**
 * The dialect of the H2 database (version 2), for tests and small installations.
 *
 * <p>Polish: <i>dialekt H2</i>.
 */
public final class H2Dialect implements SqlDialect {

  /** The one instance. */
  public static final H2Dialect INSTANCE = new H2Dialect();

  private H2Dialect() {}

  @Override
  public String name() {
    return "H2";
  }

  /** H2 reports a concurrent update of a row as error 90131 as well as SQLSTATE 40001. */
  @Override
  public boolean isConcurrentUpdate(java.sql.SQLException e) {
    return e.getErrorCode() == 90131 || "90131".equals(e.getSQLState())
        || SqlDialect.super.isConcurrentUpdate(e);
  }

  @Override
  public String toString() {
    return name();
  }
}
