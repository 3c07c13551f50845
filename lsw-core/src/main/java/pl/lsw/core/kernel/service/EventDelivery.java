package pl.lsw.core.kernel.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.CommandRecord;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.kernel.port.Outbox;
import pl.lsw.core.kernel.OutboxEntry;

/**
 * How the events of every change reach the embedder's publisher: through the store's
 * transactional {@link Outbox}.
 *
 * <ul>
 *   <li>A change and its events are written in one unit ({@link Outbox#inTransaction}): both are
 *       stored or neither is. Each event gets a stable id and the reference of the command's actor.
 *   <li>After the commit the undelivered events are handed to the {@link EventPublisher}, in the
 *       order of their sequence; an event of an aggregate is never delivered before an earlier
 *       undelivered one of the same aggregate.
 *   <li>A publisher that throws loses nothing and never makes the command look failed: the event
 *       stays undelivered with the error and is tried again after a growing pause (1 s, 2 s, 4 s
 *       … at most {@value #MAX_BACKOFF_SECONDS} s) by the next {@link #deliver()}, which runs after
 *       every commit and whenever the embedder calls it (for example on a schedule, or at
 *       start-up to deliver what a crash left behind).
 *   <li>So every event is delivered <b>at least once</b>: after a crash between the publisher's
 *       success and the mark of delivery, it is delivered again with the same {@link
 *       OutboxEntry#eventId()}. Consumers must be idempotent.
 * </ul>
 *
 * <p>A command given inside {@link #withKey} is recorded with the caller's idempotency key in the
 * same unit; the same key again is answered with the recorded result instead of running the
 * command a second time.
 *
 * <p>Thread-safe. Deliveries of one instance never overlap; several processes delivering from one
 * database each deliver at least once, but their deliveries may interleave.
 *
 * <p>Polish: <i>doręczanie zdarzeń (przez skrzynkę nadawczą)</i>.
 */
public final class EventDelivery implements EventPublisher {

  /** The longest pause between two attempts to deliver a failing event, in seconds. */
  public static final long MAX_BACKOFF_SECONDS = 3600;

  /** The longest idempotency key, in characters. */
  public static final int MAX_KEY_LENGTH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(EventDelivery.class);
  private static final int BATCH = 200;
  /** The longest error of a failed delivery kept with an entry, in characters. */
  public static final int MAX_ERROR = 500;

  private final Outbox outbox;
  private final EventPublisher publisher;
  private final Clock clock;
  private final IdSource ids;
  private final boolean afterCommit;
  private final ReentrantLock delivering = new ReentrantLock();
  private final AtomicBoolean requested = new AtomicBoolean();
  private final ThreadLocal<KeyScope> scope = new ThreadLocal<>();

  /** The idempotency key of the command running on this thread, used by its first commit. */
  private static final class KeyScope {
    final String key;
    boolean used;

    KeyScope(String key) {
      this.key = key;
    }
  }

