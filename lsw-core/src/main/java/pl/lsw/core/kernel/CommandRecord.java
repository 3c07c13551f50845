package pl.lsw.core.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the outbox remembers of a command given with an idempotency key: which aggregate it
 * changed, what it created and which events it wrote. A second command with the same key is
 * answered from this record instead of being run again.
 *
 * <p>Immutable. Polish: <i>zapis polecenia z kluczem idempotentności</i>.
 *
 * @param key the caller's key
 * @param aggregateId the id of the aggregate the command changed or created (the id object
 *     itself, e.g. a {@code PartnershipId})
 * @param createdId the id of what the command created, if it created something
 * @param eventIds the ids of the command's events, in order
 * @param recordedAt when the command's change was stored
 */
public record CommandRecord(String key, Object aggregateId, Optional<Object> createdId,
    List<UUID> eventIds, Instant recordedAt) {

  /** Refuses nulls; copies the list. */
  public CommandRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(createdId, "createdId");
    eventIds = List.copyOf(eventIds);
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
