package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A child table of an aggregate, described by its columns, with the rows an aggregate state
 * maps to, so that a save writes only what changed: the stored rows are read, compared with the
 * rows of the state being saved by primary key, and only the rows gone are deleted, the rows
 * changed updated and the rows new inserted.
 *
 * <p>Every child table has the owner's id as the first column of its primary key; {@code keys}
 * are the other columns of the primary key (for a list, its {@code list_index}, and for a list
 * in a list item also the item's position; none for a table of at most one row per owner),
 * {@code values} the remaining columns. A row is the list of the values of the key columns,
 * then of the value columns, in the Java type of each column's {@link Type} (or null); the
 * helpers {@link #timestamp(Instant)}, {@link #row(Object...)} build them.
 *
 * @param <A> the aggregate
 */
final class ChildTable<A> {

  /** The types of columns, with the Java type of their values in a row. */
  enum Type {
    UUID(java.util.UUID.class, Types.OTHER),
    TEXT(String.class, Types.VARCHAR),
    INT(Integer.class, Types.INTEGER),
    LONG(Long.class, Types.BIGINT),
    /** A whole number of any size in a {@code NUMERIC(p, 0)} column. */
    WHOLE(java.math.BigInteger.class, Types.NUMERIC),
    BOOL(Boolean.class, Types.BOOLEAN),
    DATE(LocalDate.class, Types.DATE),
    TIMESTAMP(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE);

    private final Class<?> javaType;
    private final int sqlType;

    Type(Class<?> javaType, int sqlType) {
      this.javaType = javaType;
      this.sqlType = sqlType;
    }

    void bind(PreparedStatement ps, int i, Object value) throws SQLException {
      if (value == null) {
        ps.setNull(i, sqlType);
        return;
      }
      switch (this) {
        case TEXT -> ps.setString(i, (String) value);
        case INT -> ps.setInt(i, (Integer) value);
        case LONG -> ps.setLong(i, (Long) value);
        case WHOLE -> ps.setBigDecimal(i, new java.math.BigDecimal((java.math.BigInteger) value));
        case BOOL -> ps.setBoolean(i, (Boolean) value);
        default -> ps.setObject(i, value);
      }
    }

    Object read(ResultSet rs, int i) throws SQLException {
      Object value = switch (this) {
        case UUID -> rs.getObject(i, java.util.UUID.class);
        case TEXT -> rs.getString(i);
        case INT -> rs.getInt(i);
        case LONG -> rs.getLong(i);
        case WHOLE -> {
          java.math.BigDecimal d = rs.getBigDecimal(i);
          yield d == null ? null : d.toBigIntegerExact();
        }
        case BOOL -> rs.getBoolean(i);
        case DATE -> rs.getObject(i, LocalDate.class);
        case TIMESTAMP -> {
          OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
          yield at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
        }
      };
      return rs.wasNull() ? null : value;
    }
  }

  private record Column(String name, Type type) {

    static List<Column> parse(String columns) {
      if (columns.isBlank()) {
        return List.of();
      }
      List<Column> parsed = new ArrayList<>();
      for (String column : columns.split(",")) {
        String[] parts = column.trim().split("\\s+");
        if (parts.length != 2) {
          throw new IllegalArgumentException("expected 'name TYPE', got '" + column + "'");
        }
        parsed.add(new Column(parts[0], Type.valueOf(parts[1].toUpperCase(Locale.ROOT))));
      }
      return List.copyOf(parsed);
    }
  }

  private final String table;
  private final String owner;
  private final List<Column> keys;
  private final List<Column> values;
  private final List<Column> all;
  private final Function<A, List<List<Object>>> rows;

  /**
   * A child table.
   *
   * @param table the table's name
   * @param owner the column with the owner's id
   * @param keys the other columns of the primary key, {@code "name TYPE, ..."} (may be empty)
   * @param values the other columns, {@code "name TYPE, ..."} (may be empty)
   * @param rows the rows of an aggregate state, in the order they are best written
   */
  ChildTable(String table, String owner, String keys, String values,
      Function<A, List<List<Object>>> rows) {
    this.table = table;
    this.owner = owner;
    this.keys = Column.parse(keys);
    this.values = Column.parse(values);
    List<Column> both = new ArrayList<>(this.keys);
    both.addAll(this.values);
    this.all = List.copyOf(both);
    this.rows = rows;
  }

  /** The table's name. */
  String table() {
    return table;
  }

  /** A row of the given values (nulls allowed). */
  /** The row of the item at a position of a list. */
  @FunctionalInterface
  interface IndexedRow<T> {
    List<Object> of(int index, T item);
  }

  /** The row of an item of a list nested in the item at position {@code parent}. */
  @FunctionalInterface
  interface NestedRow<T> {
    List<Object> of(int parent, int index, T item);
  }

  /** One row per item of a list, with the item's position. */
  static <T> List<List<Object>> indexed(List<T> items, IndexedRow<T> row) {
    List<List<Object>> rows = new java.util.ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      rows.add(row.of(i, items.get(i)));
    }
    return rows;
  }

  /** One row per item of the lists nested in the items of a list, with both positions. */
  static <P, T> List<List<Object>> nested(List<P> outer, java.util.function.Function<P, List<T>> inner,
      NestedRow<T> row) {
    List<List<Object>> rows = new java.util.ArrayList<>();
    for (Columns.Nested<T> n : Columns.Nested.of(outer, inner)) {
      rows.add(row.of(n.parent(), n.index(), n.item()));
    }
    return rows;
  }

  static List<Object> row(Object... values) {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  /** The timestamp column's value of an instant (its nano-of-second has a column of its own). */
  static OffsetDateTime timestamp(Instant t) {
    return OffsetDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  /** The rows of a state of the aggregate, by primary key (without the owner's id), in order. */
  Map<List<Object>, List<Object>> rowsOf(A aggregate) {
    Map<List<Object>, List<Object>> byKey = new LinkedHashMap<>();
    for (List<Object> row : rows.apply(aggregate)) {
      check(row);
      if (byKey.put(key(row), row) != null) {
        throw new IllegalStateException(table + " has two rows with the key " + key(row));
      }
    }
    return byKey;
  }

  /** The stored rows of one owner, by primary key (without the owner's id). */
  Map<List<Object>, List<Object>> stored(Connection c, UUID ownerId) throws SQLException {
    String order = keys.isEmpty() ? "" : " ORDER BY " + names(keys, ", ");
    Map<List<Object>, List<Object>> byKey = new LinkedHashMap<>();
    Jdbc.query(c, "SELECT " + names(all, ", ") + " FROM " + table + " WHERE " + owner + " = ?"
        + order, ps -> ps.setObject(1, ownerId), rs -> {
          List<Object> row = new ArrayList<>(all.size());
          for (int i = 0; i < all.size(); i++) {
            row.add(all.get(i).type().read(rs, i + 1));
          }
          byKey.put(key(row), Collections.unmodifiableList(row));
          return row;
        });
    return byKey;
  }

  /**
   * Writes the difference between the stored rows and the wanted ones: deletes the rows whose
   * key is gone, updates the rows whose values changed, inserts the rows whose key is new. Each
   * kind is one batch, run only when it has rows.
   */
  void write(Connection c, UUID ownerId, Map<List<Object>, List<Object>> stored,
      Map<List<Object>, List<Object>> wanted) throws SQLException {
    List<List<Object>> gone = new ArrayList<>();
    for (Map.Entry<List<Object>, List<Object>> e : stored.entrySet()) {
      if (!wanted.containsKey(e.getKey())) {
        gone.add(e.getValue());
      }
    }
    List<List<Object>> changed = new ArrayList<>();
    List<List<Object>> added = new ArrayList<>();
    for (Map.Entry<List<Object>, List<Object>> e : wanted.entrySet()) {
      List<Object> before = stored.get(e.getKey());
      if (before == null) {
        added.add(e.getValue());
      } else if (!before.equals(e.getValue())) {
        changed.add(e.getValue());
      }
    }
    if (!gone.isEmpty()) {
      Jdbc.batch(c, "DELETE FROM " + table + " WHERE " + owner + " = ?" + keyCondition(), gone,
          (ps, row, n) -> {
            ps.setObject(1, ownerId);
            bind(ps, 2, keys, row.subList(0, keys.size()));
          });
    }
    if (!changed.isEmpty()) {
      Jdbc.batch(c, "UPDATE " + table + " SET " + names(values, " = ?, ") + " = ? WHERE "
          + owner + " = ?" + keyCondition(), changed, (ps, row, n) -> {
            bind(ps, 1, values, row.subList(keys.size(), row.size()));
            ps.setObject(values.size() + 1, ownerId);
            bind(ps, values.size() + 2, keys, row.subList(0, keys.size()));
          });
    }
    insert(c, ownerId, added);
  }

  /** Inserts rows of one owner, as one batch when there are any. */
  void insert(Connection c, UUID ownerId, Iterable<List<Object>> rows) throws SQLException {
    if (!rows.iterator().hasNext()) {
      return;
    }
    Jdbc.batch(c, "INSERT INTO " + table + " (" + owner + ", " + names(all, ", ") + ") VALUES (?"
        + ", ?".repeat(all.size()) + ")", rows, (ps, row, n) -> {
          ps.setObject(1, ownerId);
          bind(ps, 2, all, row);
        });
  }

  private String keyCondition() {
    return keys.stream().map(k -> " AND " + k.name() + " = ?").collect(Collectors.joining());
  }

  private List<Object> key(List<Object> row) {
    return Collections.unmodifiableList(new ArrayList<>(row.subList(0, keys.size())));
  }

  private void check(List<Object> row) {
    if (row.size() != all.size()) {
      throw new IllegalStateException("a row of " + table + " has " + row.size()
          + " values for " + all.size() + " columns");
    }
    for (int i = 0; i < row.size(); i++) {
      Object value = row.get(i);
      Column column = all.get(i);
      if (value == null ? i < keys.size() : !column.type().javaType.isInstance(value)) {
        throw new IllegalStateException("the column " + table + "." + column.name() + " ("
            + column.type() + ") cannot take " + value);
      }
    }
  }

  private static void bind(PreparedStatement ps, int first, List<Column> columns,
      List<Object> values) throws SQLException {
    for (int i = 0; i < columns.size(); i++) {
      columns.get(i).type().bind(ps, first + i, values.get(i));
    }
  }

  private static String names(List<Column> columns, String separator) {
    return columns.stream().map(Column::name).collect(Collectors.joining(separator));
  }

  @Override
  public String toString() {
    return table + Objects.toString(all);
  }
}
