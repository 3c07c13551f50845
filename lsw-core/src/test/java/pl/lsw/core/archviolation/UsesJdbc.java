package pl.lsw.core.archviolation;

import java.sql.Connection;
import java.sql.SQLException;

/** A deliberate violation of the core's architecture: the core must not use JDBC. */
public final class UsesJdbc {
  /** Uses a JDBC type. */
  public boolean isOpen(Connection connection) throws SQLException {
    return !connection.isClosed();
  }
}
