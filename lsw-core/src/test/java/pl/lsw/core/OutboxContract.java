package pl.lsw.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantGen;
import pl.lsw.core.financing.smallgrant.SmallGrantOffer;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.service.EventDelivery;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.OrganisationRegistered;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFounding;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.store.port.LswStore;

/**
 * The contract of every store's {@link pl.lsw.core.kernel.port.Outbox}, run through the entry
 * point as an embedder uses it: a change and its events are stored together; a publisher that
 * throws loses nothing and never makes a stored command look failed; events are delivered at
 * least once, with stable ids, in order per aggregate, again after a pause or at once on
 * request, and by a new entry point on the same store (a restart); a command retried under its
 * idempotency key is answered, not repeated, also when several threads retry at once; a refused or
 * conflicting command writes no event. A store proves it with a subclass that implements {@link
 * #emptyStore()}; the tests are {@code final}.
 */
public abstract class OutboxContract {

  /** A clock the tests move. */
  static final class MovableClock extends Clock {
    volatile Instant now = Instant.parse("2026-03-02T09:30:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Warsaw");
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

  /** A publisher that records what it accepts and can be made to fail. */
  static final class Broker implements EventPublisher {
    final List<OutboxEntry> accepted = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean down = new AtomicBoolean();
    final AtomicInteger refusals = new AtomicInteger();

    @Override
    public void publish(DomainEvent event) {
      throw new AssertionError("the entry point delivers outbox entries, with their ids");
    }

    @Override
    public void publish(OutboxEntry entry) {
      if (down.get()) {
        refusals.incrementAndGet();
        throw new IllegalStateException("broker unavailable");
      }
      accepted.add(entry);
    }

    List<String> types() {
      synchronized (accepted) {
        return accepted.stream().map(e -> e.event().type()).toList();
      }
    }
  }

  private static final RegistryClerk CLERK = RegistryClerk.of("inspektorka ds. współpracy z NGO");
  private static final LocalDate RECEIPT = LocalDate.of(2026, 3, 2);

  private LswStore store;
  private final MovableClock clock = new MovableClock();
  private final Broker broker = new Broker();
  private Lsw lsw;

  /** A new, empty store of the kind under test, not shared with any other test. */
  protected abstract LswStore emptyStore();

  @BeforeEach
  final void openEntryPoint() {
    store = emptyStore();
    lsw = entryPoint(store, broker);
  }

  private Lsw entryPoint(LswStore on, EventPublisher publisher) {
    return Lsw.builder().store(on).clock(clock).ids(UUID::randomUUID).events(publisher).build();
  }

  private static OrganisationDraft city(String nip) {
    return OrganisationDraft.builder()
        .name("Miasto Stołeczne Warszawa").legalForm(LegalForm.MUNICIPALITY).sector(Sector.PUBLIC)
        .addField(SocialServiceField.SOCIAL_ASSISTANCE).nip(nip).seatTeryt("1465011")
        .seatAddress("pl. Bankowy 3/5, Warszawa")
        .addContact(ContactPersonDraft.byEmail("Koordynatorka LSW", "koordynatorka",
            "lsw@example.org"))
        .build();
  }

  private Organisation register(String nip) {
    Either<Refusal, Change<Organisation>> outcome = lsw.organisations().register(CLERK, city(nip));
    assertTrue(outcome.isRight(), () -> outcome.getLeft().toString());
    return outcome.get().state();
  }

  private static PartnershipFounding founding(Organisation leader) {
    return PartnershipFounding.builder().name("Praski Kokon")
        .kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT).scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .territory(List.of(TerytCode.of("1465088"))).leader(leader.id())
        .leaderDeclarationDate(LocalDate.of(2026, 1, 5)).foundedOn(LocalDate.of(2026, 1, 12))
        .founder(PersonDetails.of("Koordynatorka LSW", "koordynatorka", leader.id())).build();
  }

  private static SmallGrantOffer offer() {
    return SmallGrantOffer.builder().body(SmallGrantGen.WARSAW)
        .applicant(SmallGrantGen.organisation(1)).taskTitle("Spotkania sąsiedzkie")
        .localOrRegional(true).taskPeriod(DateRange.ofDays(RECEIPT.plusDays(20), 30))
        .amount(Money.ofZloty(5_000)).mode(FundingMode.SUPPORT).offerReceived(RECEIPT).build();
  }

  private static final OrganisationRepresentative APPLICANT =
      new OrganisationRepresentative(SmallGrantGen.organisation(1), "Anna Nowak, prezeska zarządu");

