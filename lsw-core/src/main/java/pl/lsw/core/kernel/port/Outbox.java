package pl.lsw.core.kernel.port;

import java.time.Instant;
import pl.lsw.core.kernel.CommandRecord;
import pl.lsw.core.kernel.OutboxEntry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where a store keeps the events of its changes until they are delivered: a transactional
 * outbox. The application services write a change and its events in one {@link #inTransaction}
 * unit, so either both are stored or neither; delivery to the embedder's publisher happens after
 * the commit ({@link pl.lsw.core.kernel.service.EventDelivery}), at least once.
 *
 * <p>Every store implements it: the memory store in memory, the JDBC store in two tables written
 * in the same database transaction as the change. Implementations are thread-safe.
 *
 * <p>Polish: <i>skrzynka nadawcza zdarzeń (transakcyjna)</i>.
 */
public interface Outbox {

  /**
   * Runs the work as one unit with the outbox: the saves of the store's repositories inside it
   * and {@link #append} are committed together, or nothing is kept when it throws.
   *
   * @param work the work (saves of the store's repositories and appends to this outbox)
   * @param <T> the work's result
   * @return the work's result, once committed
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Writes the entries of one change, and the command's record when it was given a key. Called
   * inside {@link #inTransaction}.
   *
   * @param entries the new entries, in order (their sequence is given here)
   * @param command the command's record, if it had an idempotency key
   * @return the entries as written, with their sequences
   * @throws pl.lsw.core.kernel.DuplicateKeyException when a command with the same key was
   *     recorded meanwhile; nothing is written
   */
  List<OutboxEntry> append(List<OutboxEntry> entries, Optional<CommandRecord> command);

  /**
   * The command recorded with this idempotency key.
   *
   * @param key the key
   * @return the record, or empty when no command with this key was stored
   */
  Optional<CommandRecord> command(String key);

  /**
   * The entries with these ids, in sequence order.
   *
   * @param eventIds the ids
   * @return the entries found
   */
  List<OutboxEntry> entries(List<UUID> eventIds);

  /**
   * Undelivered entries after a sequence, due or not, in sequence order.
   *
   * @param afterSequence only entries with a greater sequence (0 for all)
   * @param limit at most this many
   * @return the entries
   */
  List<OutboxEntry> undelivered(long afterSequence, int limit);

  /**
   * How many entries are undelivered.
   *
   * @return the count
   */
  long undeliveredCount();

  /**
   * Every entry of one aggregate, delivered or not, in sequence order: who changed it, when and
   * how.
   *
   * @param aggregateId the aggregate's id as text ({@link pl.lsw.core.kernel.DomainEvent#aggregateId()})
   * @return the entries
   */
  List<OutboxEntry> history(String aggregateId);

  /**
   * Marks entries delivered, in one write: the delivery marks a batch at once, so a database
   * commits once per batch rather than once per event.
   *
   * @param eventIds the entries the publisher accepted
   * @param at when it accepted the last of them
   */
  void markDelivered(List<UUID> eventIds, Instant at);

  /**
   * Records a failed delivery.
   *
   * @param eventId the entry
   * @param error what failed (short)
   * @param nextAttemptAt when to try again
   */
  void markFailed(UUID eventId, String error, Instant nextAttemptAt);

  /**
   * Makes undelivered entries due now, so that the next delivery tries them at once.
   *
   * @param now the time
   * @return how many entries were made due
   */
  int makeDue(Instant now);
}
