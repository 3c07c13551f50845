package pl.lsw.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import pl.lsw.core.kernel.CommandRecord;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.port.Outbox;

/**
 * The memory store's outbox. A unit of work ({@link #inTransaction}) holds the store's one unit
 * lock from start to end, so units never interleave: the entries a unit appends become visible
 * only when it returns, and are dropped (with the command keys they reserved) when it throws. The
 * repositories' saves inside a unit are each atomic; a unit that throws after a save keeps that
 * save, so the services append first and save last, and a failing save leaves nothing behind.
 *
 * <p>Entries are kept for the life of the store: delivered ones stay as the audit trail.
 * Thread-safe.
 */
final class MemoryOutbox implements Outbox {

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<UUID, OutboxEntry> byId = new HashMap<>();
  private final TreeMap<Long, UUID> undelivered = new TreeMap<>();
  private final Map<String, List<UUID>> byAggregate = new HashMap<>();
  private final Map<String, CommandRecord> commands = new HashMap<>();
  private long sequence;

  /** What the unit running on the lock's owner has appended so far. */
  private final List<OutboxEntry> pendingEntries = new ArrayList<>();
  private final Map<String, CommandRecord> pendingCommands = new LinkedHashMap<>();
  private int depth;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    lock.lock();
    depth++;
    boolean outermost = depth == 1;
    try {
      T result = work.get();
      if (outermost) {
        commit();
      }
      return result;
    } catch (RuntimeException | Error e) {
      if (outermost) {
        pendingEntries.clear();
        pendingCommands.clear();
      }
      throw e;
    } finally {
      depth--;
      lock.unlock();
    }
  }

  private void commit() {
    for (OutboxEntry entry : pendingEntries) {
      byId.put(entry.eventId(), entry);
      undelivered.put(entry.sequence(), entry.eventId());
      byAggregate.computeIfAbsent(entry.aggregateId(), a -> new ArrayList<>()).add(entry.eventId());
    }
    commands.putAll(pendingCommands);
    pendingEntries.clear();
    pendingCommands.clear();
  }

  @Override
  public List<OutboxEntry> append(List<OutboxEntry> entries, Optional<CommandRecord> command) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(command, "command");
    return inTransaction(() -> {
      if (command.isPresent()) {
        String key = command.get().key();
        if (commands.containsKey(key) || pendingCommands.containsKey(key)) {
          throw new DuplicateKeyException("Command", "key", key,
              String.valueOf(Optional.ofNullable(commands.get(key))
                  .orElse(pendingCommands.get(key)).aggregateId()));
        }
      }
      List<OutboxEntry> written = new ArrayList<>(entries.size());
      for (OutboxEntry entry : entries) {
        if (byId.containsKey(entry.eventId())
            || pendingEntries.stream().anyMatch(p -> p.eventId().equals(entry.eventId()))) {
          throw new DuplicateKeyException("OutboxEntry", "eventId", entry.eventId().toString(),
              entry.aggregateId());
        }
        written.add(entry.withSequence(++sequence));
      }
      pendingEntries.addAll(written);
      command.ifPresent(c -> pendingCommands.put(c.key(), c));
      return List.copyOf(written);
    });
  }

  @Override
  public Optional<CommandRecord> command(String key) {
    Objects.requireNonNull(key, "key");
    return locked(() -> Optional.ofNullable(commands.get(key)));
  }

  @Override
  public List<OutboxEntry> entries(List<UUID> eventIds) {
    Objects.requireNonNull(eventIds, "eventIds");
    return locked(() -> eventIds.stream().map(byId::get).filter(Objects::nonNull)
        .sorted((a, b) -> Long.compare(a.sequence(), b.sequence())).toList());
  }

  @Override
  public List<OutboxEntry> undelivered(long afterSequence, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return locked(() -> undelivered.tailMap(afterSequence, false).values().stream().limit(limit)
        .map(byId::get).toList());
  }

  @Override
  public long undeliveredCount() {
    return locked(() -> (long) undelivered.size());
  }

  @Override
  public List<OutboxEntry> history(String aggregateId) {
    Objects.requireNonNull(aggregateId, "aggregateId");
    return locked(() -> byAggregate.getOrDefault(aggregateId, List.of()).stream()
        .map(byId::get).toList());
  }

  @Override
  public void markDelivered(List<UUID> eventIds, Instant at) {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(at, "at");
    locked(() -> {
      eventIds.forEach(id -> update(id, e -> e.delivered() ? e : e.deliveredAt(at)));
      return null;
    });
  }

  @Override
  public void markFailed(UUID eventId, String error, Instant nextAttemptAt) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    update(eventId, e -> e.delivered() ? e : e.failed(error, nextAttemptAt));
  }

  @Override
  public int makeDue(Instant now) {
    Objects.requireNonNull(now, "now");
    return locked(() -> {
      int count = 0;
      for (UUID id : undelivered.values()) {
        byId.put(id, byId.get(id).dueAt(now));
        count++;
      }
      return count;
    });
  }

  private void update(UUID eventId, java.util.function.UnaryOperator<OutboxEntry> change) {
    Objects.requireNonNull(eventId, "eventId");
    locked(() -> {
      OutboxEntry entry = byId.get(eventId);
      if (entry != null) {
        OutboxEntry changed = change.apply(entry);
        byId.put(eventId, changed);
        if (changed.delivered()) {
          undelivered.remove(changed.sequence());
        }
      }
      return null;
    });
  }

  private <T> T locked(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }
}
