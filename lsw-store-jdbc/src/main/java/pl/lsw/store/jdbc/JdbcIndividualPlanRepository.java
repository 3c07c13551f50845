package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import pl.lsw.core.basket.BasketServiceId;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.plan.IndividualPlan;
import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.family.plan.PlanId;
import pl.lsw.core.family.plan.PlanItem;
import pl.lsw.core.family.plan.PlanKind;
import pl.lsw.core.family.plan.PlanSource;
import pl.lsw.core.family.plan.PlanStatus;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Individual plans in {@code lsw_individual_plan}, with their items ({@code
 * lsw_individual_plan_item}), reviews ({@code lsw_individual_plan_review}) and revisions ({@code
 * lsw_individual_plan_revision} and {@code lsw_individual_plan_field_change}), see {@code
 * V12__families_and_plans.sql}. A save is one transaction: the root row is inserted (version 1)
 * or updated {@code WHERE id = ? AND version = ?} (no row changed: a version conflict), then the
 * child rows are deleted and written again.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcIndividualPlanRepository implements IndividualPlanRepository {

  private static final String AGGREGATE = "individual plan";

  private static final String COLUMNS = "id, version, family_ref, partnership_id, kind, "
      + "applied_on, prepared_on, period_from, period_to, coordination_months, last_item_number, "
      + "status, closed_on";

  private static final String DATA_COLUMNS_SET = "family_ref = ?, partnership_id = ?, kind = ?, "
      + "applied_on = ?, prepared_on = ?, period_from = ?, period_to = ?, coordination_months = ?, "
      + "last_item_number = ?, status = ?, closed_on = ?";

  private static final int DATA_COLUMNS = 11;

  /** Listing order: day of preparation, then id as text (documented in the port). */
  private static final Comparator<IndividualPlan> ORDER =
      Comparator.comparing(IndividualPlan::preparedOn).thenComparing(p -> p.id().toString());

  private static final List<String> CHILDREN = List.of("lsw_individual_plan_field_change",
      "lsw_individual_plan_revision", "lsw_individual_plan_review", "lsw_individual_plan_item");

  private final Jdbc jdbc;

  JdbcIndividualPlanRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public IndividualPlan save(IndividualPlan plan) {
    IndividualPlan stored = plan.withVersion(plan.version() + 1);
    UUID id = plan.id().value();
    try {
      return jdbc.inTransaction("saving " + AGGREGATE + " " + plan.id(), c -> {
        if (plan.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_individual_plan (" + COLUMNS + ") VALUES (?, ?"
              + ", ?".repeat(DATA_COLUMNS) + ")", ps -> {
                ps.setObject(1, id);
                ps.setLong(2, stored.version());
                bindData(ps, 3, stored);
              });
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_individual_plan SET version = ?, "
              + DATA_COLUMNS_SET + " WHERE id = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                bindData(ps, 2, stored);
                ps.setObject(DATA_COLUMNS + 2, id);
                ps.setLong(DATA_COLUMNS + 3, plan.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_individual_plan", "id", id)
                ? conflict(plan) : noLongerStored(plan);
          }
          for (String table : CHILDREN) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE plan_id = ?", ps -> ps.setObject(1, id));
          }
        }
        insertChildren(c, id, stored);
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (plan.version() == 0 && findById(plan.id()).isPresent()) {
        throw conflict(plan);
      }
      throw new StoreException("saving " + AGGREGATE + " " + plan.id()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(plan);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(IndividualPlan p) {
    return new VersionConflictException("IndividualPlan", p.id().toString(), p.version());
  }

  private static NoLongerStoredException noLongerStored(IndividualPlan p) {
    return new NoLongerStoredException("IndividualPlan", p.id().toString(), p.version());
  }

  private static void bindData(PreparedStatement ps, int i, IndividualPlan p) throws SQLException {
    ps.setString(i, p.family().value());
    ps.setObject(i + 1, p.partnership().value());
    ps.setString(i + 2, p.kind().name());
    Columns.setDate(ps, i + 3, p.appliedOn().orElse(null));
    Columns.setDate(ps, i + 4, p.preparedOn());
    Columns.setDate(ps, i + 5, p.periodFrom());
    Columns.setDate(ps, i + 6, p.periodTo());
    if (p.coordinationMonths().isPresent()) {
      ps.setInt(i + 7, p.coordinationMonths().get());
    } else {
      ps.setNull(i + 7, Types.INTEGER);
    }
    ps.setInt(i + 8, p.lastItemNumber());
    ps.setString(i + 9, p.status().name());
    Columns.setDate(ps, i + 10, p.closedOn().orElse(null));
  }

  private record Review(boolean held, java.time.LocalDate day) {}

  private record Change(int revision, int index, FieldChange change) {}

  private static void insertChildren(Connection c, UUID id, IndividualPlan p) throws SQLException {
    Jdbc.batch(c, "INSERT INTO lsw_individual_plan_item (plan_id, item_number, source_kind, "
        + "source_id, provider_id, starts_on, ends_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        p.items().entrySet(), (ps, e, n) -> {
          PlanItem item = e.getValue();
          ps.setObject(1, id);
          ps.setInt(2, e.getKey());
          if (item.source() instanceof PlanSource.BankEntry bank) {
            ps.setString(3, "BANK");
            ps.setObject(4, bank.entry().value());
          } else if (item.source() instanceof PlanSource.BasketService basket) {
            ps.setString(3, "BASKET");
            ps.setObject(4, basket.service().value());
          }
          ps.setObject(5, item.provider().value());
          Columns.setDate(ps, 6, item.startsOn());
          Columns.setDate(ps, 7, item.endsOn());
          ps.setString(8, item.note().orElse(null));
        });
    List<Review> reviews = new ArrayList<>();
    p.plannedReviews().forEach(d -> reviews.add(new Review(false, d)));
    p.heldReviews().forEach(d -> reviews.add(new Review(true, d)));
    Jdbc.batch(c, "INSERT INTO lsw_individual_plan_review (plan_id, held, review_day) "
        + "VALUES (?, ?, ?)", reviews, (ps, r, n) -> {
          ps.setObject(1, id);
          ps.setBoolean(2, r.held());
          Columns.setDate(ps, 3, r.day());
        });
    Jdbc.batch(c, "INSERT INTO lsw_individual_plan_revision (plan_id, list_index, revised_at, "
        + "revised_at_nanos, actor, subject, change_kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
        p.revisions(), (ps, r, n) -> {
          ps.setObject(1, id);
          ps.setInt(2, n);
          Columns.setInstant(ps, 3, r.at());
          ps.setString(5, r.actor());
          ps.setString(6, r.subject());
          ps.setString(7, r.kind());
        });
    List<Change> changes = new ArrayList<>();
    for (int r = 0; r < p.revisions().size(); r++) {
      List<FieldChange> of = p.revisions().get(r).changes();
      for (int i = 0; i < of.size(); i++) {
        changes.add(new Change(r, i, of.get(i)));
      }
    }
    Jdbc.batch(c, "INSERT INTO lsw_individual_plan_field_change (plan_id, revision_index, "
        + "list_index, field, from_value, to_value) VALUES (?, ?, ?, ?, ?, ?)", changes,
        (ps, ch, n) -> {
          ps.setObject(1, id);
          ps.setInt(2, ch.revision());
          ps.setInt(3, ch.index());
          ps.setString(4, ch.change().field());
          ps.setString(5, ch.change().from().orElse(null));
          ps.setString(6, ch.change().to().orElse(null));
        });
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<IndividualPlan> findById(PlanId id) {
    return jdbc.read("finding " + AGGREGATE + " " + id, c -> {
      List<IndividualPlan> found = load(c, "SELECT " + COLUMNS
          + " FROM lsw_individual_plan WHERE id = ?", ps -> ps.setObject(1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<IndividualPlan> findByFamily(FamilyReference family) {
    return jdbc.read("listing the plans of family " + family, c -> {
      List<IndividualPlan> found = new ArrayList<>(load(c, "SELECT " + COLUMNS
          + " FROM lsw_individual_plan WHERE family_ref = ? ORDER BY prepared_on, id",
          ps -> ps.setString(1, family.value())));
      // the database orders UUIDs by value; the port promises their text order
      found.sort(ORDER);
      return List.copyOf(found);
    });
  }

  /** A root row: what the plan table holds, before the children are added. */
  private record Root(UUID id, IndividualPlan.Builder builder) {}

  private static List<IndividualPlan> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, JdbcIndividualPlanRepository::root);
    List<IndividualPlan> result = new ArrayList<>(roots.size());
    for (Root root : roots) {
      String owner = AGGREGATE + " " + root.id();
      try {
        result.add(children(c, root.id(), root.builder(), owner).build());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
      }
    }
    return result;
  }

  private static IndividualPlan.Builder children(Connection c, UUID id, IndividualPlan.Builder b,
      String owner) throws SQLException {
    Jdbc.Binder byPlan = ps -> ps.setObject(1, id);
    TreeMap<Integer, PlanItem> items = new TreeMap<>();
    Jdbc.query(c, "SELECT item_number, source_kind, source_id, provider_id, starts_on, ends_on, "
        + "note FROM lsw_individual_plan_item WHERE plan_id = ? ORDER BY item_number", byPlan, rs -> {
          UUID source = Columns.uuid(rs, 3);
          String kind = rs.getString(2);
          PlanSource s = switch (kind) {
            case "BANK" -> new PlanSource.BankEntry(MapEntryId.of(source));
            case "BASKET" -> new PlanSource.BasketService(BasketServiceId.of(source));
            default -> throw new StoreException("the stored " + owner + " has an unknown source '"
                + kind + "'");
          };
          items.put(rs.getInt(1), PlanItem.builder().source(s)
              .provider(OrganisationId.of(Columns.uuid(rs, 4))).startsOn(Columns.date(rs, 5))
              .endsOn(Columns.date(rs, 6)).note(Columns.optionalText(rs, 7)).build());
          return null;
        });
    TreeSet<java.time.LocalDate> planned = new TreeSet<>();
    TreeSet<java.time.LocalDate> held = new TreeSet<>();
    Jdbc.query(c, "SELECT held, review_day FROM lsw_individual_plan_review WHERE plan_id = ?",
        byPlan, rs -> (rs.getBoolean(1) ? held : planned).add(Columns.date(rs, 2)));
    Map<Integer, List<FieldChange>> changes = new TreeMap<>();
    Jdbc.query(c, "SELECT revision_index, field, from_value, to_value FROM "
        + "lsw_individual_plan_field_change WHERE plan_id = ? ORDER BY revision_index, list_index",
        byPlan, rs -> changes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
            .add(FieldChange.of(rs.getString(2), rs.getString(3), rs.getString(4))));
    List<Revision> revisions = Jdbc.query(c, "SELECT list_index, revised_at, revised_at_nanos, "
        + "actor, subject, change_kind FROM lsw_individual_plan_revision WHERE plan_id = ? "
        + "ORDER BY list_index", byPlan, rs -> {
          Instant at = Columns.getInstant(rs, 2);
          return new Revision(at, rs.getString(4), rs.getString(5), rs.getString(6),
              changes.getOrDefault(rs.getInt(1), List.of()));
        });
    return b.items(items).plannedReviews(planned).heldReviews(held).revisions(revisions);
  }

  private static Root root(ResultSet rs) throws SQLException {
    UUID id = Columns.uuid(rs, 1);
    String owner = AGGREGATE + " " + id;
    try {
      int months = rs.getInt(10);
      Optional<Integer> coordination = rs.wasNull() ? Optional.empty() : Optional.of(months);
      IndividualPlan.Builder b = IndividualPlan.builder()
          .id(PlanId.of(id))
          .version(rs.getLong(2))
          .family(FamilyReference.of(rs.getString(3)))
          .partnership(PartnershipId.of(Columns.uuid(rs, 4)))
          .kind(decode(PlanKind.class, rs.getString(5), owner))
          .appliedOn(Columns.optionalDate(rs, 6))
          .preparedOn(Columns.date(rs, 7))
          .periodFrom(Columns.date(rs, 8))
          .periodTo(Columns.date(rs, 9))
          .coordinationMonths(coordination)
          .lastItemNumber(rs.getInt(11))
          .status(decode(PlanStatus.class, rs.getString(12), owner))
          .closedOn(Columns.optionalDate(rs, 13));
      return new Root(id, b);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }
}
