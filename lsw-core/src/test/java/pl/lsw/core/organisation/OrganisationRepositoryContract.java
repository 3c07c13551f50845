package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.organisation.OrganisationGen.association;
import static pl.lsw.core.organisation.OrganisationGen.fullFoundation;
import static pl.lsw.core.organisation.OrganisationGen.informalGroup;
import static pl.lsw.core.organisation.OrganisationGen.karlino;
import static pl.lsw.core.organisation.OrganisationGen.nip;
import static pl.lsw.core.organisation.OrganisationGen.pragaPolnoc;
import static pl.lsw.core.organisation.OrganisationGen.regon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;

/**
 * The contract every {@link OrganisationRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code final} so that a
 * subclass cannot weaken them. Each test gets a fresh, empty repository and depends on no other.
 *
 * <p>Order of listings (documented in the port): by name, then by id as text. The names used
 * here are ASCII, so every usual collation orders them alike.
 */
public abstract class OrganisationRepositoryContract {

  private static final PageRequest ALL = PageRequest.first(100);

  private OrganisationRepository repository;
  private final Random rnd = new Random(20260422L);

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract OrganisationRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  private OrganisationId newId() {
    return OrganisationGen.id(rnd);
  }

  // --- round trip and versions ---------------------------------------------------------------

  @Test
  public final void a_saved_organisation_is_found_by_id_with_every_attribute() {
    Organisation foundation = fullFoundation(newId(), "Fundacja Karlińska", 11);

    Organisation stored = repository.save(foundation);

    assertEquals(foundation.withVersion(1), stored);
    assertEquals(stored, repository.findById(foundation.id()).get());
    Organisation found = repository.findById(foundation.id()).get();
    assertEquals(List.of("Anna Kowalska", "Jan Nowak"),
        found.contacts().stream().map(ContactPerson::name).toList(), "contact order is kept");
    assertEquals("+48 94 311 22 33", found.contacts().get(0).phone().get());
    assertTrue(found.contacts().get(1).email().isEmpty());
  }

  @Test
  public final void the_longest_texts_the_model_accepts_are_stored_whole() {
    String phone = "+48 22 123 45 67 89 0" + " ".repeat(18) + "1";
    assertEquals(ContactPerson.MAX_PHONE, phone.length());
    ContactPerson longest = ContactPerson.builder().name("N".repeat(ContactPerson.MAX_TEXT))
        .role("R".repeat(ContactPerson.MAX_TEXT)).phone(phone).build();
    Organisation foundation = fullFoundation(newId(), "Fundacja Karlińska", 12);
    Organisation o = foundation.withContacts(List.of(longest));

    repository.save(o);

    assertEquals(List.of(longest), repository.findById(o.id()).get().contacts());
  }

  @Test
  public final void an_informal_group_without_identifiers_fields_or_contacts_round_trips() {
    Organisation group = informalGroup(newId(), "Sąsiedzi z Ząbkowskiej");

    repository.save(group);

    Organisation found = repository.findById(group.id()).get();
    assertEquals(group.withVersion(1), found);
    assertTrue(found.nip().isEmpty() && found.regon().isEmpty() && found.krs().isEmpty());
    assertTrue(found.fields().isEmpty() && found.contacts().isEmpty());
  }

  @Test
  public final void every_save_increments_the_version_by_one() {
    Organisation v1 = repository.save(fullFoundation(newId(), "Fundacja", 12));
    Organisation v2 = repository.save(v1.withName("Fundacja Druga"));
    Organisation v3 = repository.save(v2.withName("Fundacja Trzecia"));

    assertEquals(List.of(1L, 2L, 3L), List.of(v1.version(), v2.version(), v3.version()));
    assertEquals(v3, repository.findById(v1.id()).get());
  }

  @Test
  public final void an_update_replaces_fields_and_contact_people_without_leftovers() {
    Organisation v1 = repository.save(fullFoundation(newId(), "Fundacja", 13));
    Organisation changed = v1
        .withFields(EnumSet.of(SocialServiceField.HOUSING))
        .withContacts(List.of(ContactPerson.builder().name("Ewa Zielińska").role("księgowa")
            .email("ksiegowosc@example.org").build()))
        .withSeat(pragaPolnoc())
        .withRegon(java.util.Optional.empty());

    repository.save(changed);

    Organisation found = repository.findById(v1.id()).get();
    assertEquals(changed.withVersion(2), found);
    assertEquals(Set.of(SocialServiceField.HOUSING), found.fields());
    assertEquals(1, found.contacts().size());
  }

