package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;

/**
 * How the financing tables write and read their values: money as a whole number of grosze in a
 * {@code BIGINT} (exact, never floating point), a granting body as name, area and kind, a date
 * range as its first and last day, a percentage as an exact {@code NUMERIC(20, 10)}, a cost item's
 * quantity as an exact {@code NUMERIC(30, 10)} with its scale (so that {@code 0.50} comes back as
 * {@code 0.50}), and the child rows of several aggregates grouped by owner.
 */
final class FinancingColumns {

  /** The decimal places a {@code NUMERIC(.., 10)} column keeps. */
  static final int MAX_SCALE = 10;

  private FinancingColumns() {}

  // --- money ---------------------------------------------------------------------------------

  static void setMoney(PreparedStatement ps, int i, Money m) throws SQLException {
    ps.setLong(i, m.grosze());
  }

  static void setOptionalMoney(PreparedStatement ps, int i, Optional<Money> m) throws SQLException {
    if (m.isPresent()) {
      ps.setLong(i, m.get().grosze());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }

  static Money money(ResultSet rs, int i) throws SQLException {
    return Money.ofGrosze(rs.getLong(i));
  }

  static Optional<Money> optionalMoney(ResultSet rs, int i) throws SQLException {
    long grosze = rs.getLong(i);
    return rs.wasNull() ? Optional.empty() : Optional.of(Money.ofGrosze(grosze));
  }

  // --- granting body -------------------------------------------------------------------------

  /** Binds a body to parameters {@code i} (name), {@code i + 1} (area) and {@code i + 2} (kind). */
  static void setBody(PreparedStatement ps, int i, GrantingBody body) throws SQLException {
    ps.setString(i, body.name());
    ps.setString(i + 1, body.area().value());
    ps.setString(i + 2, body.kind().name());
  }

  /** Reads a body from columns {@code i} (name), {@code i + 1} (area) and {@code i + 2} (kind). */
  static GrantingBody body(ResultSet rs, int i, String owner) throws SQLException {
    return GrantingBody.builder().name(rs.getString(i)).area(TerytCode.of(rs.getString(i + 1)))
        .kind(decode(GrantingBodyKind.class, rs.getString(i + 2), owner)).build();
  }

  // --- date ranges ---------------------------------------------------------------------------

  static void setRange(PreparedStatement ps, int i, DateRange range) throws SQLException {
    ps.setObject(i, range.start());
    ps.setObject(i + 1, range.end());
  }

  static void setOptionalRange(PreparedStatement ps, int i, Optional<DateRange> range)
      throws SQLException {
    Columns.setDate(ps, i, range.map(DateRange::start).orElse(null));
    Columns.setDate(ps, i + 1, range.map(DateRange::end).orElse(null));
  }

  static DateRange range(ResultSet rs, int i) throws SQLException {
    return DateRange.ofOrThrow(Columns.date(rs, i), Columns.date(rs, i + 1));
  }

  static Optional<DateRange> optionalRange(ResultSet rs, int i) throws SQLException {
    return Columns.optionalDate(rs, i).isPresent() ? Optional.of(range(rs, i)) : Optional.empty();
  }

  // --- exact decimals ------------------------------------------------------------------------

  /**
   * Binds a percentage to a {@code NUMERIC(20, 10)} parameter.
   *
   * @throws StoreException when it has more than 10 decimal places or 10 integer digits
   */
  static void setPercent(PreparedStatement ps, int i, Percent p, String owner) throws SQLException {
    ps.setBigDecimal(i, fitting(p.value(), 20, owner, "percentage"));
  }

  static void setOptionalPercent(PreparedStatement ps, int i, Optional<Percent> p, String owner)
      throws SQLException {
    if (p.isPresent()) {
      setPercent(ps, i, p.get(), owner);
    } else {
      ps.setNull(i, Types.NUMERIC);
    }
  }

  static Percent percent(ResultSet rs, int i) throws SQLException {
    return Percent.of(rs.getBigDecimal(i));
  }

  static Optional<Percent> optionalPercent(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(rs.getBigDecimal(i)).map(Percent::of);
  }

  /** Binds a quantity to parameters {@code i} ({@code NUMERIC(30, 10)}) and {@code i + 1} (its scale). */
  static void setQuantity(PreparedStatement ps, int i, BigDecimal quantity, String owner)
      throws SQLException {
    ps.setBigDecimal(i, fitting(quantity, 30, owner, "quantity"));
    ps.setInt(i + 1, quantity.scale());
  }

  /** Reads a quantity from columns {@code i} (value) and {@code i + 1} (scale), exactly as written. */
  static BigDecimal quantity(ResultSet rs, int i) throws SQLException {
    return rs.getBigDecimal(i).setScale(rs.getInt(i + 1), RoundingMode.UNNECESSARY);
  }

  private static BigDecimal fitting(BigDecimal value, int precision, String owner, String what) {
    BigDecimal plain = value.stripTrailingZeros();
    int integerDigits = Math.max(plain.precision() - plain.scale(), 0);
    if (plain.scale() > MAX_SCALE || integerDigits > precision - MAX_SCALE) {
      throw new StoreException("cannot store the " + what + " " + value.toPlainString() + " of " + owner
          + ": the store keeps at most " + (precision - MAX_SCALE) + " integer digits and "
          + MAX_SCALE + " decimal places");
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  // --- cost items ----------------------------------------------------------------------------

  /** The cost-item columns after the owner's key columns, in binding order. */
  static final String COST_ITEM_COLUMNS =
      "category, unit, quantity, quantity_scale, unit_cost_grosze, source";

  /** Binds a cost item to the six parameters from {@code i}. */
  static void setCostItem(PreparedStatement ps, int i, CostItem item, String owner)
      throws SQLException {
    ps.setString(i, item.category());
    ps.setString(i + 1, item.unit());
    setQuantity(ps, i + 2, item.quantity(), owner);
    setMoney(ps, i + 4, item.unitCost());
    ps.setString(i + 5, item.source().name());
  }

  /** Reads a cost item from the six columns from {@code i}. */
  static CostItem costItem(ResultSet rs, int i, String owner) throws SQLException {
    return CostItem.builder().category(rs.getString(i)).unit(rs.getString(i + 1))
        .quantity(quantity(rs, i + 2)).unitCost(money(rs, i + 4))
        .source(decode(FundingSource.class, rs.getString(i + 5), owner)).build();
  }

  // --- grouping child rows -------------------------------------------------------------------

  /** A child row: the aggregate it belongs to, the position of its parent item (or 0), the item. */
  record Child<T>(UUID owner, int parent, T item) {}

  /** The items of each owner, in row order. */
  static <T> Map<UUID, List<T>> byOwner(List<Child<T>> rows) {
    Map<UUID, List<T>> all = new HashMap<>();
    for (Child<T> row : rows) {
      all.computeIfAbsent(row.owner(), k -> new ArrayList<>()).add(row.item());
    }
    return all;
  }

  /** The items of each owner and parent position, in row order. */
  static <T> Map<UUID, Map<Integer, List<T>>> byOwnerAndParent(List<Child<T>> rows) {
    Map<UUID, Map<Integer, List<T>>> all = new HashMap<>();
    for (Child<T> row : rows) {
      all.computeIfAbsent(row.owner(), k -> new HashMap<>())
          .computeIfAbsent(row.parent(), k -> new ArrayList<>()).add(row.item());
    }
    return all;
  }

  static <T> List<T> of(Map<UUID, List<T>> grouped, UUID owner) {
    return grouped.getOrDefault(owner, List.of());
  }

  static <T> List<T> of(Map<UUID, Map<Integer, List<T>>> grouped, UUID owner, int parent) {
    return grouped.getOrDefault(owner, Map.of()).getOrDefault(parent, List.of());
  }

  /** Reads a child row whose columns 1 and 2 are the owner and the parent position. */
  @FunctionalInterface
  interface ChildReader<T> {
    T read(ResultSet rs, String owner) throws SQLException;
  }

  /**
   * A row mapper of child rows: column 1 is the owner's id; with {@code nested}, column 2 is the
   * parent's position and the item's columns start at 3, otherwise at 2. Invalid stored data
   * becomes a {@link StoreException} naming the owner.
   */
  static <T> Jdbc.RowMapper<Child<T>> child(String aggregate, boolean nested, ChildReader<T> reader) {
    return rs -> {
      UUID owner = Columns.uuid(rs, 1);
      int parent = nested ? rs.getInt(2) : 0;
      String name = aggregate + " " + owner;
      try {
        return new Child<>(owner, parent, reader.read(rs, name));
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("a part of the stored " + name + " is not valid: " + e.getMessage(), e);
      }
    };
  }
}
