package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import pl.lsw.core.kernel.StoreException;

/**
 * The store's tiny JDBC helper: opens a connection per unit of work, runs statements with bound
 * parameters, maps rows, and turns every {@link SQLException} into a {@link StoreException} that
 * says what was being done (or into {@link UniqueViolation} when a unique constraint was hit, so
 * that the caller can say which key). Writes run in one transaction, rolled back on any failure.
 */
final class Jdbc {

  /** Binds the parameters of a prepared statement. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** A unique or primary-key constraint was violated; the transaction was rolled back. */
  static final class UniqueViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UniqueViolation(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static final Binder NO_PARAMETERS = ps -> {};

  private final DataSource dataSource;
  private final SqlDialect dialect;
  /** The connection of the unit of work running on this thread ({@link #unit}), if one runs. */
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  Jdbc(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  SqlDialect dialect() {
    return dialect;
  }

  /**
   * Runs read-only work on a fresh connection, or on the connection of the unit of work running
   * on this thread (so it sees the unit's own writes).
   */
  <T> T read(String what, Work<T> work) {
    Connection joined = bound.get();
    if (joined != null) {
      return onBound(what, joined, work);
    }
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs work in one transaction: commits when it returns, rolls back when it throws anything
   * (a database error or a refusal such as a version conflict), and restores the connection's
   * auto-commit mode.
   */
  <T> T inTransaction(String what, Work<T> work) {
    Connection joined = bound.get();
    if (joined != null) {
      return onBound(what, joined, work);
    }
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
          // the connection is closed next; a pool resets it or discards it
        }
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * Runs a unit of work that spans several operations of the store: every {@link #read} and
   * {@link #inTransaction} on this thread until it returns joins its one transaction, which is
   * committed when the work returns and rolled back when it throws. Nested units join the
   * outermost.
   *
   * @param what what is being done, for the message of a failure
   * @param work the work
   * @param <T> its result
   * @return its result, once committed
   */
  <T> T unit(String what, java.util.function.Supplier<T> work) {
    if (bound.get() != null) {
      return work.get();
    }
    return inTransaction(what, c -> {
      bound.set(c);
      try {
        return work.get();
      } finally {
        bound.remove();
      }
    });
  }

  private <T> T onBound(String what, Connection c, Work<T> work) {
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private RuntimeException failure(String what, SQLException e) {
    if (dialect.isUniqueViolation(e)) {
      return new UniqueViolation(e);
    }
    return new StoreException(what + " failed on " + dialect.name() + ": " + e.getMessage()
        + " (SQLSTATE " + e.getSQLState() + ")", e);
  }

  static <T> List<T> query(Connection c, String sql, Binder binder, RowMapper<T> mapper)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
        return rows;
      }
    }
  }

  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper) throws SQLException {
    return query(c, sql, NO_PARAMETERS, mapper);
  }

  static long queryLong(Connection c, String sql, Binder binder) throws SQLException {
    List<Long> rows = query(c, sql, binder, rs -> rs.getLong(1));
    if (rows.size() != 1) {
      throw new SQLException("expected one row from [" + sql + "], got " + rows.size());
    }
    return rows.get(0);
  }

  static int update(Connection c, String sql, Binder binder) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    }
  }

  /**
   * Inserts the root row of a new aggregate kept per partnership, at its first stored version.
   *
   * @param c the connection
   * @param table the root table (a constant of the repository, never input)
   * @param partnership the partnership's id, the root's key
   * @param version the version stored
   * @throws SQLException as the driver reports it
   */
  static void insertRoot(Connection c, String table, UUID partnership, long version)
      throws SQLException {
    update(c, "INSERT INTO " + table + " (partnership_id, version) VALUES (?, ?)", ps -> {
      ps.setObject(1, partnership);
      ps.setLong(2, version);
    });
  }

  /**
   * Moves the root row of an aggregate kept per partnership from the version it was read at to
   * the next, locking it until the transaction ends, so no other save changes its child rows
   * meanwhile.
   *
   * @param c the connection
   * @param table the root table (a constant of the repository, never input)
   * @param partnership the partnership's id, the root's key
   * @param readAt the version the aggregate was read at
   * @return false when the row is not at that version (someone else saved it first)
   * @throws SQLException as the driver reports it
   */
  static boolean advanceRoot(Connection c, String table, UUID partnership, long readAt)
      throws SQLException {
    return update(c, "UPDATE " + table + " SET version = version + 1 "
        + "WHERE partnership_id = ? AND version = ?", ps -> {
          ps.setObject(1, partnership);
          ps.setLong(2, readAt);
        }) == 1;
  }

  /**
   * Whether a row with this key is stored, read in the caller's transaction. A save whose
   * optimistic update changed no row asks it to tell a version conflict (the row is stored at
   * another version) from an aggregate no longer stored (there is no row).
   *
   * @param c the connection
   * @param table the table (a constant of the repository, never input)
   * @param keyColumn the key column (a constant of the repository, never input)
   * @param key the key's value
   * @return true when a row with that key exists
   * @throws SQLException as the driver reports it
   */
  static boolean rowExists(Connection c, String table, String keyColumn, Object key)
      throws SQLException {
    return !query(c, "SELECT 1 FROM " + table + " WHERE " + keyColumn + " = ?",
        ps -> ps.setObject(1, key), rs -> Boolean.TRUE).isEmpty();
  }

  /** Runs one statement for each item as a batch. */
  static <T> void batch(Connection c, String sql, Iterable<T> items, BatchBinder<T> binder)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int n = 0;
      for (T item : items) {
        binder.bind(ps, item, n++);
        ps.addBatch();
      }
      if (n > 0) {
        ps.executeBatch();
      }
    }
  }

  /** Binds the parameters of one batch entry. */
  @FunctionalInterface
  interface BatchBinder<T> {
    void bind(PreparedStatement ps, T item, int index) throws SQLException;
  }
}
