package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.NOW;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;
import static pl.lsw.core.partnership.PartnershipFixture.OUTSIDE_PERSON;
import static pl.lsw.core.partnership.PartnershipFixture.SPECIALIST;
import static pl.lsw.core.partnership.PartnershipFixture.STRANGER;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.rules.RuleReport;

class InformationServiceTest {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

  final InMemoryPartnerships partnerships = new InMemoryPartnerships();
  final InMemoryDispatches dispatches = new InMemoryDispatches();
  final RecordingChannel channel = new RecordingChannel();
  final List<DomainEvent> published = new ArrayList<>();
  final AtomicLong next = new AtomicLong(700);
  Clock clock = Clock.fixed(NOW, WARSAW);

  InformationService service() {
    return new InformationService(dispatches, partnerships, channel, clock,
        () -> new UUID(0x1f2, next.incrementAndGet()), published::add, PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  }

  InformationServiceTest() {
    store(PartnershipFixture.governed());
  }

  void store(Partnership p) {
    partnerships.save(p.withVersion(partnerships.findById(p.id()).map(Partnership::version).orElse(0L)));
  }

  Change<Dispatch> sent(Either<Refusal, Change<Dispatch>> outcome) {
    assertTrue(outcome.isRight(), () -> "refused: " + outcome.getLeft());
    return outcome.get();
  }

  @Test
  void a_send_reaches_every_active_member_once_at_one_instant() {
    Change<Dispatch> change = sent(service().send(ID, as(MANAGER, ActingRole.TASK_TEAM_MANAGER),
        InformationSamples.announcement()));

    assertEquals(1, channel.messages.size(), "one channel call");
    InformationMessage m = channel.messages.get(0);
    assertEquals(NOW, m.sentAt());
    assertEquals(List.of(DISTRICT, NGO, OPS), m.recipients().stream().map(Recipient::organisation).toList());
    assertEquals(List.of("anna@praga.example"), m.recipients().get(0).emails());
    Dispatch d = change.state();
    assertEquals(NOW, d.sentAt());
    assertEquals(List.of(DISTRICT, NGO, OPS), d.recipientOrganisations());
    assertTrue(d.failures().isEmpty());
    assertEquals("person:" + MANAGER.value() + "/TASK_TEAM_MANAGER", d.sentBy());
    assertEquals(d.id(), change.createdId(DispatchId.class));
    assertEquals(m.dispatch(), d.id());
    assertEquals(d, dispatches.findById(d.id()).get());
    assertEquals(change.events(), published);
    InformationSent event = change.events(InformationSent.class).get(0);
    assertEquals(List.of(DISTRICT, NGO, OPS), event.recipients());
    assertEquals(NOW, event.occurredAt());
    assertTrue(service().check(d.id()).get().isCompliant());
  }

  @Test
  void every_sender_role_may_send() {
    for (var actor : List.of(as(MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR),
        as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER), as(SPECIALIST,
            ActingRole.KNOWLEDGE_MANAGEMENT_SPECIALIST), as(NGO_WORKER, ActingRole.TASK_TEAM_MEMBER),
        as(MANAGER, ActingRole.TASK_TEAM_MANAGER))) {
      sent(service().send(ID, actor, InformationSamples.announcement()));
    }
    store(PartnershipFixture.everything());
    sent(service().send(ID, as(NGO_WORKER, ActingRole.NETWORK_WORKER), InformationSamples.announcement()));
    assertEquals(6, channel.messages.size());
  }

