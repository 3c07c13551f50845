package pl.lsw.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import pl.lsw.core.kernel.CommandRecord;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.port.Outbox;

/**
 * The outbox in the tables {@code lsw_outbox} and {@code lsw_command_key} (V16). A unit of work
 * ({@link #inTransaction}) binds one connection to the thread: the saves of every repository of
 * the same store and the appends to this outbox inside it run in its one database transaction,
 * committed when the work returns and rolled back when it throws. Events and ids are kept as JSON
 * ({@link EventJson}).
 */
final class JdbcOutbox implements Outbox {

  private static final String COLUMNS = "seq, event_id, aggregate_id, actor, recorded_at, "
      + "recorded_at_nanos, command_key, event_type, event_json, attempts, last_error, "
      + "next_attempt_at, next_attempt_nanos, delivered_at, delivered_at_nanos";

  private final Jdbc jdbc;

  JdbcOutbox(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return jdbc.unit("storing a change with its events", work);
  }

  @Override
  public List<OutboxEntry> append(List<OutboxEntry> entries, Optional<CommandRecord> command) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(command, "command");
    List<String> json = new ArrayList<>(entries.size());
    for (OutboxEntry entry : entries) {
      json.add(EventJson.write(entry.event()));
    }
    try {
      return jdbc.inTransaction("writing " + entries.size() + " events to the outbox", c -> {
        if (command.isPresent()) {
          insertCommand(c, command.get());
        }
        if (entries.isEmpty()) {
          return List.<OutboxEntry>of();
        }
        Jdbc.batch(c, "INSERT INTO lsw_outbox (event_id, aggregate_id, actor, recorded_at, "
            + "recorded_at_nanos, command_key, event_type, event_json, attempts, last_error, "
            + "next_attempt_at, next_attempt_nanos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            entries, (ps, e, i) -> {
              Columns.setUuid(ps, 1, e.eventId());
              ps.setString(2, e.aggregateId());
              ps.setString(3, e.actor());
              Columns.setInstant(ps, 4, e.recordedAt());
              Columns.setText(ps, 6, e.commandKey());
              ps.setString(7, e.event().getClass().getName());
              ps.setString(8, json.get(i));
              ps.setInt(9, e.attempts());
              Columns.setText(ps, 10, e.lastError());
              Columns.setInstant(ps, 11, e.nextAttemptAt());
            });
        List<UUID> ids = entries.stream().map(OutboxEntry::eventId).toList();
        java.util.Map<UUID, Long> sequences = new java.util.HashMap<>();
        Jdbc.query(c, "SELECT event_id, seq FROM lsw_outbox WHERE event_id"
            + Columns.in(ids.size()), Columns.ids(ids),
            rs -> java.util.Map.entry(Columns.uuid(rs, 1), rs.getLong(2)))
            .forEach(row -> sequences.put(row.getKey(), row.getValue()));
        List<OutboxEntry> written = new ArrayList<>(entries.size());
        for (OutboxEntry e : entries) {
          written.add(e.withSequence(sequences.get(e.eventId())));
        }
        return List.copyOf(written);
      });
    } catch (Jdbc.UniqueViolation e) {
      String key = command.map(CommandRecord::key).orElse("");
      throw new DuplicateKeyException("Command", "key", key, "");
    }
  }

  private static void insertCommand(java.sql.Connection c, CommandRecord command)
      throws SQLException {
    Jdbc.update(c, "INSERT INTO lsw_command_key (command_key, aggregate_type, aggregate_json, "
        + "created_type, created_json, event_ids, recorded_at, recorded_at_nanos) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
          ps.setString(1, command.key());
          ps.setString(2, command.aggregateId().getClass().getName());
          ps.setString(3, EventJson.write(command.aggregateId()));
          Columns.setText(ps, 4, command.createdId().map(id -> id.getClass().getName()));
          Columns.setText(ps, 5, command.createdId().map(EventJson::write));
          ps.setString(6, String.join(",",
              command.eventIds().stream().map(UUID::toString).toList()));
          Columns.setInstant(ps, 7, command.recordedAt());
        });
  }

  @Override
  public Optional<CommandRecord> command(String key) {
    Objects.requireNonNull(key, "key");
    return jdbc.read("reading the command of an idempotency key", c -> Jdbc.query(c,
        "SELECT command_key, aggregate_type, aggregate_json, created_type, created_json, "
            + "event_ids, recorded_at, recorded_at_nanos FROM lsw_command_key WHERE command_key = ?",
        ps -> ps.setString(1, key), rs -> {
          Object aggregate = read(rs.getString(2), rs.getString(3));
          Optional<Object> created = rs.getString(4) == null ? Optional.empty()
              : Optional.of(read(rs.getString(4), rs.getString(5)));
          String ids = rs.getString(6);
          List<UUID> eventIds = ids.isEmpty() ? List.of()
              : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
          return new CommandRecord(rs.getString(1), aggregate, created, eventIds,
              Columns.getInstant(rs, 7));
        })).stream().findFirst();
  }

  private static Object read(String type, String json) throws SQLException {
    try {
      return EventJson.read(EventJson.type(type), json);
    } catch (IllegalArgumentException e) {
      throw new SQLException("the stored " + type + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public List<OutboxEntry> entries(List<UUID> eventIds) {
    Objects.requireNonNull(eventIds, "eventIds");
    if (eventIds.isEmpty()) {
      return List.of();
    }
    return jdbc.read("reading outbox entries", c -> Jdbc.query(c, "SELECT " + COLUMNS
        + " FROM lsw_outbox WHERE event_id" + Columns.in(eventIds.size()) + " ORDER BY seq",
        Columns.ids(eventIds), JdbcOutbox::entry));
  }

  @Override
  public List<OutboxEntry> undelivered(long afterSequence, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return jdbc.read("reading undelivered events", c -> Jdbc.query(c, "SELECT " + COLUMNS
        + " FROM lsw_outbox WHERE delivered_at IS NULL AND seq > ? ORDER BY seq "
        + jdbc.dialect().limitOffset(), ps -> {
          ps.setLong(1, afterSequence);
          ps.setInt(2, limit);
          ps.setInt(3, 0);
        }, JdbcOutbox::entry));
  }

  @Override
  public long undeliveredCount() {
    return jdbc.read("counting undelivered events", c -> Jdbc.queryLong(c,
        "SELECT COUNT(*) FROM lsw_outbox WHERE delivered_at IS NULL", ps -> { }));
  }

  @Override
  public List<OutboxEntry> history(String aggregateId) {
    Objects.requireNonNull(aggregateId, "aggregateId");
    return jdbc.read("reading the history of " + aggregateId, c -> Jdbc.query(c, "SELECT "
        + COLUMNS + " FROM lsw_outbox WHERE aggregate_id = ? ORDER BY seq",
        ps -> ps.setString(1, aggregateId), JdbcOutbox::entry));
  }

  @Override
  public void markDelivered(List<UUID> eventIds, Instant at) {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(at, "at");
    if (eventIds.isEmpty()) {
      return;
    }
    jdbc.inTransaction("marking " + eventIds.size() + " events delivered", c -> {
      Jdbc.batch(c, "UPDATE lsw_outbox SET delivered_at = ?, delivered_at_nanos = ? "
          + "WHERE event_id = ? AND delivered_at IS NULL", eventIds, (ps, id, i) -> {
            Columns.setInstant(ps, 1, at);
            Columns.setUuid(ps, 3, id);
          });
      return null;
    });
  }

  @Override
  public void markFailed(UUID eventId, String error, Instant nextAttemptAt) {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    int max = pl.lsw.core.kernel.service.EventDelivery.MAX_ERROR;
    String shortError = error.length() <= max ? error : error.substring(0, max);
    jdbc.inTransaction("recording a failed delivery of event " + eventId, c -> Jdbc.update(c,
        "UPDATE lsw_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
            + "next_attempt_nanos = ? WHERE event_id = ? AND delivered_at IS NULL", ps -> {
              ps.setString(1, shortError);
              Columns.setInstant(ps, 2, nextAttemptAt);
              Columns.setUuid(ps, 4, eventId);
            }));
  }

  @Override
  public int makeDue(Instant now) {
    Objects.requireNonNull(now, "now");
    return jdbc.inTransaction("making undelivered events due", c -> Jdbc.update(c,
        "UPDATE lsw_outbox SET next_attempt_at = ?, next_attempt_nanos = ? "
            + "WHERE delivered_at IS NULL", ps -> Columns.setInstant(ps, 1, now)));
  }

  private static OutboxEntry entry(ResultSet rs) throws SQLException {
    Object event = read(rs.getString(8), rs.getString(9));
    if (!(event instanceof pl.lsw.core.kernel.DomainEvent domainEvent)) {
      throw new SQLException("the stored " + rs.getString(8) + " is not an event");
    }
    Optional<Instant> delivered = rs.getObject(14) == null ? Optional.empty()
        : Optional.of(Columns.getInstant(rs, 14));
    return new OutboxEntry(Columns.uuid(rs, 2), rs.getLong(1), rs.getString(3), rs.getString(4),
        Columns.getInstant(rs, 5), Columns.optionalText(rs, 7), domainEvent, rs.getInt(10),
        Columns.optionalText(rs, 11), Columns.getInstant(rs, 12), delivered);
  }
}