  @Test
  final void a_change_and_its_event_are_stored_together_delivered_once_and_kept_as_history() {
    Organisation city = register("5252248481");

    assertEquals(List.of("OrganisationRegistered"), broker.types());
    OutboxEntry delivered = broker.accepted.get(0);
    assertEquals(city.id().toString(), delivered.aggregateId());
    assertEquals(new OrganisationRegistered(city.id(), 1, city.name(), Sector.PUBLIC, clock.now),
        delivered.event(), "the event as it was raised, read back from the store");
    assertEquals(CLERK.reference(), delivered.actor());
    assertEquals(0, lsw.delivery().deliver().undelivered());

    List<OutboxEntry> history = lsw.delivery().history(city.id().toString());
    assertEquals(1, history.size());
    assertEquals(delivered.eventId(), history.get(0).eventId());
    assertTrue(history.get(0).delivered(), "delivered entries stay as the audit trail");
    assertEquals(clock.now, history.get(0).recordedAt());
  }

  @Test
  final void a_throwing_publisher_loses_nothing_and_the_stored_command_succeeds() {
    broker.down.set(true);

    Either<Refusal, Change<Organisation>> outcome = lsw.organisations().register(CLERK,
        city("5252248481"));

    assertTrue(outcome.isRight(), "stored, so not failed");
    Organisation city = outcome.get().state();
    assertEquals(Optional.of(city), store.organisations().findById(city.id()));
    List<OutboxEntry> waiting = lsw.delivery().undelivered(10);
    assertEquals(1, waiting.size());
    assertEquals(1, waiting.get(0).attempts());
    assertTrue(waiting.get(0).lastError().orElseThrow().contains("broker unavailable"));
    assertEquals(clock.now.plusSeconds(1), waiting.get(0).nextAttemptAt());

    broker.down.set(false);
    assertEquals(0, lsw.delivery().deliver().delivered(), "not before its pause ends");
    clock.now = clock.now.plusSeconds(1);
    EventDelivery.DeliveryReport report = lsw.delivery().deliver();

    assertEquals(1, report.delivered());
    assertEquals(0, report.undelivered());
    assertEquals(waiting.get(0).eventId(), broker.accepted.get(0).eventId(), "one stable id");
  }

  @Test
  final void founding_with_a_throwing_publisher_answers_the_new_id_and_keeps_every_event() {
    Organisation city = register("5252248481");
    broker.accepted.clear();
    broker.down.set(true);

    Either<Refusal, Change<Partnership>> founded = lsw.partnerships().found(founding(city));

    assertTrue(founded.isRight(), () -> founded.getLeft().toString());
    PartnershipId id = founded.get().createdId(PartnershipId.class);
    assertEquals(1, store.partnerships().count());
    List<String> raised = founded.get().events().stream().map(DomainEvent::type).toList();
    assertTrue(raised.size() >= 2, "founding raises several events: " + raised);
    assertEquals(raised.size(), lsw.delivery().undelivered(100).size());

    broker.down.set(false);
    lsw.delivery().redeliver();

    assertEquals(raised, broker.types(), "every event, in the order raised");
    assertTrue(broker.accepted.stream().allMatch(e -> e.aggregateId().equals(id.toString())));
  }

  @Test
  final void a_command_retried_under_its_key_is_answered_not_repeated() {
    Organisation city = register("5252248481");
    int eventsBefore = broker.accepted.size();

    Either<Refusal, Change<Partnership>> first =
        lsw.once("request-17", () -> lsw.partnerships().found(founding(city)));
    Either<Refusal, Change<Partnership>> retried =
        lsw.once("request-17", () -> lsw.partnerships().found(founding(city)));

    assertEquals(first.get().createdId(), retried.get().createdId());
    assertEquals(first.get().events(), retried.get().events(), "the first time's events");
    assertEquals(first.get().state(), retried.get().state());
    assertEquals(1, store.partnerships().count(), "no second partnership");
    assertEquals(eventsBefore + first.get().events().size(), broker.accepted.size(),
        "no event delivered twice");
    assertTrue(lsw.delivery().history(first.get().createdId().orElseThrow().toString()).stream()
        .allMatch(e -> e.commandKey().equals(Optional.of("request-17"))));
  }

  @Test
  final void a_registration_and_a_small_grant_retried_under_their_keys_store_no_duplicate() {
    Change<Organisation> registered = lsw.once("register-1",
        () -> lsw.organisations().register(CLERK, city("5252248481"))).get();
    Either<Refusal, Change<Organisation>> again = lsw.once("register-1",
        () -> lsw.organisations().register(CLERK, city("5252248481")));
    assertTrue(again.isRight(), "answered, not refused as a duplicate NIP");
    assertEquals(registered.createdId(), again.get().createdId());
    assertEquals(1, store.organisations().count());

    Change<SmallGrant> received = lsw.once("offer-1",
        () -> lsw.smallGrants().receive(APPLICANT, offer())).get();
    Change<SmallGrant> receivedAgain = lsw.once("offer-1",
        () -> lsw.smallGrants().receive(APPLICANT, offer())).get();
    assertEquals(received.createdId(), receivedAgain.createdId());
    assertEquals(received.state(), receivedAgain.state());
    Change<SmallGrant> other = lsw.once("offer-2",
        () -> lsw.smallGrants().receive(APPLICANT, offer())).get();
    assertFalse(other.createdId().equals(received.createdId()), "another key is another offer");
  }