  @Test
  void a_refusal_lists_every_reason_changes_nothing_and_calls_no_channel() {
    // a person of an ended membership, naming a role not held and not allowed
    Refusal r = service().send(ID, as(FORMER_WORKER, ActingRole.CONSORTIUM_MEMBER),
        InformationSamples.announcement()).getLeft();
    assertEquals(List.of("ACTOR_MEMBERSHIP_ENDED", "ACTOR_ROLE_NOT_HELD", "ACTOR_ROLE_NOT_ALLOWED"),
        r.codes());
    assertTrue(r.message(Locale.forLanguageTag("pl")).contains("Kierownik Zespołu Zadaniowego"),
        r::message);

    assertEquals(List.of("ACTOR_UNKNOWN", "ACTOR_ROLE_NOT_ALLOWED"), service().send(ID,
        as(STRANGER, ActingRole.PARTNER_REPRESENTATIVE), InformationSamples.announcement())
        .getLeft().codes());
    assertEquals(List.of("ACTOR_ROLE_NOT_HELD"), service().send(ID,
        as(NGO_HEAD, ActingRole.TASK_TEAM_MANAGER), InformationSamples.announcement())
        .getLeft().codes());
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED"), service().send(ID,
        as(MAYOR, ActingRole.PARTNER_REPRESENTATIVE), InformationSamples.announcement())
        .getLeft().codes());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service().send(PartnershipId.of(new UUID(9, 9)),
        as(MANAGER, ActingRole.TASK_TEAM_MANAGER), InformationSamples.announcement()).getLeft().codes());
    store(PartnershipFixture.withOutsidePerson());
    assertEquals(List.of("ACTOR_OUTSIDE_PARTNERSHIP", "ACTOR_ROLE_NOT_HELD"), service().send(ID,
        as(OUTSIDE_PERSON, ActingRole.TASK_TEAM_MEMBER), InformationSamples.announcement())
        .getLeft().codes());

    assertTrue(channel.messages.isEmpty());
    assertTrue(dispatches.stored.isEmpty());
    assertTrue(published.isEmpty());
  }

  @Test
  void a_failed_delivery_is_recorded_and_reported_by_the_rule() {
    channel.failing.put(OPS, "skrzynka pełna");
    Dispatch d = sent(service().send(ID, as(MANAGER, ActingRole.TASK_TEAM_MANAGER),
        InformationSamples.invitation())).state();

    assertEquals(List.of(OPS), d.failures().stream().map(DispatchRecipient::organisation).toList());
    assertEquals(List.of(OPS), published.stream().map(InformationSent.class::cast)
        .findFirst().get().failed());
    RuleReport report = service().check(d.id()).get();
    assertEquals(1, report.violations().size());
    assertEquals("INF-SIMULTANEOUS.deliveryFailed", report.violations().get(0).messageKey());
    assertTrue(report.violations().get(0).message(Locale.forLanguageTag("pl")).contains("skrzynka pełna"));
  }

  @Test
  void a_channel_that_leaves_a_recipient_out_or_throws_gives_recorded_failures() {
    InformationChannel partial = m -> Map.of(DISTRICT, DeliveryOutcome.success());
    InformationService s = new InformationService(dispatches, partnerships, partial, clock,
        () -> new UUID(0x1f3, next.incrementAndGet()), published::add, PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    Dispatch d = sent(s.send(ID, as(MANAGER, ActingRole.TASK_TEAM_MANAGER),
        InformationSamples.announcement())).state();
    assertEquals(List.of(NGO, OPS), d.failures().stream().map(DispatchRecipient::organisation).toList());
    assertEquals(InformationService.NO_OUTCOME, d.failures().get(0).outcome().failureReason().get());

    InformationChannel broken = m -> {
      throw new IllegalStateException("SMTP down");
    };
    Dispatch e = sent(new InformationService(dispatches, partnerships, broken, clock,
        () -> new UUID(0x1f4, next.incrementAndGet()), published::add, PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles())
        .send(ID, as(MANAGER, ActingRole.TASK_TEAM_MANAGER), InformationSamples.announcement()))
        .state();
    assertEquals(3, e.failures().size());
    assertEquals("the channel failed: SMTP down", e.failures().get(2).outcome().failureReason().get());
  }

  @Test
  void the_check_of_a_period_gives_one_report_per_dispatch_and_names_a_member_left_out() {
    sent(service().send(ID, as(MANAGER, ActingRole.TASK_TEAM_MANAGER), InformationSamples.announcement()));
    // a dispatch recorded by hand without the OPS
    dispatches.save(InformationSamples.dispatch(new UUID(0x1f5, 2), ID, NOW.plusSeconds(60), DISTRICT, NGO)
        .withRecipients(new DispatchRecipient(DISTRICT, DeliveryOutcome.success()),
            new DispatchRecipient(NGO, DeliveryOutcome.success())));
    clock = Clock.fixed(NOW.plusSeconds(3600), WARSAW);

    List<RuleReport> reports = service().check(ID, DateRange.single(LocalDate.of(2026, 3, 2))).get();

    assertEquals(2, reports.size());
    assertTrue(reports.get(0).isCompliant());
    assertEquals(1, reports.get(1).violations().size());
    assertEquals("INF-SIMULTANEOUS.memberLeftOut", reports.get(1).violations().get(0).messageKey());
    assertTrue(reports.get(1).violations().get(0).message(Locale.ENGLISH).contains(OPS.toString()));
    assertEquals(List.of(), service().check(ID, DateRange.single(LocalDate.of(2026, 3, 3))).get());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service().check(PartnershipId.of(new UUID(9, 9)),
        DateRange.single(LocalDate.of(2026, 3, 3))).getLeft().codes());
    assertEquals(List.of("DISPATCH_UNKNOWN"), service().check(DispatchId.of(new UUID(9, 9))).getLeft().codes());
  }

  @Test
  void the_newsletter_of_a_period_holds_its_dispatches_and_the_extra_items() {
    sent(service().send(ID, as(MANAGER, ActingRole.TASK_TEAM_MANAGER), InformationSamples.invitation()));
    NewsletterItem extra = NewsletterItem.of(LocalDate.of(2026, 3, 1), "Nowa pozycja Mapy",
        "Świetlica „Źródło”", "A new Map entry", "The \"Źródło\" day centre");
    Newsletter n = service().newsletter(ID, DateRange.of(LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31)), List.of(extra)).get();

    assertEquals(2, n.items().size());
    assertEquals(extra, n.items().get(0));
    String pl = n.render(Locale.forLanguageTag("pl"));
    assertTrue(pl.contains("Spotkanie Podmiotów LSW – zaproszenie"), pl);
    assertTrue(pl.contains("Nowa pozycja Mapy"), pl);
    String en = n.render(Locale.ENGLISH);
    assertTrue(en.contains("Meeting of the LSW's members – invitation"), en);
    assertTrue(en.contains("2026-03-02: "), en);
  }
}
