package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.VersionConflictException;

class OrganisationRegistryTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

  private final FakeOrganisationRepository repository = new FakeOrganisationRepository();
  private final List<DomainEvent> events = new ArrayList<>();
  private final AtomicLong nextId = new AtomicLong(1);
  private final OrganisationRegistry registry = new OrganisationRegistry(repository,
      Clock.fixed(NOW, ZoneOffset.UTC), () -> new UUID(0, nextId.getAndIncrement()), events::add);

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
        .addContact(new ContactPersonDraft("Anna Kowalska", "prezeska", "anna@example.org", null))
        .build();
  }

  @Test
  void registering_gives_the_organisation_a_new_id_stores_it_and_then_announces_it() {
    Organisation registered = registry.register(foundationDraft("856-734-62-15"));

    assertEquals(OrganisationId.of(new UUID(0, 1)), registered.id());
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

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registry.register(bad));

    List<String> paths = e.problems().stream().map(p -> p.path() + ":" + p.code()).toList();
    assertEquals(List.of("name:NAME_EMPTY", "nip:NIP_CHECKSUM", "krs:KRS_REQUIRED",
        "seat.teryt:SEAT_TERYT_LEVEL"), paths);
    assertEquals(0, repository.count());
    assertTrue(events.isEmpty());
  }

  @Test
  void a_nip_already_in_the_registry_is_refused_naming_the_organisation_that_has_it() {
    Organisation first = registry.register(foundationDraft("8567346215"));
    events.clear();

    DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
        () -> registry.register(foundationDraft("PL8567346215").withName("Inna fundacja")));

    assertEquals("nip", e.key());
    assertEquals(first.id().toString(), e.existingId());
    assertTrue(e.getMessage().contains("8567346215"), e.getMessage());
    assertEquals(1, repository.count());
    assertTrue(events.isEmpty());
  }

  @Test
  void when_the_store_fails_nothing_is_announced() {
    repository.failNextSave();

    assertThrows(StoreException.class, () -> registry.register(foundationDraft("8567346215")));

    assertTrue(events.isEmpty());
  }

  @Test
  void an_update_from_the_current_version_is_stored_and_announced() {
    Organisation v1 = registry.register(foundationDraft("8567346215"));
    events.clear();

    Organisation v2 = registry.update(v1.id(), 1,
        OrganisationDraft.from(v1).withName("Fundacja Praski Kokon II").withRegon("192598184"));

    assertEquals(2, v2.version());
    assertEquals("Fundacja Praski Kokon II", registry.findById(v1.id()).get().name());
    assertEquals("192598184", v2.regon().get().value());
    assertEquals(List.of(new OrganisationUpdated(v1.id(), 2, NOW)), events);
  }

  @Test
  void an_update_from_a_stale_version_is_refused_and_not_announced() {
    Organisation v1 = registry.register(foundationDraft("8567346215"));
    registry.update(v1.withName("Zmiana pierwsza"));
    events.clear();

    assertThrows(VersionConflictException.class,
        () -> registry.update(v1.id(), 1, OrganisationDraft.from(v1).withName("Spóźniona")));
    assertThrows(VersionConflictException.class,
        () -> registry.update(v1.withName("Też spóźniona")));

    assertEquals("Zmiana pierwsza", registry.findById(v1.id()).get().name());
    assertTrue(events.isEmpty());
  }

  @Test
  void updating_an_organisation_that_is_not_registered_is_refused() {
    OrganisationId unknown = OrganisationId.of(new UUID(9, 9));

    assertThrows(UnknownOrganisationException.class,
        () -> registry.update(unknown, 1, foundationDraft("8567346215")));
    assertThrows(UnknownOrganisationException.class, () -> registry.update(
        OrganisationGen.fullFoundation(unknown, "Nieznana", 1).withVersion(1)));
    assertTrue(events.isEmpty());
  }

  @Test
  void an_update_that_takes_another_organisations_nip_is_refused() {
    Organisation first = registry.register(foundationDraft("8567346215"));
    Organisation second = registry.register(foundationDraft("5260250274").withName("Druga"));

    DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
        () -> registry.update(second.withNip(first.nip())));

    assertEquals(first.id().toString(), e.existingId());
    assertEquals(second, registry.findById(second.id()).get());
  }

  @Test
  void finders_and_listings_answer_from_the_repository() {
    Organisation foundation = registry.register(foundationDraft("8567346215"));

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
