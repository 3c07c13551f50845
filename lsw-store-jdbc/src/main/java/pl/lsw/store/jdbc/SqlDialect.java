package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import pl.lsw.core.kernel.StoreException;

/**
 * The few things in which the supported databases differ. The store detects the dialect from
 * {@link java.sql.DatabaseMetaData#getDatabaseProductName()}; an embedder may pass its own with
 * {@link JdbcStore.Builder#dialect(SqlDialect)} (for example to support another database whose SQL
 * is close to PostgreSQL's).
 *
 * <p>Polish: <i>dialekt SQL</i>.
 */
public interface SqlDialect {

  /** A short name for messages and logs, e.g. {@code "PostgreSQL"}. */
  String name();

  /**
   * Whether the exception reports a violated unique or primary-key constraint. The default reads
   * the standard SQLSTATE {@code 23505} anywhere in the chain of causes.
   */
  default boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
      if (x.getCause() instanceof SQLException cause && cause != x && "23505".equals(cause.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the exception reports that a concurrent transaction changed the same row, so the
   * statement could not be serialised; the store reports it as a version conflict. The default
   * reads the standard SQLSTATE {@code 40001} (serialization failure).
   */
  default boolean isConcurrentUpdate(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("40001".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause that limits a query to one page, appended after {@code ORDER BY}; it takes two
   * parameters, the number of rows and the number of rows to skip. The default is the
   * {@code LIMIT ? OFFSET ?} that PostgreSQL and H2 both accept.
   */
  default String limitOffset() {
    return "LIMIT ? OFFSET ?";
  }

  /**
   * The built-in dialect for a database product name as reported by the JDBC driver.
   *
   * @return {@link PostgresDialect} for names containing "postgres", {@link H2Dialect} for "H2",
   *     empty otherwise
   */
  static Optional<SqlDialect> forProductName(String productName) {
    if (productName == null) {
      return Optional.empty();
    }
    String n = productName.toLowerCase(Locale.ROOT);
    if (n.contains("postgres")) {
      return Optional.of(PostgresDialect.INSTANCE);
    }
    if (n.equals("h2") || n.startsWith("h2 ")) {
      return Optional.of(H2Dialect.INSTANCE);
    }
    return Optional.empty();
  }

  /**
   * Detects the dialect of the database behind {@code dataSource}.
   *
   * @throws StoreException when no connection can be opened or the product is not supported
   */
  static SqlDialect detect(DataSource dataSource) {
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StoreException("cannot detect the SQL dialect: opening a connection failed", e);
    }
    return forProductName(product).orElseThrow(() -> new StoreException(
        "unsupported database '" + product + "': pass a dialect to JdbcStore.builder(..).dialect(..)"));
  }
}
