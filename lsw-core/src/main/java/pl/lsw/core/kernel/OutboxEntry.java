package pl.lsw.core.kernel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event as the outbox keeps it: written in the same transaction as the change it belongs to,
 * then delivered to the embedder's {@link pl.lsw.core.kernel.port.EventPublisher} after the commit, at least once. The
 * entry stays after delivery, so the outbox is also the audit trail of who changed what.
 *
 * <p>The {@link #eventId()} is stable: a redelivery carries the same id, so a consumer that
 * remembers the ids it has handled is idempotent. Entries of one aggregate are delivered in the
 * order of their {@link #sequence()}.
 *
 * <p>Immutable. Polish: <i>wpis skrzynki nadawczej (zdarzenie do doręczenia)</i>.
 *
 * @param eventId the event's stable id
 * @param sequence the position in the outbox, given by the store when the entry is written (0
 *     before that); increasing in the order of commits of one aggregate
 * @param aggregateId the id of the aggregate the event happened to ({@link
 *     DomainEvent#aggregateId()})
 * @param actor the reference of who gave the command ({@link Actor#reference()})
 * @param recordedAt when the change was stored
 * @param commandKey the caller's idempotency key of the command, if it gave one
 * @param event the event itself
 * @param attempts how many deliveries failed so far
 * @param lastError the failure of the last delivery attempt, if it failed
 * @param nextAttemptAt the earliest time of the next delivery attempt
 * @param deliveredAt when the publisher accepted it; empty while undelivered
 */
public record OutboxEntry(
    UUID eventId,
    long sequence,
    String aggregateId,
    String actor,
    Instant recordedAt,
    Optional<String> commandKey,
    DomainEvent event,
    int attempts,
    Optional<String> lastError,
    Instant nextAttemptAt,
    Optional<Instant> deliveredAt) {

  /** Refuses nulls and a negative count. */
  public OutboxEntry {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(commandKey, "commandKey");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
  }

  /**
   * A new, undelivered entry, due at once.
   *
   * @param eventId the event's id
   * @param actor the actor's reference
   * @param recordedAt when the change is stored
   * @param commandKey the idempotency key, if any
   * @param event the event
   * @return the entry (sequence 0 until the store writes it)
   */
  public static OutboxEntry pending(UUID eventId, String actor, Instant recordedAt,
      Optional<String> commandKey, DomainEvent event) {
    return new OutboxEntry(eventId, 0, event.aggregateId(), actor, recordedAt, commandKey, event,
        0, Optional.empty(), recordedAt, Optional.empty());
  }

  /** @return whether the publisher has accepted the event */
  public boolean delivered() {
    return deliveredAt.isPresent();
  }

  /**
   * This entry with the sequence the store gave it.
   *
   * @param sequence the sequence
   * @return the entry
   */
  public OutboxEntry withSequence(long sequence) {
    return new OutboxEntry(eventId, sequence, aggregateId, actor, recordedAt, commandKey, event,
        attempts, lastError, nextAttemptAt, deliveredAt);
  }

  /**
   * This entry after a failed delivery.
   *
   * @param error what failed
   * @param next when to try again
   * @return the entry
   */
  public OutboxEntry failed(String error, Instant next) {
    return new OutboxEntry(eventId, sequence, aggregateId, actor, recordedAt, commandKey, event,
        attempts + 1, Optional.of(error), next, deliveredAt);
  }

  /**
   * This entry due for its next attempt at the given time (ending a pause after a failure).
   *
   * @param at the time
   * @return the entry
   */
  public OutboxEntry dueAt(Instant at) {
    return new OutboxEntry(eventId, sequence, aggregateId, actor, recordedAt, commandKey, event,
        attempts, lastError, at, deliveredAt);
  }

  /**
   * This entry once delivered.
   *
   * @param at when the publisher accepted it
   * @return the entry
   */
  public OutboxEntry deliveredAt(Instant at) {
    return new OutboxEntry(eventId, sequence, aggregateId, actor, recordedAt, commandKey, event,
        attempts, lastError, nextAttemptAt, Optional.of(at));
  }
}
