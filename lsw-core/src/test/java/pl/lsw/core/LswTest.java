package pl.lsw.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import java.util.Set;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFounding;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.OrganisationRegistered;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.store.port.LswStore;

class LswTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Warsaw"));

  private static LswStore fakeStore() {
    return TestStores.inMemory();
  }

  @Test
  void the_plans_of_families_are_reached_from_the_entry_point() {
    Lsw lsw = Lsw.builder().store(fakeStore()).clock(CLOCK).ids(() -> new UUID(0, 1))
        .events(e -> { }).build();
    assertTrue(lsw.plans().plansOf(pl.lsw.core.family.FamilyReference.of("R-004")).isEmpty());
    assertTrue(lsw.rules().find(pl.lsw.core.rules.RuleCode.of("PLAN-CONSENT")).isPresent());
  }

  @Test
  void the_evaluation_of_partnerships_is_reached_from_the_entry_point() {
    LswStore store = fakeStore();
    Lsw lsw = Lsw.builder().store(store).clock(CLOCK).ids(() -> new UUID(0, 1))
        .events(e -> { }).build();
    pl.lsw.core.partnership.PartnershipId unknown =
        pl.lsw.core.partnership.PartnershipId.of(new UUID(0, 9));
    assertTrue(lsw.evaluation().profile(unknown, NOW.atZone(CLOCK.getZone()).toLocalDate())
        .getLeft().has("PARTNERSHIP_UNKNOWN"));
    assertTrue(lsw.evaluation().find(unknown).isEmpty());
  }

  @Test
  void building_without_any_part_lists_every_missing_one() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Lsw.builder()
        .build());
    assertEquals(List.of("LSW_STORE_MISSING", "LSW_CLOCK_MISSING", "LSW_IDS_MISSING", "LSW_EVENTS_MISSING"),
        e.problems().stream().map(Problem::code).toList());
    assertTrue(e.problems().get(0).message(java.util.Locale.forLanguageTag("pl")).startsWith("Potrzebny jest magazyn"),
        e.problems().get(0).message(java.util.Locale.forLanguageTag("pl")));
    assertTrue(e.problems().get(3).message().contains("publisher that does nothing"), e.problems().get(3).message());
  }

  @Test
  void information_goes_through_the_embedders_channel_and_without_one_every_delivery_fails() {
    LswStore store = fakeStore();
    store.partnerships().save(pl.lsw.core.partnership.PartnershipFixture.governed());
    pl.lsw.core.information.RecordingChannel channel = new pl.lsw.core.information.RecordingChannel();
    AtomicLong next = new AtomicLong(900);
    Lsw.Builder builder = Lsw.builder().store(store).clock(CLOCK)
        .ids(() -> new UUID(0, next.getAndIncrement())).events(e -> { });
    var actor = pl.lsw.core.partnership.PartnershipFixture.chair();
    var item = pl.lsw.core.information.InformationSamples.announcement();

    var sent = builder.informationChannel(channel).build().information()
        .send(pl.lsw.core.partnership.PartnershipFixture.ID, actor, item).get().state();
    var unsent = Lsw.builder().store(store).clock(CLOCK).ids(() -> new UUID(1, next.getAndIncrement()))
        .events(e -> { }).build().information()
        .send(pl.lsw.core.partnership.PartnershipFixture.ID, actor, item).get().state();

    assertEquals(1, channel.messages.size());
    assertTrue(sent.failures().isEmpty());
    assertEquals(sent.recipients().size(), unsent.failures().size());
    assertEquals("no information channel configured",
        unsent.failures().get(0).outcome().failureReason().get());
    assertEquals(sent, store.dispatches().findById(sent.id()).get());
  }

  @Test
  void an_embedder_registers_an_organisation_with_time_and_ids_it_controls() {
    List<DomainEvent> events = new ArrayList<>();
    AtomicLong next = new AtomicLong(7);
    Lsw lsw = Lsw.builder()
        .store(fakeStore())
        .clock(CLOCK)
        .ids(() -> new UUID(0, next.getAndIncrement()))
        .events(events::add)
        .build();

    Organisation saved = lsw.organisations().register(RegistryClerk.of("koordynatorka"),
        OrganisationDraft.builder()
        .name("Stowarzyszenie Otwarte Drzwi")
        .legalForm(LegalForm.ASSOCIATION)
        .sector(Sector.NGO)
        .addField(SocialServiceField.FAMILY_SUPPORT)
        .nip("8567346215")
        .seatTeryt("1465088")
        .seatAddress("ul. Przykładowa 1, Warszawa")
        .addContact(ContactPersonDraft.byEmail("Koordynatorka projektu", "koordynatorka", "biuro@example.org"))
        .build()).get().state();

    assertEquals(new UUID(0, 7), saved.id().value());
    assertEquals(saved, lsw.organisations().findById(saved.id()).get());
    assertEquals(1, events.size());
    assertTrue(events.get(0) instanceof OrganisationRegistered);
    assertEquals(NOW, events.get(0).occurredAt());
    assertEquals(LocalDate.of(2026, 3, 2), lsw.today());
  }

  @Test
  void the_entry_point_reaches_the_rule_catalog_parameters_and_calendar() {
    Lsw lsw = Lsw.builder().store(fakeStore()).clock(CLOCK).ids(UUID::randomUUID).events(e -> { })
        .build();
    assertSame(StandardRules.catalog(), lsw.rules());
    assertTrue(lsw.rules().find(RuleCode.of("KER-NIP")).isPresent());
    assertTrue(lsw.calendar().isWorkingDay(LocalDate.of(2026, 3, 2)));
    assertTrue(!lsw.calendar().isWorkingDay(LocalDate.of(2026, 4, 6)), "Easter Monday 2026");
  }

  @Test
  void a_partnership_founded_through_the_entry_point_runs_its_processes_under_its_access_rules() {
    Lsw lsw = Lsw.builder().store(fakeStore()).clock(CLOCK).ids(UUID::randomUUID).events(e -> { })
        .build();
    Organisation city = lsw.organisations().register(RegistryClerk.of("koordynatorka"),
        OrganisationDraft.builder()
        .name("Miasto Stołeczne Warszawa").legalForm(LegalForm.MUNICIPALITY).sector(Sector.PUBLIC)
        .addField(SocialServiceField.SOCIAL_ASSISTANCE).nip("5252248481").seatTeryt("1465011")
        .seatAddress("pl. Bankowy 3/5, Warszawa")
        .addContact(ContactPersonDraft.byEmail("Koordynatorka LSW", "koordynatorka", "lsw@example.org"))
        .build()).get().state();
    var founded = lsw.partnerships().found(PartnershipFounding.builder().name("Praski Kokon")
        .kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT).scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .territory(List.of(TerytCode.of("1465088"))).leader(city.id())
        .leaderDeclarationDate(LocalDate.of(2026, 1, 5)).foundedOn(LocalDate.of(2026, 1, 12))
        .founder(PersonDetails.of("Koordynatorka LSW", "koordynatorka", city.id())).build());
    assertTrue(founded.isRight(), () -> founded.getLeft().toString());
    Partnership partnership = founded.get().state();
    PersonId founder = partnership.persons().get(0).id();

    var started = lsw.processes().start(ActingPerson.of(founder, ActingRole.PARTNER_REPRESENTATIVE), partnership.id(), "LSW_STAGES", LocalDate.of(2026, 1, 12));
    assertTrue(started.isRight(), () -> started.getLeft().toString());

    var stranger = lsw.processes().start(ActingPerson.of(PersonId.of(new UUID(1, 1)), ActingRole.STEERING_COMMITTEE_CHAIR), partnership.id(), "LSW_STAGES", LocalDate.of(2026, 1, 12));
    assertTrue(stranger.isLeft());
    assertEquals("PROCESS_ACCESS_DENIED", stranger.getLeft().reasons().get(0).code());

    var report = lsw.governance().report(partnership.id(),
        pl.lsw.core.kernel.DateRange.ofOrThrow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)));
    assertTrue(report.isPresent());
  }
}
