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

  @Override
  public String toString() {
    return name();
  }
}
