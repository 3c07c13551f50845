package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;
import static pl.lsw.store.jdbc.Columns.getActor;
import static pl.lsw.store.jdbc.Columns.getInstant;
import static pl.lsw.store.jdbc.Columns.uuid;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.process.ContinuationDecision;
import pl.lsw.core.process.EvidenceReference;
import pl.lsw.core.process.Iteration;
import pl.lsw.core.process.ProcessInstance;
import pl.lsw.core.process.ProcessInstanceId;
import pl.lsw.core.process.StandingTaskActivity;
import pl.lsw.core.process.StepCompletion;
import pl.lsw.core.process.ProcessInstanceRepository;

/**
 * Process instances in the tables {@code lsw_process_instance}, {@code lsw_process_iteration},
 * {@code lsw_process_carried_step}, {@code lsw_process_completion} and
 * {@code lsw_process_activity} (see {@code V3__processes.sql}). A save is one transaction: the
 * root row is inserted (version 1) or updated {@code WHERE id = ? AND version = ?} (no row
 * changed: a version conflict), then the child rows are deleted and written again.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcProcessInstanceRepository implements ProcessInstanceRepository {

  private static final String AGGREGATE = "ProcessInstance";

  private static final String COLUMNS =
      "id, version, partnership_id, definition_code, definition_version, started_on";

  private static final List<String> CHILD_TABLES = List.of("lsw_process_iteration",
      "lsw_process_carried_step", "lsw_process_completion", "lsw_process_activity");

  /** Listing order of a partnership's instances: start day, then id as text. */
  private static final Comparator<ProcessInstance> ORDER =
      Comparator.comparing(ProcessInstance::startedOn).thenComparing(p -> p.id().toString());

  private final Jdbc jdbc;

  JdbcProcessInstanceRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public ProcessInstance save(ProcessInstance instance) {
    ProcessInstance stored = instance.withVersion(instance.version() + 1);
    try {
      return jdbc.inTransaction("saving process instance " + instance.id(), c -> {
        if (instance.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_process_instance (" + COLUMNS
              + ") VALUES (?, ?, ?, ?, ?, ?)", ps -> {
                ps.setObject(1, stored.id().value());
                ps.setLong(2, stored.version());
                bindData(ps, 3, stored);
              });
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_process_instance SET version = ?, "
              + "partnership_id = ?, definition_code = ?, definition_version = ?, started_on = ? "
              + "WHERE id = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                bindData(ps, 2, stored);
                ps.setObject(6, instance.id().value());
                ps.setLong(7, instance.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_process_instance", "id", instance.id().value())
                ? conflict(instance) : noLongerStored(instance);
          }
          for (String table : CHILD_TABLES) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE instance_id = ?",
                ps -> ps.setObject(1, instance.id().value()));
          }
        }
        insertChildren(c, stored);
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (instance.version() == 0 && findById(instance.id()).isPresent()) {
        throw conflict(instance);
      }
      throw new StoreException("saving process instance " + instance.id()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(instance);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(ProcessInstance i) {
    return new VersionConflictException(AGGREGATE, i.id().toString(), i.version());
  }

  private static NoLongerStoredException noLongerStored(ProcessInstance i) {
    return new NoLongerStoredException(AGGREGATE, i.id().toString(), i.version());
  }

  /** Binds partnership, definition code and version, and start day from {@code first}. */
  private static void bindData(PreparedStatement ps, int first, ProcessInstance i)
      throws SQLException {
    ps.setObject(first, i.partnershipId().value());
    ps.setString(first + 1, i.definitionCode());
    ps.setInt(first + 2, i.definitionVersion());
    Columns.setDate(ps, first + 3, i.startedOn());
  }

  private static void insertChildren(Connection c, ProcessInstance p) throws SQLException {
    UUID id = p.id().value();
    Jdbc.batch(c, "INSERT INTO lsw_process_iteration (instance_id, iteration_number, started_on, "
        + "started_by_person, started_by_role, loop_code, conclusions_text, conclusions_uri, "
        + "recorded_at, recorded_at_nanos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p.iterations(), (ps, it, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, it.number());
          Columns.setDate(ps, 3, it.startedOn());
          Columns.setActor(ps, 4, it.startedBy());
          Columns.setText(ps, 6, it.loopCode());
          Columns.setText(ps, 7, it.conclusions().map(EvidenceReference::text));
          Columns.setText(ps, 8, it.conclusions().flatMap(EvidenceReference::uri)
              .map(URI::toString));
          Columns.setInstant(ps, 9, it.recordedAt());
        });
    Jdbc.batch(c, "INSERT INTO lsw_process_carried_step (instance_id, iteration_number, "
        + "list_index, step_code) VALUES (?, ?, ?, ?)",
        Columns.Nested.of(p.iterations(), Iteration::carriedOverSteps), (ps, n, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, p.iterations().get(n.parent()).number());
          ps.setInt(3, n.index());
          ps.setString(4, n.item());
        });
    Jdbc.batch(c, "INSERT INTO lsw_process_completion (instance_id, list_index, step_code, "
        + "iteration, completed_on, actor_person, actor_role, evidence_text, evidence_uri, "
        + "decision, recorded_at, recorded_at_nanos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p.completions(), (ps, s, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, s.stepCode());
          ps.setInt(4, s.iteration());
          Columns.setDate(ps, 5, s.completedOn());
          Columns.setActor(ps, 6, s.actor());
          ps.setString(8, s.evidence().text());
          Columns.setText(ps, 9, s.evidence().uri().map(URI::toString));
          Columns.setText(ps, 10, s.decision().map(Enum::name));
          Columns.setInstant(ps, 11, s.recordedAt());
        });
    Jdbc.batch(c, "INSERT INTO lsw_process_activity (instance_id, list_index, task_code, "
        + "iteration, performed_on, actor_person, actor_role, evidence_text, evidence_uri, "
        + "recorded_at, recorded_at_nanos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        p.standingTaskActivities(), (ps, a, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, a.taskCode());
          ps.setInt(4, a.iteration());
          Columns.setDate(ps, 5, a.performedOn());
          Columns.setActor(ps, 6, a.actor());
          ps.setString(8, a.evidence().text());
          Columns.setText(ps, 9, a.evidence().uri().map(URI::toString));
          Columns.setInstant(ps, 10, a.recordedAt());
        });
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<ProcessInstance> findById(ProcessInstanceId id) {
    return jdbc.read("finding process instance " + id, c -> {
      List<ProcessInstance> found = load(c, "SELECT " + COLUMNS
          + " FROM lsw_process_instance WHERE id = ?", ps -> ps.setObject(1, id.value()));
      return found.isEmpty() ? Optional.<ProcessInstance>empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<ProcessInstance> findByPartnership(PartnershipId partnershipId) {
    return jdbc.read("listing the process instances of partnership " + partnershipId, c -> {
      List<ProcessInstance> found = new ArrayList<>(load(c, "SELECT " + COLUMNS
          + " FROM lsw_process_instance WHERE partnership_id = ? ORDER BY started_on, id",
          ps -> ps.setObject(1, partnershipId.value())));
      // the database orders UUIDs in its own way; the documented order is by id as text
      found.sort(ORDER);
      return List.copyOf(found);
    });
  }

  private record Root(UUID id, long version, UUID partnership, String code, int definitionVersion) {}

  /** A child row and the instance it belongs to. */
  private record Owned<T>(UUID instance, T item) {}

  /** Loads the instances a query selects, with all their parts, in query order. */
  private static List<ProcessInstance> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, rs -> new Root(uuid(rs, 1), rs.getLong(2),
        uuid(rs, 3), rs.getString(4), rs.getInt(5)));
    if (roots.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = roots.stream().map(Root::id).toList();
    String in = " WHERE instance_id" + Columns.in(ids.size());
    Map<UUID, Map<Integer, List<String>>> carried = new HashMap<>();
    for (Owned<Object[]> row : Jdbc.query(c, "SELECT instance_id, iteration_number, step_code "
        + "FROM lsw_process_carried_step" + in + " ORDER BY instance_id, iteration_number, "
        + "list_index", Columns.ids(ids),
        rs -> new Owned<>(uuid(rs, 1), new Object[] {rs.getInt(2), rs.getString(3)}))) {
      carried.computeIfAbsent(row.instance(), k -> new HashMap<>())
          .computeIfAbsent((Integer) row.item()[0], k -> new ArrayList<>())
          .add((String) row.item()[1]);
    }
    Map<UUID, List<Iteration>> iterations = group(Jdbc.query(c, "SELECT instance_id, "
        + "iteration_number, started_on, started_by_person, started_by_role, loop_code, "
        + "conclusions_text, conclusions_uri, recorded_at, recorded_at_nanos "
        + "FROM lsw_process_iteration" + in + " ORDER BY instance_id, iteration_number",
        Columns.ids(ids), rs -> owned(rs, owner -> {
          UUID instance = uuid(rs, 1);
          int number = rs.getInt(2);
          return new Iteration(number, Columns.date(rs, 3), getActor(rs, 4, owner),
              Columns.optionalText(rs, 6), evidence(rs.getString(7), rs.getString(8)),
              carried.getOrDefault(instance, Map.of()).getOrDefault(number, List.of()),
              getInstant(rs, 9));
        })));
    Map<UUID, List<StepCompletion>> completions = group(Jdbc.query(c, "SELECT instance_id, "
        + "step_code, iteration, completed_on, actor_person, actor_role, evidence_text, "
        + "evidence_uri, decision, recorded_at, recorded_at_nanos FROM lsw_process_completion"
        + in + " ORDER BY instance_id, list_index", Columns.ids(ids),
        rs -> owned(rs, owner -> new StepCompletion(rs.getString(2), rs.getInt(3),
            Columns.date(rs, 4), getActor(rs, 5, owner),
            evidence(rs.getString(7), rs.getString(8)).orElseThrow(),
            Columns.optionalText(rs, 9).map(d -> decode(ContinuationDecision.class, d, owner)),
            getInstant(rs, 10)))));
    Map<UUID, List<StandingTaskActivity>> activities = group(Jdbc.query(c, "SELECT instance_id, "
        + "task_code, iteration, performed_on, actor_person, actor_role, evidence_text, "
        + "evidence_uri, recorded_at, recorded_at_nanos FROM lsw_process_activity"
        + in + " ORDER BY instance_id, list_index", Columns.ids(ids),
        rs -> owned(rs, owner -> new StandingTaskActivity(rs.getString(2), rs.getInt(3),
            Columns.date(rs, 4), getActor(rs, 5, owner),
            evidence(rs.getString(7), rs.getString(8)).orElseThrow(), getInstant(rs, 9)))));
    List<ProcessInstance> result = new ArrayList<>(roots.size());
    for (Root r : roots) {
      try {
        result.add(ProcessInstance.builder()
            .id(ProcessInstanceId.of(r.id()))
            .version(r.version())
            .partnershipId(PartnershipId.of(r.partnership()))
            .definitionCode(r.code())
            .definitionVersion(r.definitionVersion())
            .iterations(iterations.getOrDefault(r.id(), List.of()))
            .completions(completions.getOrDefault(r.id(), List.of()))
            .standingTaskActivities(activities.getOrDefault(r.id(), List.of()))
            .build());
      } catch (RuntimeException e) {
        throw new StoreException("the stored process instance " + r.id() + " is not valid: "
            + e.getMessage(), e);
      }
    }
    return result;
  }

  /** Maps a row whose column 1 is the instance id; invalid data becomes a StoreException. */
  private static <T> Owned<T> owned(ResultSet rs, RowReader<T> reader) throws SQLException {
    UUID instance = uuid(rs, 1);
    String owner = "process instance " + instance;
    try {
      return new Owned<>(instance, reader.read(owner));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("a part of the stored " + owner + " is not valid: "
          + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface RowReader<T> {
    T read(String owner) throws SQLException;
  }

  private static <T> Map<UUID, List<T>> group(List<Owned<T>> rows) {
    Map<UUID, List<T>> byId = new HashMap<>();
    for (Owned<T> row : rows) {
      byId.computeIfAbsent(row.instance(), k -> new ArrayList<>()).add(row.item());
    }
    return byId;
  }

  private static Optional<EvidenceReference> evidence(String text, String uri) {
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(new EvidenceReference(text, Optional.ofNullable(uri).map(URI::create)));
  }
}
