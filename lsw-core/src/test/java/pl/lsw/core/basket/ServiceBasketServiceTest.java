package pl.lsw.core.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.testing.ConcurrentSaves;

class ServiceBasketServiceTest {

  private final InMemoryServiceBaskets baskets = new InMemoryServiceBaskets();
  private final InMemoryPartnerships partnerships = new InMemoryPartnerships();
  private final List<DomainEvent> events = new ArrayList<>();
  private final AtomicLong next = new AtomicLong(800);
  private final ServiceBasketService service;

  ServiceBasketServiceTest() {
    partnerships.save(BasketSamples.partnership());
    service = new ServiceBasketService(baskets, partnerships,
        Clock.fixed(BasketSamples.T0, ZoneOffset.UTC),
        () -> PartnershipFixture.uuid(next.getAndIncrement()), events::add,
        RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish()), pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  }

  @Test
  void the_first_service_creates_the_basket_and_later_commands_change_it() {
    Change<ServiceBasket> added = service.addService(PartnershipFixture.ID, BasketSamples.ngoRep(),
        BasketSamples.full(PartnershipFixture.NGO)).get();

    BasketServiceId id = added.createdId(BasketServiceId.class);
    assertEquals(BasketServiceId.of(PartnershipFixture.uuid(800)), id);
    assertEquals(1, added.state().version());
    assertEquals(1, events.size());

    Change<ServiceBasket> second = service.addService(PartnershipFixture.ID, BasketSamples.manager(),
        BasketSamples.minimal(PartnershipFixture.OPS, "Świetlica")).get();
    assertEquals(2, second.state().version());
    assertEquals(2, second.state().services().size());

    service.agree(PartnershipFixture.ID, BasketSamples.manager(), BasketSamples.MEETING,
        LocalDate.of(2026, 2, 20)).get();
    service.verifyService(PartnershipFixture.ID, BasketSamples.ngoRep(), id,
        LocalDate.of(2026, 3, 2)).get();
    service.changeService(PartnershipFixture.ID, BasketSamples.ngoRep(), id,
        BasketSamples.full(PartnershipFixture.NGO).withName("Mediacje")).get();
    ServiceBasket last = service.withdrawService(PartnershipFixture.ID, BasketSamples.ngoRep(), id,
        LocalDate.of(2026, 4, 1)).get().state();
    assertEquals(6, last.version());
    assertEquals(List.of("BasketServiceAdded", "BasketServiceAdded", "ServiceBasketAgreed",
        "BasketServiceVerified", "BasketServiceChanged", "BasketServiceWithdrawn"),
        events.stream().map(DomainEvent::type).toList());
    assertEquals(last, service.find(PartnershipFixture.ID).get());
    assertEquals(last.service(id).get().access(),
        service.accessConditions(PartnershipFixture.ID, id).get());

    RuleReport report = service.check(PartnershipFixture.ID).get();
    assertEquals(1, report.findings().size(), report.render(Locale.ENGLISH));
    String text = service.publication(PartnershipFixture.ID, LocalDate.of(2026, 3, 2),
        PartnershipFixture::organisationName).get().render(Locale.forLanguageTag("pl"));
    assertTrue(text.contains("Mediacje"), text);
  }

  @Test
  void the_entry_point_gives_the_basket_over_the_stores_repositories() {
    java.util.Map<String, Object> parts = java.util.Map.of("serviceBaskets", baskets,
        "partnerships", partnerships, "outbox", new pl.lsw.core.kernel.service.ListOutbox());
    pl.lsw.core.store.port.LswStore store = (pl.lsw.core.store.port.LswStore)
        java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {pl.lsw.core.store.port.LswStore.class}, (proxy, method, args) ->
                parts.containsKey(method.getName()) ? parts.get(method.getName())
                    : java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {method.getReturnType()}, (p, m, a) -> {
                          throw new UnsupportedOperationException(m.getName());
                        }));
    pl.lsw.core.Lsw lsw = pl.lsw.core.Lsw.builder().store(store)
        .clock(Clock.fixed(BasketSamples.T0, ZoneOffset.UTC))
        .ids(() -> PartnershipFixture.uuid(next.getAndIncrement())).events(events::add).build();

    BasketServiceId id = lsw.basket().addService(PartnershipFixture.ID, BasketSamples.ngoRep(),
        BasketSamples.full(PartnershipFixture.NGO)).get().createdId(BasketServiceId.class);

    assertTrue(lsw.basket().accessConditions(PartnershipFixture.ID, id).isPresent());
    assertEquals(1, baskets.saves);
  }

  @Test
  void a_refused_command_stores_and_publishes_nothing() {
    Either<Refusal, Change<ServiceBasket>> r = service.addService(PartnershipFixture.ID,
        BasketSamples.ngoRep(), BasketSamples.full(PartnershipFixture.OPS));

    assertEquals(List.of("ACTOR_NOT_PROVIDER"), r.getLeft().codes());
    assertTrue(baskets.stored.isEmpty());
    assertTrue(events.isEmpty());
  }

  @Test
  void unknown_partnerships_and_baskets_are_refused() {
    PartnershipId unknown = PartnershipId.of(PartnershipFixture.uuid(9999));
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.addService(unknown,
        BasketSamples.ngoRep(), BasketSamples.full(PartnershipFixture.NGO)).getLeft().codes());
    assertEquals(List.of("BASKET_UNKNOWN"), service.agree(PartnershipFixture.ID,
        BasketSamples.manager(), BasketSamples.MEETING, LocalDate.of(2026, 2, 20)).getLeft().codes());
    assertEquals(List.of("BASKET_UNKNOWN"), service.check(PartnershipFixture.ID).getLeft().codes());
    assertTrue(service.accessConditions(PartnershipFixture.ID, BasketSamples.COUNSELLING).isEmpty());
  }

  @Test
  void two_first_saves_of_one_partnerships_basket_give_one_basket_and_one_version_conflict()
      throws Exception {
    ServiceBasket one = BasketSamples.oneService();
    ServiceBasket other = ServiceBasket.empty(PartnershipFixture.ID);

    ConcurrentSaves.Outcome<ServiceBasket> outcome = ConcurrentSaves.race(baskets::save, one, other);

    assertEquals(1, outcome.winners().size());
    assertEquals(1, outcome.failures().size());
    assertInstanceOf(VersionConflictException.class, outcome.failures().get(0));
    assertThrows(VersionConflictException.class, () -> baskets.save(one));
  }
}