  @Test
  final void a_refused_command_records_nothing_so_its_retry_runs_again() {
    Either<Refusal, Change<Organisation>> refused = lsw.once("register-2",
        () -> lsw.organisations().register(CLERK, city("5252248482")));
    assertTrue(refused.isLeft(), "a wrong NIP checksum");
    assertEquals(0, lsw.delivery().undelivered(10).size());
    assertTrue(store.outbox().command("register-2").isEmpty());

    Either<Refusal, Change<Organisation>> corrected = lsw.once("register-2",
        () -> lsw.organisations().register(CLERK, city("5252248481")));
    assertTrue(corrected.isRight());
  }

  @Test
  final void a_conflicting_save_writes_no_event() {
    Organisation city = register("5252248481");
    Organisation stale = city;
    assertTrue(lsw.organisations().update(city.id(), CLERK, 1,
        city("5252248481").withName("Warszawa")).isRight());
    int historyBefore = lsw.delivery().history(city.id().toString()).size();

    assertThrows(VersionConflictException.class,
        () -> store.outbox().inTransaction(() -> {
          store.outbox().append(List.of(OutboxEntry.pending(UUID.randomUUID(), "test", clock.now,
              Optional.empty(), new OrganisationRegistered(city.id(), 9, "x", Sector.PUBLIC,
                  clock.now))), Optional.empty());
          return store.organisations().save(stale.withName("Stołeczne"));
        }));

    assertEquals(historyBefore, lsw.delivery().history(city.id().toString()).size());
    assertEquals(0, store.outbox().undeliveredCount());
    assertEquals("Warszawa", store.organisations().findById(city.id()).orElseThrow().name());
  }

  @Test
  final void the_events_of_one_aggregate_wait_for_its_failed_earlier_event() {
    Organisation first = register("5252248481");
    broker.accepted.clear();
    broker.down.set(true);
    assertTrue(lsw.organisations().update(first.id(), CLERK, 1,
        city("5252248481").withName("A")).isRight());
    broker.down.set(false);
    clock.now = clock.now.plusMillis(10);
    assertTrue(lsw.organisations().update(first.id(), CLERK, 2,
        city("5252248481").withName("B")).isRight());

    assertEquals(List.of(), broker.types(), "the second waits while the first pauses");
    assertEquals(2, lsw.delivery().undelivered(10).size());

    clock.now = clock.now.plusSeconds(1);
    lsw.delivery().deliver();
    List<Long> sequences = broker.accepted.stream().map(OutboxEntry::sequence).toList();
    assertEquals(2, sequences.size());
    assertTrue(sequences.get(0) < sequences.get(1), "in the order written: " + sequences);
  }

  @Test
  final void what_one_entry_point_left_undelivered_another_on_the_same_store_delivers() {
    Lsw crashed = Lsw.builder().store(store).clock(clock).ids(UUID::randomUUID)
        .events(broker).deliverAfterCommit(false).build();
    Organisation city = crashed.organisations().register(CLERK, city("5252248481")).get().state();
    assertEquals(List.of(), broker.types(), "nothing delivered yet");

    Broker other = new Broker();
    EventDelivery.DeliveryReport report = entryPoint(store, other).delivery().deliver();

    assertEquals(1, report.delivered());
    assertEquals(city.id().toString(), other.accepted.get(0).aggregateId());
    assertTrue(other.accepted.get(0).event() instanceof OrganisationRegistered);
  }

  @Test
  final void several_threads_retrying_one_key_store_one_change() throws Exception {
    Organisation city = register("5252248481");
    int threads = 6;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Optional<Object>>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<Optional<Object>> retry = () -> {
          start.await(10, TimeUnit.SECONDS);
          for (int attempt = 0; attempt < 20; attempt++) {
            try {
              return lsw.once("found-once", () -> lsw.partnerships().found(founding(city)))
                  .get().createdId();
            } catch (DuplicateKeyException raced) {
              Thread.onSpinWait();
            }
          }
          throw new AssertionError("no answer after 20 attempts");
        };
        answers.add(pool.submit(retry));
      }
      Set<Optional<Object>> ids = new java.util.HashSet<>();
      for (Future<Optional<Object>> answer : answers) {
        ids.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, ids.size(), "one answer for every thread: " + ids);
      assertEquals(1, store.partnerships().count());
    } finally {
      pool.shutdownNow();
    }
  }
}
