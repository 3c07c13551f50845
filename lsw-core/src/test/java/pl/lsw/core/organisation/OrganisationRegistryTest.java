package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.VersionConflictException;

class OrganisationRegistryTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

  private final FakeOrganisationRepository repository = new FakeOrganisationRepository();
  private final List<DomainEvent> events = new ArrayList<>();
  private final AtomicLong nextId = new AtomicLong(1);
  private static final RegistryClerk CLERK =
      RegistryClerk.of("inspektorka ds. współpracy z NGO", "Maria Nowak");

  private final OrganisationRegistry registry = new OrganisationRegistry(repository,
      Clock.fixed(NOW, ZoneOffset.UTC), () -> new UUID(0, nextId.getAndIncrement()), events::add, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());

  private static OrganisationDraft foundationDraft(String nip) {
    return OrganisationDraft.builder()
        .name("Fundacja Praski Kokon")
        .legalForm(LegalForm.FOUNDATION)
        .sector(Sector.NGO)
        .addField(SocialServiceField.FAMILY_SUPPORT)
        .nip(nip)
        .regon("")
        .krs("0000123456")
        .seatTeryt("1465088")
        .seatAddress("ul. Ząbkowska 1, 03-736 Warszawa")
        .addContact(ContactPersonDraft.byEmail("Anna Kowalska", "prezeska", "anna@example.org"))
        .build();
  }

  private Organisation register(OrganisationDraft draft) {
    Either<Refusal, Change<Organisation>> outcome = registry.register(CLERK, draft);
    assertTrue(outcome.isRight(), () -> outcome.getLeft().toString());
    return outcome.get().state();
  }

  private Organisation update(Organisation current, OrganisationDraft changed) {
    Either<Refusal, Change<Organisation>> outcome =
        registry.update(current.id(), CLERK, current.version(), changed);
    assertTrue(outcome.isRight(), () -> outcome.getLeft().toString());
    return outcome.get().state();
  }

  @Test
  void registering_gives_the_organisation_a_new_id_stores_it_and_then_announces_it() {
    Change<Organisation> change = registry.register(CLERK, foundationDraft("856-734-62-15")).get();
    Organisation registered = change.state();

    assertEquals(OrganisationId.of(new UUID(0, 1)), registered.id());
    assertEquals(registered.id(), change.createdId(OrganisationId.class));
    assertEquals(1, registered.version());
    assertEquals(Nip.of("8567346215"), registered.nip().get());
    assertTrue(registered.regon().isEmpty(), "a blank REGON means none");
    assertEquals(registered, registry.findById(registered.id()).get());
    assertEquals(List.of(new OrganisationRegistered(registered.id(), 1, "Fundacja Praski Kokon",
        Sector.NGO, NOW)), events);
    assertEquals(registered.id().toString(), events.get(0).aggregateId());
    assertEquals("OrganisationRegistered", events.get(0).type());
  }

  @Test
  void a_draft_with_several_problems_is_refused_with_all_of_them_and_nothing_happens() {
    OrganisationDraft bad = foundationDraft("8567346216").withKrs("").withSeatTeryt("1465")
        .withName(" ");

    Refusal e = registry.register(CLERK, bad).getLeft();

    List<String> paths = e.reasons().stream().map(p -> p.path() + ":" + p.code()).toList();
    assertEquals(List.of("name:NAME_EMPTY", "nip:NIP_CHECKSUM", "krs:KRS_REQUIRED",
        "seat.teryt:SEAT_TERYT_LEVEL"), paths);
    assertEquals(0, repository.count());
    assertTrue(events.isEmpty());
  }

  @Test
  void a_nip_already_in_the_registry_is_refused_naming_the_organisation_that_has_it() {
    Organisation first = register(foundationDraft("8567346215"));
    events.clear();

    Refusal refusal = registry.register(CLERK,
        foundationDraft("PL8567346215").withName("Inna fundacja")).getLeft();

    assertEquals(List.of("NIP_TAKEN"), refusal.codes());
    Problem e = refusal.reasons().get(0);
    assertEquals("nip", e.path());
    assertEquals(first.id(), e.arguments().get("existingId"));
    assertTrue(e.message().contains("8567346215"), e.message());
    assertEquals("The NIP 8567346215 already belongs to \"Fundacja Praski Kokon\" in the registry",
        e.message(Locale.ENGLISH));
    assertEquals("NIP 8567346215 ma już w rejestrze organizacja „Fundacja Praski Kokon”",
        e.message(Locale.forLanguageTag("pl")));
    assertEquals(1, repository.count());
    assertTrue(events.isEmpty());
  }

  @Test
  void when_the_store_fails_nothing_is_announced() {
    repository.failNextSave();

    assertThrows(StoreException.class,
        () -> registry.register(CLERK, foundationDraft("8567346215")));

    assertTrue(events.isEmpty());
  }

  @Test
  void an_update_from_the_current_version_is_stored_and_announced() {
    Organisation v1 = register(foundationDraft("8567346215"));
    events.clear();

    Organisation v2 = registry.update(v1.id(), CLERK, 1,
        OrganisationDraft.from(v1).withName("Fundacja Praski Kokon II").withRegon("192598184"))
        .get().state();

    assertEquals(2, v2.version());
    assertEquals("Fundacja Praski Kokon II", registry.findById(v1.id()).get().name());
    assertEquals("192598184", v2.regon().get().value());
    assertEquals(List.of(new OrganisationUpdated(v1.id(), 2, NOW)), events);
  }

  @Test
  void an_update_from_a_stale_version_is_refused_and_not_announced() {
    Organisation v1 = register(foundationDraft("8567346215"));
    update(v1, OrganisationDraft.from(v1).withName("Zmiana pierwsza"));
    events.clear();

    assertThrows(VersionConflictException.class, () -> registry.update(v1.id(), CLERK, 1,
        OrganisationDraft.from(v1).withName("Spóźniona")));

    assertEquals("Zmiana pierwsza", registry.findById(v1.id()).get().name());
    assertTrue(events.isEmpty());
  }

  @Test
  void updating_an_organisation_that_is_not_registered_is_refused() {
    OrganisationId unknown = OrganisationId.of(new UUID(9, 9));

    Refusal byDraft = registry.update(unknown, CLERK, 1, foundationDraft("8567346215")).getLeft();
    assertEquals(List.of("ORGANISATION_UNKNOWN"), byDraft.codes());
    assertEquals("This organisation is not in the registry",
        byDraft.reasons().get(0).message(Locale.ENGLISH));
    assertEquals("Tej organizacji nie ma w rejestrze",
        byDraft.reasons().get(0).message(Locale.forLanguageTag("pl")));
    assertEquals(0, repository.count());
    assertTrue(events.isEmpty());
  }

  @Test
  void an_update_that_takes_another_organisations_nip_is_refused() {
    Organisation first = register(foundationDraft("8567346215"));
    Organisation second = register(foundationDraft("5260250274").withName("Druga"));

    Refusal refusal = registry.update(second.id(), CLERK, second.version(),
        OrganisationDraft.from(second).withNip(first.nip().map(Nip::value))).getLeft();

    assertEquals(List.of("NIP_TAKEN"), refusal.codes());
    assertEquals(first.id(), refusal.reasons().get(0).arguments().get("existingId"));
    assertEquals(second, registry.findById(second.id()).get());
  }

  @Test
  void finders_and_listings_answer_from_the_repository() {
    Organisation foundation = register(foundationDraft("8567346215"));

    assertEquals(foundation, registry.findByNip(Nip.of("8567346215")).get());
    assertTrue(registry.findByRegon(OrganisationGen.regon(5)).isEmpty());
    assertEquals(List.of(foundation),
        registry.listBySector(Sector.NGO, PageRequest.first(10)).items());
    assertEquals(List.of(foundation),
        registry.listByField(SocialServiceField.FAMILY_SUPPORT, PageRequest.first(10)).items());
    assertEquals(List.of(foundation),
        registry.listBySeatTerytPrefix("1465", PageRequest.first(10)).items());
    assertEquals(1, registry.count());
    assertThrows(InvalidInputException.class,
        () -> registry.listBySeatTerytPrefix("14x", PageRequest.first(10)));
  }
}
