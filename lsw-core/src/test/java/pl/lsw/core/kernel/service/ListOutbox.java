package pl.lsw.core.kernel.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import pl.lsw.core.kernel.CommandRecord;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.port.Outbox;

/** A plain outbox in a list for tests of the delivery and of the entry point; a failing unit keeps nothing it appended. */
public final class ListOutbox implements Outbox {

  private final List<OutboxEntry> entries = new ArrayList<>();
  private final List<CommandRecord> commands = new ArrayList<>();
  private long sequence;

  @Override
  public synchronized <T> T inTransaction(Supplier<T> work) {
    int entriesBefore = entries.size();
    int commandsBefore = commands.size();
    long sequenceBefore = sequence;
    try {
      return work.get();
    } catch (RuntimeException e) {
      entries.subList(entriesBefore, entries.size()).clear();
      commands.subList(commandsBefore, commands.size()).clear();
      sequence = sequenceBefore;
      throw e;
    }
  }

  @Override
  public synchronized List<OutboxEntry> append(List<OutboxEntry> added,
      Optional<CommandRecord> command) {
    if (command.isPresent() && command(command.get().key()).isPresent()) {
      throw new DuplicateKeyException("Command", "key", command.get().key(), "");
    }
    command.ifPresent(commands::add);
    List<OutboxEntry> written = new ArrayList<>();
    for (OutboxEntry e : added) {
      OutboxEntry w = e.withSequence(++sequence);
      entries.add(w);
      written.add(w);
    }
    return written;
  }

  @Override
  public synchronized Optional<CommandRecord> command(String key) {
    return commands.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  @Override
  public synchronized List<OutboxEntry> entries(List<UUID> eventIds) {
    return entries.stream().filter(e -> eventIds.contains(e.eventId())).toList();
  }

  @Override
  public synchronized List<OutboxEntry> undelivered(long afterSequence, int limit) {
    return entries.stream().filter(e -> !e.delivered() && e.sequence() > afterSequence)
        .limit(limit).toList();
  }

  @Override
  public synchronized long undeliveredCount() {
    return entries.stream().filter(e -> !e.delivered()).count();
  }

  @Override
  public synchronized List<OutboxEntry> history(String aggregateId) {
    return entries.stream().filter(e -> e.aggregateId().equals(aggregateId)).toList();
  }

  @Override
  public synchronized void markDelivered(List<UUID> eventIds, Instant at) {
    entries.replaceAll(e -> eventIds.contains(e.eventId()) && !e.delivered() ? e.deliveredAt(at) : e);
  }

  @Override
  public synchronized void markFailed(UUID eventId, String error, Instant nextAttemptAt) {
    entries.replaceAll(e -> e.eventId().equals(eventId) ? e.failed(error, nextAttemptAt) : e);
  }

  @Override
  public synchronized int makeDue(Instant now) {
    int[] count = {0};
    entries.replaceAll(e -> {
      if (e.delivered()) {
        return e;
      }
      count[0]++;
      return e.dueAt(now);
    });
    return count[0];
  }
}
