package pl.lsw.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * How the store writes and reads the values that take more than one column or need care:
 * instants (a {@code TIMESTAMP WITH TIME ZONE} to the microsecond and the nano-of-second in an
 * {@code INTEGER}, so that an instant comes back exactly although PostgreSQL keeps only
 * microseconds), durations (seconds and nano-of-second), actors (person and role), optional
 * values (SQL {@code NULL}) and enumerations (by constant name).
 */
final class Columns {

  private Columns() {}

  /** Binds an instant to parameters {@code i} (timestamp) and {@code i + 1} (nanos). */
  static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    ps.setObject(i, OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    ps.setInt(i + 1, t.getNano());
  }

  /** Reads an instant from columns {@code i} (timestamp) and {@code i + 1} (nanos). */
  static Instant getInstant(ResultSet rs, int i) throws SQLException {
    OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
    if (at == null) {
      throw new SQLException("column " + i + " holds no instant");
    }
    return Instant.ofEpochSecond(at.toEpochSecond(), rs.getInt(i + 1));
  }

  /** Binds a duration to parameters {@code i} (seconds) and {@code i + 1} (nanos). */
  static void setDuration(PreparedStatement ps, int i, Duration d) throws SQLException {
    ps.setLong(i, d.getSeconds());
    ps.setInt(i + 1, d.getNano());
  }

  /** Reads a duration from columns {@code i} (seconds) and {@code i + 1} (nanos). */
  static Duration getDuration(ResultSet rs, int i) throws SQLException {
    return Duration.ofSeconds(rs.getLong(i), rs.getInt(i + 1));
  }

  /** Binds an actor to parameters {@code i} (person) and {@code i + 1} (role). */
  static void setActor(PreparedStatement ps, int i, ActingPerson a) throws SQLException {
    ps.setObject(i, a.person().value());
    ps.setString(i + 1, a.role().name());
  }

  /** Reads an actor from columns {@code i} (person) and {@code i + 1} (role). */
  static ActingPerson getActor(ResultSet rs, int i, String owner) throws SQLException {
    return ActingPerson.of(pl.lsw.core.partnership.governance.PersonId.of(uuid(rs, i)),
        decode(ActingRole.class, rs.getString(i + 1), owner));
  }

  static void setDate(PreparedStatement ps, int i, LocalDate day) throws SQLException {
    if (day == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setObject(i, day);
    }
  }

  static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  static Optional<LocalDate> optionalDate(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(date(rs, i));
  }

  static void setUuid(PreparedStatement ps, int i, UUID id) throws SQLException {
    if (id == null) {
      ps.setNull(i, Types.OTHER);
    } else {
      ps.setObject(i, id);
    }
  }

  static UUID uuid(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, UUID.class);
  }

  static Optional<UUID> optionalUuid(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(uuid(rs, i));
  }

  static void setText(PreparedStatement ps, int i, Optional<String> text) throws SQLException {
    ps.setString(i, text.orElse(null));
  }

  static Optional<String> optionalText(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(rs.getString(i));
  }

  /**
   * The constant of {@code type} named {@code name}.
   *
   * @throws StoreException when the stored name is not a constant of the type (a newer or
   *     damaged database)
   */
  static <E extends Enum<E>> E decode(Class<E> type, String name, String owner) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoreException("the stored " + owner + " has an unknown "
          + type.getSimpleName() + " '" + name + "'", e);
    }
  }

  /** {@code " IN (?, ?, ...)"} with {@code n} parameters. */
  static String in(int n) {
    return " IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")";
  }

  /** Binds the ids as parameters 1 to n. */
  static Jdbc.Binder ids(List<UUID> ids) {
    return ps -> {
      for (int i = 0; i < ids.size(); i++) {
        ps.setObject(i + 1, ids.get(i));
      }
    };
  }

  /** An item of a list nested in an item of an outer list: the outer position, its own, the item. */
  record Nested<T>(int parent, int index, T item) {

    /** Every inner item of every outer item, with both positions. */
    static <P, T> List<Nested<T>> of(List<P> outer, Function<P, List<T>> inner) {
      List<Nested<T>> all = new ArrayList<>();
      for (int p = 0; p < outer.size(); p++) {
        List<T> items = inner.apply(outer.get(p));
        for (int i = 0; i < items.size(); i++) {
          all.add(new Nested<>(p, i, items.get(i)));
        }
      }
      return all;
    }
  }
}
