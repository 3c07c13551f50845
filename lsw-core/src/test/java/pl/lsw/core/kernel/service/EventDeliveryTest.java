package pl.lsw.core.kernel.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.EventPublisher;

class EventDeliveryTest {

  record Counter(String id, int value) {}

  record Counted(String aggregateId, int value, Instant occurredAt) implements DomainEvent {}

  record Clerk(String reference) implements Actor {
    @Override
    public String display(Locale locale) {
      return reference;
    }
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-05-04T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovableClock clock = new MovableClock();
  private final ListOutbox outbox = new ListOutbox();
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, Counter> rows = new ConcurrentHashMap<>();
  private final List<OutboxEntry> received = new ArrayList<>();
  private volatile boolean publisherDown;
  private final EventPublisher publisher = new EventPublisher() {
    @Override
    public void publish(DomainEvent event) {
      throw new AssertionError("the outbox delivers entries");
    }

    @Override
    public void publish(OutboxEntry entry) {
      if (publisherDown || entry.event() instanceof Counted c && c.value() < 0) {
        throw new IllegalStateException("broker unavailable");
      }
      received.add(entry);
    }
  };
  private final EventDelivery delivery = new EventDelivery(outbox, publisher, clock,
      () -> new UUID(0, ids.incrementAndGet()), true);
  private final CommandRunner<String, Counter> runner = new CommandRunner<>("counters",
      CommandRunner.Store.of(id -> Optional.ofNullable(rows.get(id)), c -> {
        rows.put(c.id(), c);
        return c;
      }), delivery, EventDeliveryTest::unknown,
      pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  private static Problem unknown(String id) {
    throw new AssertionError("no command here goes to an unknown id: " + id);
  }

  private final Actor clerk = new Clerk("clerk:1");

  private Either<Refusal, Change<Counter>> create(String id, int value) {
    return runner.create("create", clerk, () -> Either.right(Change.created(new Counter(id, value), id,
        List.of(new Counted(id, value, clock.instant())))));
  }

  private Either<Refusal, Change<Counter>> add(String id, int value) {
    return runner.run("add", id, clerk, c -> Either.right(Change.of(new Counter(id, c.value() + value),
        new Counted(id, value, clock.instant()))));
  }

  @Test
  void a_publisher_that_throws_loses_nothing_and_the_command_succeeds() {
    publisherDown = true;
    Either<Refusal, Change<Counter>> outcome = create("a", 1);

    assertTrue(outcome.isRight());
    assertEquals(new Counter("a", 1), rows.get("a"));
    List<OutboxEntry> waiting = delivery.undelivered(10);
    assertEquals(1, waiting.size());
    assertEquals(1, waiting.get(0).attempts());
    assertTrue(waiting.get(0).lastError().orElseThrow().contains("broker unavailable"));
    assertEquals(clock.now.plusSeconds(1), waiting.get(0).nextAttemptAt());
    assertEquals("clerk:1", waiting.get(0).actor());

    publisherDown = false;
    assertEquals(0, delivery.deliver().delivered(), "not due before its pause ends");
    clock.now = clock.now.plusSeconds(1);
    EventDelivery.DeliveryReport report = delivery.deliver();

    assertEquals(1, report.delivered());
    assertEquals(0, report.undelivered());
    assertEquals(waiting.get(0).eventId(), received.get(0).eventId(), "the same stable id");
  }

  @Test
  void events_of_one_aggregate_keep_their_order_while_others_go_on() {
    create("a", -1);
    create("b", 1);
    add("a", 2);
    add("b", 3);

    assertEquals(List.of(1, 3), received.stream().map(e -> ((Counted) e.event()).value()).toList(),
        "b's events only: a's second waits for its first");
    assertEquals(2, outbox.undeliveredCount());
    assertEquals(List.of("a", "a"), delivery.undelivered(10).stream()
        .map(OutboxEntry::aggregateId).toList());
  }

  @Test
  void a_failed_save_keeps_no_event() {
    CommandRunner<String, Counter> failing = new CommandRunner<>("counters",
        CommandRunner.Store.of(id -> Optional.empty(), c -> {
          throw new IllegalStateException("disk full");
        }), delivery, EventDeliveryTest::unknown,
      pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());

    assertThrows(IllegalStateException.class, () -> failing.create("create", clerk,
        () -> Either.right(Change.created(new Counter("x", 1), "x",
            List.of(new Counted("x", 1, clock.instant()))))));
    assertEquals(0, outbox.undeliveredCount());
    assertTrue(received.isEmpty());
  }

  @Test
  void the_same_key_twice_gives_the_first_result_and_runs_nothing_again() {
    AtomicInteger runs = new AtomicInteger();
    Either<Refusal, Change<Counter>> first = delivery.withKey("request-7", () -> {
      runs.incrementAndGet();
      return create("k", 5);
    });
    Either<Refusal, Change<Counter>> again = delivery.withKey("request-7", () -> runner.create("create",
        clerk, () -> {
          runs.incrementAndGet();
          return Either.right(Change.created(new Counter("other", 9), "other", List.of()));
        }));

    assertEquals(1, runs.get(), "the second command is not run");
    assertEquals(first.get().createdId(), again.get().createdId());
    assertEquals(first.get().events(), again.get().events());
    assertEquals(new Counter("k", 5), again.get().state());
    assertFalse(rows.containsKey("other"));
    assertEquals(1, outbox.history("k").size());
  }

  @Test
  void an_update_retried_under_its_key_is_recognised() {
    create("u", 1);
    delivery.withKey("add-1", () -> add("u", 10));
    Either<Refusal, Change<Counter>> retried = delivery.withKey("add-1", () -> add("u", 10));

    assertEquals(new Counter("u", 11), retried.get().state(), "added once");
    assertEquals(2, outbox.history("u").size());
  }

  @Test
  void redeliver_ends_the_pause_of_failing_events() {
    publisherDown = true;
    create("r", 1);
    publisherDown = false;
    assertEquals(1, delivery.redeliver().delivered());
  }

  @Test
  void the_pause_doubles_up_to_an_hour() {
    assertEquals(Duration.ofSeconds(1), EventDelivery.backoff(1));
    assertEquals(Duration.ofSeconds(2), EventDelivery.backoff(2));
    assertEquals(Duration.ofSeconds(2048), EventDelivery.backoff(12));
    assertEquals(Duration.ofSeconds(3600), EventDelivery.backoff(13));
    assertEquals(Duration.ofSeconds(3600), EventDelivery.backoff(Integer.MAX_VALUE));
  }

  @Test
  void a_blank_or_too_long_key_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> delivery.withKey(" ", () -> 1));
    assertThrows(IllegalArgumentException.class,
        () -> delivery.withKey("k".repeat(EventDelivery.MAX_KEY_LENGTH + 1), () -> 1));
    assertEquals(1, delivery.withKey("k".repeat(EventDelivery.MAX_KEY_LENGTH), () -> 1));
  }
}