  /**
   * Delivery through an outbox.
   *
   * @param outbox the store's outbox
   * @param publisher the embedder's publisher
   * @param clock the time of records and of attempts
   * @param ids the source of event ids
   * @param afterCommit whether every commit delivers what is due at once; when false, events wait
   *     for the embedder's {@link #deliver()}
   */
  public EventDelivery(Outbox outbox, EventPublisher publisher, Clock clock, IdSource ids,
      boolean afterCommit) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.afterCommit = afterCommit;
  }

  /** @return the outbox the events are kept in */
  public Outbox outbox() {
    return outbox;
  }

  /**
   * Records an event that no command's change carries, in a unit of its own, and delivers it.
   * The actor is unknown, so it is recorded as {@code system}.
   *
   * @param event the event
   */
  @Override
  public void publish(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    record(SYSTEM, List.of(event), Optional.empty(), Optional.empty(), () -> null);
  }

  private static final Actor SYSTEM = new Actor() {
    @Override
    public String reference() {
      return "system";
    }

    @Override
    public String display(java.util.Locale locale) {
      return "pl".equals(locale.getLanguage()) ? "system" : "the system";
    }
  };

  /**
   * Stores a change and its events in one unit, then delivers what is due.
   *
   * @param actor who gave the command
   * @param events the change's events, in order
   * @param aggregateId the id of the changed aggregate (for the command's record); empty when not
   *     known
   * @param createdId the id of what the command created, if anything
   * @param save the save of the change (runs inside the unit)
   * @param <S> the saved state's type
   * @return the saved state
   */
  <S> S record(Actor actor, List<DomainEvent> events, Optional<Object> aggregateId,
      Optional<Object> createdId, Supplier<S> save) {
    Objects.requireNonNull(actor, "actor");
    KeyScope keyed = scope.get();
    Optional<String> key = keyed != null && !keyed.used && aggregateId.isPresent()
        ? Optional.of(keyed.key) : Optional.empty();
    Instant now = clock.instant();
    List<OutboxEntry> entries = new ArrayList<>();
    for (DomainEvent event : events) {
      entries.add(OutboxEntry.pending(ids.nextId(), actor.reference(), now, key, event));
    }
    Optional<CommandRecord> command = key.map(k -> new CommandRecord(k, aggregateId.get(),
        createdId, entries.stream().map(OutboxEntry::eventId).toList(), now));
    S saved = outbox.inTransaction(() -> {
      outbox.append(entries, command);
      return save.get();
    });
    if (keyed != null && key.isPresent()) {
      keyed.used = true;
    }
    if (afterCommit && !entries.isEmpty()) {
      deliverQuietly();
    }
    return saved;
  }

  /**
   * The recorded command of the key the current thread runs under, with its events, when that
   * command was stored before.
   *
   * @return the record and its entries, or empty
   */
  Optional<Recorded> recorded() {
    KeyScope keyed = scope.get();
    if (keyed == null || keyed.used) {
      return Optional.empty();
    }
    return outbox.command(keyed.key).map(c -> {
      keyed.used = true;
      return new Recorded(c, outbox.entries(c.eventIds()));
    });
  }

  /** A command stored before under the same key, and its entries. */
  record Recorded(CommandRecord command, List<OutboxEntry> entries) {
    List<DomainEvent> events() {
      return entries.stream().map(OutboxEntry::event).toList();
    }
  }

  /**
   * Runs a command under the caller's idempotency key: the first change it stores is recorded with
   * the key in the same unit; when a change was stored under this key before, the command is not
   * run again and the services answer the recorded change (the aggregate as stored now, the events
   * and the created id of the first time). When two threads run the same key at once, one stores
   * and the other gets {@link DuplicateKeyException}; asked again, it gets the recorded change.
   *
   * @param key the caller's key, e.g. the id of the request in the embedding system; not blank,
   *     at most {@value #MAX_KEY_LENGTH} characters
   * @param command the command
   * @param <T> the command's result
   * @return the command's result
   * @throws IllegalArgumentException for a blank or too long key
   * @throws IllegalStateException when called inside another key's command
   */
  public <T> T withKey(String key, Supplier<T> command) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(command, "command");
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_KEY_LENGTH
          + " characters, not blank; got " + key.length());
    }
    if (scope.get() != null) {
      throw new IllegalStateException("a command already runs under key " + scope.get().key);
    }
    scope.set(new KeyScope(key));
    try {
      return command.get();
    } finally {
      scope.remove();
    }
  }

  /**
   * Delivers every due event to the publisher, in sequence order, skipping the later events of an
   * aggregate whose earlier event is not delivered. A failure is recorded on the event (its
   * attempts, the error and when to try again) and never thrown.
   *
   * @return what this round delivered and what is still undelivered
   */
  public DeliveryReport deliver() {
    delivering.lock();
    try {
      return deliverRounds();
    } finally {
      delivering.unlock();
    }
  }

  /**
   * Makes every undelivered event due now (ending the pauses of failing ones) and delivers.
   *
   * @return what was delivered and what is still undelivered
   */
  public DeliveryReport redeliver() {
    outbox.makeDue(clock.instant());
    return deliver();
  }

  /**
   * The undelivered events, oldest first, with their attempts and last errors.
   *
   * @param limit at most this many
   * @return the entries
   */
  public List<OutboxEntry> undelivered(int limit) {
    return outbox.undelivered(0, limit);
  }

  /**
   * Everything recorded of one aggregate, delivered or not: which events, when, and whose
   * command (the actor's reference). An audit trail.
   *
   * @param aggregateId the aggregate's id as text
   * @return the entries, oldest first
   */
  public List<OutboxEntry> history(String aggregateId) {
    return outbox.history(aggregateId);
  }

  private void deliverQuietly() {
    requested.set(true);
    while (requested.get() && delivering.tryLock()) {
      try {
        requested.set(false);
        deliverRounds();
      } catch (RuntimeException e) {
        LOG.warn("delivering events after a commit failed; they stay in the outbox", e);
      } finally {
        delivering.unlock();
      }
    }
  }

  private DeliveryReport deliverRounds() {
    int delivered = 0;
    int failed = 0;
    Instant now = clock.instant();
    Set<String> blocked = new HashSet<>();
    long after = 0;
    while (true) {
      List<OutboxEntry> batch = outbox.undelivered(after, BATCH);
      List<UUID> accepted = new ArrayList<>();
      for (OutboxEntry entry : batch) {
        after = Math.max(after, entry.sequence());
        if (blocked.contains(entry.aggregateId())) {
          continue;
        }
        if (entry.nextAttemptAt().isAfter(now)) {
          blocked.add(entry.aggregateId());
          continue;
        }
        try {
          publisher.publish(entry);
        } catch (RuntimeException e) {
          failed++;
          blocked.add(entry.aggregateId());
          outbox.markFailed(entry.eventId(), describe(e), now.plus(backoff(entry.attempts() + 1)));
          LOG.warn("publishing event {} ({} of {}) failed, attempt {}; it stays in the outbox",
              entry.eventId(), entry.event().type(), entry.aggregateId(), entry.attempts() + 1, e);
          continue;
        }
        accepted.add(entry.eventId());
        delivered++;
      }
      if (!accepted.isEmpty()) {
        outbox.markDelivered(accepted, clock.instant());
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    return new DeliveryReport(delivered, failed, outbox.undeliveredCount());
  }

  /**
   * The pause before attempt {@code attempt + 1}: 2<sup>attempt-1</sup> seconds, at most {@value
   * #MAX_BACKOFF_SECONDS} s.
   *
   * @param attempt the number of failed attempts so far, from 1
   * @return the pause
   */
  static Duration backoff(int attempt) {
    int exponent = Math.max(0, Math.min(attempt - 1, 12));
    return Duration.ofSeconds(Math.min(1L << exponent, MAX_BACKOFF_SECONDS));
  }

  private static String describe(RuntimeException e) {
    String text = (e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
        .replaceAll("\\p{Cntrl}", " ");
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }

  /**
   * What one delivery did.
   *
   * <p>Immutable. Polish: <i>wynik doręczenia</i>.
   *
   * @param delivered how many events the publisher accepted
   * @param failed how many attempts failed
   * @param undelivered how many events are still undelivered
   */
  public record DeliveryReport(int delivered, int failed, long undelivered) {}
}
