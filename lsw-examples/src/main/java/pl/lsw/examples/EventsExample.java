package pl.lsw.examples;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import pl.lsw.core.Lsw;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.OutboxEntry;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.service.EventDelivery;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFounding;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.governance.PersonDetails;

/**
 * Events and retries on the embedded H2 store: the message broker of the embedding system is down
 * while Praski Kokon's coordinator founds a working group, yet the founding is stored and its
 * events wait in the store's outbox; the coordinator's application, not having heard the answer,
 * sends the same command again under the same idempotency key and gets the first answer, not a
 * second group; the broker comes back and the events are delivered, each once, in order; the
 * history of the group says who did what and when.
 */
final class EventsExample {

  /** The embedding system's message broker, down until told otherwise. */
  private static final class Broker implements EventPublisher {
    final AtomicBoolean up = new AtomicBoolean();
    final AtomicInteger delivered = new AtomicInteger();

    @Override
    public void publish(DomainEvent event) {
      throw new IllegalStateException("the broker takes entries with their ids");
    }

    @Override
    public void publish(OutboxEntry entry) {
      if (!up.get()) {
        throw new IllegalStateException("broker unavailable");
      }
      delivered.incrementAndGet();
    }
  }

  private EventsExample() {}

  static void run(ExampleOptions options) throws Exception {
    Broker broker = new Broker();
    broker.up.set(true);
    Lsw lsw = ExampleLsw.open(options.database(), null, broker);
    Organisation city = Outcomes.registerOrFind(lsw.organisations(),
        PraskiKokon.partners().get(0).draft());
    lsw.delivery().redeliver();

    broker.up.set(false);
    String key = "founding-" + lsw.ids().nextId();
    long before = lsw.store().partnerships().count();
    Change<Partnership> first = Outcomes.changed(lsw.once(key, () -> found(lsw, city)));
    PartnershipId id = first.createdId(PartnershipId.class);
    List<OutboxEntry> waiting = lsw.delivery().undelivered(100);
    System.out.println(options.text(
        "Broker zdarzeń jest niedostępny, a mimo to założenie grupy zapisano (partnerstw: "
            + before + " → " + lsw.store().partnerships().count() + "); zdarzeń czekających w skrzynce "
            + "nadawczej: " + waiting.size() + ", np. " + waiting.get(0).event().type() + ", próba "
            + waiting.get(0).attempts() + ", błąd: " + waiting.get(0).lastError().orElse("-") + ".",
        "The event broker is down, yet the founding of the group is stored (partnerships: "
            + before + " → " + lsw.store().partnerships().count() + "); " + waiting.size()
            + " events wait in the outbox, e.g. " + waiting.get(0).event().type() + ", attempt "
            + waiting.get(0).attempts() + ", error: " + waiting.get(0).lastError().orElse("-")
            + "."));

    Change<Partnership> again = Outcomes.changed(lsw.once(key, () -> found(lsw, city)));
    System.out.println(options.text(
        "To samo polecenie wysłane ponownie z kluczem " + key.substring(0, 17) + "…: ta sama "
            + "odpowiedź (" + (again.createdId().equals(first.createdId()) ? "to samo id" : "inne id")
            + "), partnerstw nadal " + lsw.store().partnerships().count() + ".",
        "The same command sent again under its key " + key.substring(0, 17) + "…: the same answer ("
            + (again.createdId().equals(first.createdId()) ? "the same id" : "another id")
            + "), still " + lsw.store().partnerships().count() + " partnerships."));

    broker.up.set(true);
    EventDelivery.DeliveryReport report = lsw.delivery().redeliver();
    System.out.println(options.text(
        "Broker znów działa: doręczonych zdarzeń: " + report.delivered() + ", czekających: "
            + report.undelivered() + ".",
        "The broker is back: " + report.delivered() + " events delivered, " + report.undelivered()
            + " waiting."));
    System.out.println(options.text("Historia grupy:", "The history of the group:"));
    for (OutboxEntry entry : lsw.delivery().history(id.toString())) {
      System.out.println("- " + entry.event().type() + ", " + entry.recordedAt() + ", "
          + options.text("kto: ", "by: ") + entry.actor() + ", "
          + options.text("próby nieudane: ", "failed attempts: ") + entry.attempts() + ", "
          + (entry.delivered() ? options.text("doręczone", "delivered")
              : options.text("czeka", "waiting")));
    }
  }

  private static io.vavr.control.Either<pl.lsw.core.kernel.Refusal, Change<Partnership>> found(
      Lsw lsw, Organisation city) {
    return lsw.partnerships().found(PartnershipFounding.builder()
        .name("Praski Kokon: grupa robocza ds. zdarzeń")
        .kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT).scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(EnumSet.of(SocialServiceField.FAMILY_SUPPORT))
        .territory(List.of(TerytCode.of(PraskiKokon.PRAGA_POLNOC))).leader(city.id())
        .leaderDeclarationDate(LocalDate.of(2025, 1, 27)).foundedOn(LocalDate.of(2025, 2, 3))
        .founder(PersonDetails.of("Koordynatorka LSW", "koordynatorka", city.id())).build());
  }
}