  @Test
  public final void a_stale_version_is_refused_and_nothing_is_overwritten() {
    Organisation v1 = repository.save(fullFoundation(newId(), "Fundacja", 14));
    Organisation v2 = repository.save(v1.withName("Pierwsza zmiana"));

    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> repository.save(v1.withName("Spóźniona zmiana").withFields(Set.of())));

    assertEquals(1, e.expectedVersion());
    assertEquals(v1.id().toString(), e.id());
    assertEquals(v2, repository.findById(v1.id()).get());
  }

  @Test
  public final void a_new_organisation_with_an_id_already_stored_is_refused() {
    Organisation first = repository.save(fullFoundation(newId(), "Pierwsza", 15));

    assertThrows(VersionConflictException.class,
        () -> repository.save(informalGroup(first.id(), "Druga z tym samym id")));

    assertEquals(first, repository.findById(first.id()).get());
    assertEquals(1, repository.count());
  }

  @Test
  public final void a_version_of_an_organisation_never_stored_is_refused_as_no_longer_stored() {
    Organisation ghost = fullFoundation(newId(), "Nieznana", 16).withVersion(3);

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> repository.save(ghost));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(ghost.id().toString(), e.id());
    assertEquals(3L, e.version());
    assertEquals("Organisation", e.aggregate());
    assertTrue(repository.findById(ghost.id()).isEmpty());
    assertEquals(0, repository.count());
  }

  @Test
  public final void of_two_concurrent_updates_of_one_version_one_wins_and_the_other_conflicts()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        Organisation v1 = repository.save(fullFoundation(newId(), "Runda " + round, 100 + round));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Organisation>> results = new ArrayList<>();
        for (String name : List.of("Zmiana A", "Zmiana B")) {
          Organisation change = v1.withName(name)
              .withFields(name.endsWith("A") ? EnumSet.of(SocialServiceField.CULTURE)
                  : EnumSet.of(SocialServiceField.HOUSING, SocialServiceField.FOSTER_CARE));
          results.add(pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return repository.save(change);
          }));
        }
        List<Organisation> winners = new ArrayList<>();
        int conflicts = 0;
        for (Future<Organisation> result : results) {
          try {
            winners.add(result.get(30, TimeUnit.SECONDS));
          } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof VersionConflictException,
                "the loser gets a version conflict, not " + e.getCause());
            conflicts++;
          }
        }
        assertEquals(1, winners.size(), "exactly one writer wins in round " + round);
        assertEquals(1, conflicts);
        assertEquals(winners.get(0), repository.findById(v1.id()).get(),
            "the winner's change is stored whole");
        assertEquals(2, winners.get(0).version());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // --- unique identifiers --------------------------------------------------------------------

  @Test
  public final void a_second_organisation_with_the_same_nip_is_refused() {
    Organisation first = repository.save(fullFoundation(newId(), "Pierwsza", 20));
    Organisation second = association(newId(), "Druga", 21, Sector.NGO, karlino(), Set.of())
        .withNip(nip(20));

    DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
        () -> repository.save(second));

    assertEquals("nip", e.key());
    assertEquals(nip(20).value(), e.value());
    assertEquals(first.id().toString(), e.existingId());
    assertTrue(repository.findById(second.id()).isEmpty());
    assertEquals(1, repository.count());
  }

  @Test
  public final void of_two_organisations_saved_at_once_with_one_nip_one_is_stored_and_one_refused()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Organisation>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          Organisation o = association(newId(), "Rywal " + i, 200 + round * 2 + i, Sector.NGO,
              karlino(), Set.of()).withNip(nip(300 + round));
          results.add(pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return repository.save(o);
          }));
        }
        List<Organisation> stored = new ArrayList<>();
        for (Future<Organisation> result : results) {
          try {
            stored.add(result.get(30, TimeUnit.SECONDS));
          } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof DuplicateKeyException,
                "the loser gets a duplicate-key error, not " + e.getCause());
            assertEquals(((DuplicateKeyException) e.getCause()).existingId(),
                repository.findByNip(nip(300 + round)).get().id().toString());
          }
        }
        assertEquals(1, stored.size(), "exactly one is stored in round " + round);
        assertEquals(stored.get(0), repository.findByNip(nip(300 + round)).get());
      }
      assertEquals(10, repository.count());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public final void a_second_organisation_with_the_same_regon_is_refused() {
    Organisation first = repository.save(fullFoundation(newId(), "Pierwsza", 22));
    Organisation second = association(newId(), "Druga", 23, Sector.NGO, karlino(), Set.of())
        .withRegon(regon(22));

    DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
        () -> repository.save(second));

    assertEquals("regon", e.key());
    assertEquals(first.id().toString(), e.existingId());
    assertTrue(repository.findById(second.id()).isEmpty());
  }

  @Test
  public final void an_update_taking_another_organisations_nip_is_refused_and_changes_nothing() {
    Organisation first = repository.save(fullFoundation(newId(), "Pierwsza", 24));
    Organisation second = repository.save(
        association(newId(), "Druga", 25, Sector.NGO, karlino(), Set.of()));

    assertThrows(DuplicateKeyException.class,
        () -> repository.save(second.withNip(nip(24)).withName("Druga zmieniona")));

    assertEquals(second, repository.findById(second.id()).get());
    assertEquals(first, repository.findByNip(nip(24)).get());
  }

  @Test
  public final void a_nip_given_up_by_one_organisation_can_be_taken_by_another() {
    Organisation first = repository.save(fullFoundation(newId(), "Pierwsza", 26));
    repository.save(first.withNip(nip(27)));
    Organisation second = association(newId(), "Druga", 26, Sector.NGO, karlino(), Set.of())
        .withRegon(regon(28));

    repository.save(second);

    assertEquals(second.id(), repository.findByNip(nip(26)).get().id());
    assertEquals(first.id(), repository.findByNip(nip(27)).get().id());
  }

  @Test
  public final void organisations_are_found_by_nip_and_by_regon() {
    Organisation foundation = repository.save(fullFoundation(newId(), "Fundacja", 30));
    repository.save(association(newId(), "Stowarzyszenie", 31, Sector.NGO, karlino(), Set.of()));

    assertEquals(foundation, repository.findByNip(nip(30)).get());
    assertEquals(foundation, repository.findByRegon(regon(30)).get());
  }

  @Test
  public final void what_is_not_stored_is_an_empty_option() {
    repository.save(fullFoundation(newId(), "Fundacja", 32));

    assertTrue(repository.findById(newId()).isEmpty());
    assertTrue(repository.findByNip(nip(33)).isEmpty());
    assertTrue(repository.findByRegon(regon(33)).isEmpty());
  }

  // --- listings ------------------------------------------------------------------------------

  @Test
  public final void organisations_of_a_sector_are_listed_by_name_in_pages() {
    for (String name : List.of("Echo", "Alfa", "Delta", "Bravo", "Charlie")) {
      repository.save(association(newId(), name, name.charAt(0), Sector.NGO, karlino(), Set.of()));
    }
    repository.save(association(newId(), "Aaa Biznes", 90, Sector.BUSINESS, karlino(), Set.of()));

    Page<Organisation> first = repository.findBySector(Sector.NGO, PageRequest.of(0, 2));
    Page<Organisation> second = repository.findBySector(Sector.NGO, PageRequest.of(1, 2));
    Page<Organisation> third = repository.findBySector(Sector.NGO, PageRequest.of(2, 2));

    assertEquals(List.of("Alfa", "Bravo"), names(first));
    assertEquals(List.of("Charlie", "Delta"), names(second));
    assertEquals(List.of("Echo"), names(third));
    assertEquals(5, first.totalItems());
    assertEquals(5, third.totalItems());
    assertTrue(first.hasNext());
    assertFalse(third.hasNext());
    assertEquals(3, first.totalPages());
  }

  @Test
  public final void a_page_beyond_the_end_is_empty_but_tells_the_total() {
    repository.save(association(newId(), "Alfa", 1, Sector.NGO, karlino(), Set.of()));

    Page<Organisation> page = repository.findBySector(Sector.NGO, PageRequest.of(5, 10));

    assertTrue(page.items().isEmpty());
    assertEquals(1, page.totalItems());
    assertTrue(repository.findBySector(Sector.RESEARCH, ALL).items().isEmpty());
    assertEquals(0, repository.findBySector(Sector.RESEARCH, ALL).totalItems());
  }

  @Test
  public final void organisations_with_the_same_name_are_ordered_by_id() {
    List<Organisation> saved = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      saved.add(repository.save(
          association(newId(), "Klub Seniora", 40 + i, Sector.NGO, karlino(), Set.of())));
    }
    List<String> expected = saved.stream().map(o -> o.id().toString())
        .sorted(Comparator.naturalOrder()).toList();

    List<String> listed = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      repository.findBySector(Sector.NGO, PageRequest.of(page, 5)).items()
          .forEach(o -> listed.add(o.id().toString()));
    }

    assertEquals(expected, listed);
  }

  @Test
  public final void organisations_are_listed_by_field_of_social_services() {
    repository.save(association(newId(), "Bravo", 1, Sector.NGO, karlino(),
        EnumSet.of(SocialServiceField.CULTURE, SocialServiceField.HOUSING)));
    repository.save(association(newId(), "Alfa", 2, Sector.PUBLIC, karlino(),
        EnumSet.of(SocialServiceField.CULTURE)));
    repository.save(association(newId(), "Charlie", 3, Sector.NGO, karlino(),
        EnumSet.of(SocialServiceField.HOUSING)));
    repository.save(informalGroup(newId(), "Delta"));

    Page<Organisation> culture = repository.findByField(SocialServiceField.CULTURE, ALL);
    Page<Organisation> housing = repository.findByField(SocialServiceField.HOUSING,
        PageRequest.of(1, 1));

    assertEquals(List.of("Alfa", "Bravo"), names(culture));
    assertEquals(2, culture.totalItems());
    assertEquals(List.of("Charlie"), names(housing));
    assertEquals(2, housing.totalItems());
    assertEquals(0, repository.findByField(SocialServiceField.FOSTER_CARE, ALL).totalItems());
    assertEquals(Set.of(SocialServiceField.CULTURE, SocialServiceField.HOUSING),
        culture.items().get(1).fields(), "listed organisations come with all their fields");
  }

  @Test
  public final void organisations_are_listed_by_the_teryt_prefix_of_their_seat() {
    Seat karlinoRural = Seat.of(TerytCode.of("3201035"), "Daszewo 1, 78-230 Karlino");
    Seat bialogard = Seat.of(TerytCode.of("3201011"), "ul. Wojska Polskiego 1, Białogard");
    repository.save(association(newId(), "Alfa", 1, Sector.NGO, karlino(), Set.of()));
    repository.save(association(newId(), "Bravo", 2, Sector.NGO, karlinoRural, Set.of()));
    repository.save(association(newId(), "Charlie", 3, Sector.NGO, bialogard, Set.of()));
    repository.save(association(newId(), "Delta", 4, Sector.NGO, pragaPolnoc(), Set.of()));

    assertEquals(List.of("Alfa", "Bravo", "Charlie"), names(repository.findBySeatTerytPrefix("32", ALL)));
    assertEquals(List.of("Alfa", "Bravo", "Charlie"), names(repository.findBySeatTerytPrefix("3201", ALL)));
    assertEquals(List.of("Alfa", "Bravo"), names(repository.findBySeatTerytPrefix("320103", ALL)));
    assertEquals(List.of("Bravo"), names(repository.findBySeatTerytPrefix("3201035", ALL)));
    assertEquals(List.of("Delta"), names(repository.findBySeatTerytPrefix("1465", ALL)));
    assertEquals(4, repository.findBySeatTerytPrefix("", ALL).totalItems());
    assertEquals(0, repository.findBySeatTerytPrefix("02", ALL).totalItems());
    Page<Organisation> second = repository.findBySeatTerytPrefix("32", PageRequest.of(1, 2));
    assertEquals(List.of("Charlie"), names(second));
    assertEquals(3, second.totalItems());
  }

  @Test
  public final void a_teryt_prefix_that_is_not_digits_is_refused() {
    assertThrows(InvalidInputException.class,
        () -> repository.findBySeatTerytPrefix("32%", ALL));
    assertThrows(InvalidInputException.class,
        () -> repository.findBySeatTerytPrefix("32010345", ALL));
    assertThrows(InvalidInputException.class,
        () -> repository.findBySeatTerytPrefix("3_", ALL));
  }

  @Test
  public final void count_counts_stored_organisations_once_each() {
    assertEquals(0, repository.count());
    Organisation a = repository.save(fullFoundation(newId(), "Alfa", 50));
    repository.save(informalGroup(newId(), "Bravo"));
    repository.save(a.withName("Alfa po zmianie"));

    assertEquals(2, repository.count());
  }

  private static List<String> names(Page<Organisation> page) {
    return page.items().stream().map(Organisation::name).toList();
  }
}
