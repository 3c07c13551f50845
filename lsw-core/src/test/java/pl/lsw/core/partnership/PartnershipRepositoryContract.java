package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingId;

/**
 * The contract every {@link PartnershipRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code final} so that a
 * subclass cannot weaken them. Each test gets a fresh, empty repository and depends on no other.
 *
 * <p>A stored partnership must come back equal to what was saved (with the new version): every
 * membership, person, raised matter with its status history, the Steering Committee with its
 * mandates, the Task Team with the manager's qualifications, every Executive Consortium and
 * cooperation team, the network workers, every meeting (its duration and instants to the
 * nanosecond) and every decision with its positions, bound organisations and the decision it
 * supersedes, all in their order. Listings are ordered by name, then id as text; the names here
 * are ASCII, so every usual collation orders them alike.
 */
public abstract class PartnershipRepositoryContract {

  private static final PageRequest ALL = PageRequest.first(100);

  /** Warsaw's Praga-Północ district (a Warsaw district is a commune-level unit). */
  private static final TerytCode PRAGA = TerytCode.of("1465088");
  /** Warsaw's Targówek district. */
  private static final TerytCode TARGOWEK = TerytCode.of("1465128");
  /** The town of Karlino (a town in a town-and-rural commune, West Pomerania). */
  private static final TerytCode KARLINO = TerytCode.of("3201034");
  /** The Białogard county. */
  private static final TerytCode BIALOGARD_COUNTY = TerytCode.of("3201");

  private PartnershipRepository repository;
  private final Random rnd = new Random(20260701L);

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract PartnershipRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  // --- round trip and versions ---------------------------------------------------------------

  @Test
  public final void a_fully_governed_partnership_round_trips_with_every_nested_field() {
    Partnership full = governed(newId(), "Praski Kokon", List.of(PRAGA, TARGOWEK));

    Partnership stored = repository.save(full);

    assertEquals(full.withVersion(1), stored);
    Partnership found = repository.findById(full.id()).get();
    assertEquals(stored, found);
    assertEquals(full.memberships(), found.memberships(), "memberships in order");
    assertEquals(full.persons(), found.persons(), "people in order, contacts kept");
    assertEquals(full.matters(), found.matters(), "matters with their status history");
    assertEquals(full.steeringCommittee(), found.steeringCommittee(), "members with mandates");
    assertEquals(full.taskTeam(), found.taskTeam(), "manager's qualifications");
    assertEquals(full.consortia(), found.consortia());
    assertEquals(full.cooperationTeams(), found.cooperationTeams());
    assertEquals(full.networkWorkers(), found.networkWorkers());
    assertEquals(full.meetings(), found.meetings(), "meetings to the nanosecond");
    assertEquals(full.decisions(), found.decisions(), "decisions with positions");
    assertEquals(List.of(PRAGA, TARGOWEK), found.territory(), "territory order is kept");
    Decision correction = found.decisions().get(1);
    assertEquals(Optional.of(found.decisions().get(0).id()), correction.supersedes());
    assertTrue(found.isSuperseded(found.decisions().get(0).id()));
    assertEquals(full.decisions().get(0).binds(), found.decisions().get(0).binds());
    assertEquals(Duration.ofMinutes(90).plusMillis(500), found.meetings().get(0).duration());
    assertEquals(PartnershipSamples.NOW, found.meetings().get(0).recordedAt());
    assertEquals(MatterStatus.IN_PROGRESS, found.matters().get(0).status());
  }

  @Test
  public final void the_sample_built_by_commands_with_every_part_filled_round_trips() {
    Partnership everything = PartnershipFixture.everything();

    Partnership stored = repository.save(everything);

    assertEquals(everything.withVersion(1), stored);
    Partnership found = repository.findById(everything.id()).get();
    assertEquals(stored, found);
    assertEquals(everything.decisions().stream().map(d -> d.result()).toList(),
        found.decisions().stream().map(d -> d.result()).toList(), "results follow from positions");
    assertEquals(List.of(stored), repository.findByMember(PartnershipFixture.OPS, ALL).items());
  }

  @Test
  public final void a_newly_founded_partnership_without_bodies_or_records_round_trips() {
    Partnership founded = minimal(newId(), "Sasiedzi z Zabkowskiej", List.of(PRAGA));

    repository.save(founded);

    Partnership found = repository.findById(founded.id()).get();
    assertEquals(founded.withVersion(1), found);
    assertTrue(found.steeringCommittee().isEmpty() && found.taskTeam().isEmpty());
    assertTrue(found.meetings().isEmpty() && found.decisions().isEmpty()
        && found.matters().isEmpty() && found.consortia().isEmpty());
  }

  @Test
  public final void a_local_pact_round_trips_with_its_components_in_order() {
    PartnershipId a = newId();
    PartnershipId b = newId();
    PartnershipId c = newId();
    Partnership pact = minimal(newId(), "Pakt Lokalny Karlino", List.of(KARLINO))
        .withKind(PartnershipKind.LOCAL_PACT)
        .withComponents(List.of(c, a, b));

    repository.save(pact);

    assertEquals(List.of(c, a, b), repository.findById(pact.id()).get().components());
    assertEquals(pact.withVersion(1), repository.findById(pact.id()).get());
  }

  @Test
  public final void polish_letters_and_long_free_text_round_trip_unchanged() {
    String longText = "Zażółć gęślą jaźń. ".repeat(260);
    Partnership p = governed(newId(), "Łódzkie Partnerstwo Ćwiczebne", List.of(PRAGA));
    RaisedMatter matter = p.matters().get(0).withDescription(longText);
    Partnership changed = p.withMatters(List.of(matter, p.matters().get(1)));

    repository.save(changed);

    Partnership found = repository.findById(p.id()).get();
    assertEquals(changed.withVersion(1), found);
    assertEquals(longText, found.matters().get(0).description());
  }

  @Test
  public final void every_save_increments_the_version_by_one_and_keeps_the_latest_state() {
    Partnership v1 = repository.save(minimal(newId(), "Partnerstwo", List.of(PRAGA)));
    Partnership v2 = repository.save(v1.withName("Partnerstwo Drugie"));
    Partnership v3 = repository.save(v2.withName("Partnerstwo Trzecie"));

    assertEquals(List.of(1L, 2L, 3L), List.of(v1.version(), v2.version(), v3.version()));
    assertEquals(v3, repository.findById(v1.id()).get());
    assertEquals(1, repository.count());
  }

  @Test
  public final void an_update_replaces_every_nested_part_without_leftovers() {
    Partnership v1 = repository.save(governed(newId(), "Praski Kokon", List.of(PRAGA, TARGOWEK)));
    Partnership changed = v1
        .withTerritory(List.of(TARGOWEK))
        .withFocusDomains(EnumSet.of(SocialServiceField.HOUSING))
        .withTaskTeam(Optional.empty())
        .withConsortia(v1.consortia().subList(1, 2))
        .withCooperationTeams(List.of())
        .withNetworkWorkers(List.of(v1.networkWorkers().get(1)))
        .withMeetings(v1.meetings().subList(0, 1))
        .withDecisions(v1.decisions().subList(0, 1))
        .withMatters(v1.matters().subList(1, 2))
        .withPersons(v1.persons().subList(0, 6));

    Partnership v2 = repository.save(changed);

    assertEquals(changed.withVersion(2), v2);
    assertEquals(v2, repository.findById(v1.id()).get());
    assertTrue(repository.findByTerytPrefix(PRAGA.value(), ALL).items().isEmpty(),
        "the old territory is gone");
  }

  // --- optimistic versions -------------------------------------------------------------------

  @Test
  public final void a_stale_version_is_refused_and_nothing_is_overwritten() {
    Partnership v1 = repository.save(governed(newId(), "Praski Kokon", List.of(PRAGA)));
    Partnership v2 = repository.save(v1.withName("Praski Kokon Drugi"));

    Partnership late = v1.withName("Spozniona zmiana").withMeetings(List.of())
        .withDecisions(List.of()).withSteeringCommittee(Optional.empty());
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> repository.save(late));

    assertEquals(1, e.expectedVersion());
    assertEquals(v1.id().toString(), e.id());
    assertEquals(v2, repository.findById(v1.id()).get());
  }

  @Test
  public final void a_new_partnership_with_an_id_already_stored_is_refused() {
    Partnership first = repository.save(governed(newId(), "Pierwsze", List.of(PRAGA)));

    assertThrows(VersionConflictException.class,
        () -> repository.save(minimal(first.id(), "Drugie z tym samym id", List.of(KARLINO))));

    assertEquals(first, repository.findById(first.id()).get());
    assertEquals(1, repository.count());
  }

  @Test
  public final void a_version_of_a_partnership_never_stored_is_refused_as_no_longer_stored() {
    Partnership ghost = minimal(newId(), "Nieznane", List.of(PRAGA)).withVersion(3);

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> repository.save(ghost));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(ghost.id().toString(), e.id());
    assertEquals(3L, e.version());
    assertTrue(repository.findById(ghost.id()).isEmpty());
    assertEquals(0, repository.count());
  }

  @Test
  public final void of_two_concurrent_updates_of_one_partnership_one_wins_and_nothing_is_lost()
      throws Exception {
    Partnership v1 = repository.save(governed(newId(), "Praski Kokon", List.of(PRAGA)));
    Meeting extraMeeting = v1.meetings().get(0).withId(MeetingId.of(uuid()))
        .withDate(LocalDate.of(2026, 4, 2));
    Decision extraDecision = v1.decisions().get(0).withId(DecisionId.of(uuid()))
        .withSupersedes(Optional.empty()).withSubject("harmonogram II kwartalu");
    Partnership withMeeting = v1.withMeetings(append(v1.meetings(), extraMeeting));
    Partnership withDecision = v1.withDecisions(append(v1.decisions(), extraDecision));

    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Partnership> winners = new ArrayList<>();
    List<Partnership> losers = new ArrayList<>();
    try {
      List<Future<Partnership>> results = new ArrayList<>();
      for (Partnership candidate : List.of(withMeeting, withDecision)) {
        results.add(pool.submit(() -> {
          barrier.await(10, TimeUnit.SECONDS);
          return repository.save(candidate);
        }));
      }
      for (int i = 0; i < 2; i++) {
        try {
          winners.add(results.get(i).get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          assertTrue(e.getCause() instanceof VersionConflictException, String.valueOf(e.getCause()));
          losers.add(i == 0 ? withMeeting : withDecision);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, winners.size(), "exactly one save wins");
    assertEquals(1, losers.size(), "the other gets a version conflict");
    Partnership stored = repository.findById(v1.id()).get();
    assertEquals(winners.get(0), stored);
    assertEquals(2, stored.version());

    // the loser reloads and applies its change again: nothing of either writer is lost
    Partnership retried = losers.get(0) == withMeeting
        ? stored.withMeetings(append(stored.meetings(), extraMeeting))
        : stored.withDecisions(append(stored.decisions(), extraDecision));
    repository.save(retried);
    Partnership last = repository.findById(v1.id()).get();
    assertEquals(3, last.version());
    assertTrue(last.meetings().contains(extraMeeting));
    assertTrue(last.decisions().contains(extraDecision));
    assertEquals(v1.meetings().size() + 1, last.meetings().size());
    assertEquals(v1.decisions().size() + 1, last.decisions().size());
  }

  // --- queries -------------------------------------------------------------------------------

  @Test
  public final void an_unknown_id_is_not_found_and_an_empty_store_counts_nothing() {
    assertTrue(repository.findById(newId()).isEmpty());
    assertEquals(0, repository.count());
    assertTrue(repository.findByTerytPrefix("", ALL).items().isEmpty());
    assertTrue(repository.findByMember(OrganisationId.of(uuid()), ALL).items().isEmpty());
  }

  @Test
  public final void partnerships_are_found_by_a_teryt_prefix_of_any_of_their_units() {
    Partnership praga = repository.save(minimal(newId(), "Praga", List.of(PRAGA)));
    Partnership both = repository.save(minimal(newId(), "Praga i Karlino", List.of(KARLINO, PRAGA)));
    Partnership karlino = repository.save(minimal(newId(), "Karlino", List.of(KARLINO)));
    Partnership county = repository.save(minimal(newId(), "Powiat", List.of(BIALOGARD_COUNTY)));

    assertEquals(List.of(praga, both), repository.findByTerytPrefix("1465", ALL).items());
    assertEquals(List.of(praga, both), repository.findByTerytPrefix("1465088", ALL).items());
    assertEquals(List.of(karlino, county, both),
        repository.findByTerytPrefix("32", ALL).items());
    assertEquals(List.of(karlino, both), repository.findByTerytPrefix("320103", ALL).items());
    assertEquals(List.of(karlino, county, praga, both),
        repository.findByTerytPrefix("", ALL).items());
    assertTrue(repository.findByTerytPrefix("02", ALL).items().isEmpty());
    assertEquals(4, repository.count());
  }

  @Test
  public final void a_teryt_prefix_that_is_not_digits_is_invalid_input() {
    assertThrows(InvalidInputException.class, () -> repository.findByTerytPrefix("14a", ALL));
    assertThrows(InvalidInputException.class,
        () -> repository.findByTerytPrefix("14650881", ALL));
    assertThrows(InvalidInputException.class, () -> repository.findByTerytPrefix("14%", ALL));
  }

  @Test
  public final void listings_are_paged_in_the_order_of_name_then_id() {
    List<Partnership> saved = new ArrayList<>();
    for (String name : List.of("Delta", "Alfa", "Charlie", "Bravo", "Alfa", "Echo", "Alfa")) {
      saved.add(repository.save(minimal(newId(), name, List.of(PRAGA))));
    }
    List<Partnership> expected = new ArrayList<>(saved);
    expected.sort(Comparator.comparing(Partnership::name).thenComparing(p -> p.id().toString()));

    Page<Partnership> first = repository.findByTerytPrefix("14", PageRequest.of(0, 3));
    Page<Partnership> second = repository.findByTerytPrefix("14", PageRequest.of(1, 3));
    Page<Partnership> third = repository.findByTerytPrefix("14", PageRequest.of(2, 3));
    Page<Partnership> beyond = repository.findByTerytPrefix("14", PageRequest.of(5, 3));

    assertEquals(expected.subList(0, 3), first.items());
    assertEquals(expected.subList(3, 6), second.items());
    assertEquals(expected.subList(6, 7), third.items());
    assertTrue(beyond.items().isEmpty());
    assertEquals(7, first.totalItems());
    assertEquals(7, beyond.totalItems());
    assertTrue(second.hasNext());
    assertFalse(third.hasNext());
  }

  @Test
  public final void partnerships_are_found_by_a_current_member_formal_or_informal_not_a_former_one() {
    Partnership a = governed(newId(), "Alfa", List.of(PRAGA));
    Partnership b = governed(newId(), "Bravo", List.of(KARLINO));
    OrganisationId ngo = a.memberships().get(1).organisation();
    OrganisationId ops = a.memberships().get(2).organisation();
    OrganisationId former = a.memberships().get(3).organisation();
    Partnership storedA = repository.save(a);
    Partnership storedB = repository.save(b);
    Partnership other = repository.save(minimal(newId(), "Charlie", List.of(PRAGA)));

    assertEquals(List.of(storedA, storedB), repository.findByMember(ngo, ALL).items(), "formal");
    assertEquals(List.of(storedA, storedB), repository.findByMember(ops, ALL).items(), "informal");
    assertTrue(repository.findByMember(former, ALL).items().isEmpty(), "membership ended");
    assertEquals(List.of(other), repository.findByMember(other.leader(), ALL).items());
    Page<Partnership> firstOfOne = repository.findByMember(ngo, PageRequest.of(0, 1));
    assertEquals(List.of(storedA), firstOfOne.items());
    assertEquals(2, firstOfOne.totalItems());
    assertEquals(List.of(storedB), repository.findByMember(ngo, PageRequest.of(1, 1)).items());
  }

  @Test
  public final void ending_a_membership_takes_the_partnership_out_of_the_members_listing() {
    Partnership v1 = repository.save(governed(newId(), "Alfa", List.of(PRAGA)));
    OrganisationId ngo = v1.memberships().get(1).organisation();
    List<Membership> memberships = new ArrayList<>(v1.memberships());
    memberships.set(1, memberships.get(1).withLeftOn(LocalDate.of(2026, 6, 30)));

    repository.save(v1.withMemberships(memberships));

    assertTrue(repository.findByMember(ngo, ALL).items().isEmpty());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 30)),
        repository.findById(v1.id()).get().memberships().get(1).leftOn());
  }

  // --- data ----------------------------------------------------------------------------------

  private UUID uuid() {
    return PartnershipSamples.uuid(rnd);
  }

  private PartnershipId newId() {
    return PartnershipId.of(uuid());
  }

  private Partnership minimal(PartnershipId id, String name, List<TerytCode> territory) {
    return PartnershipSamples.minimal(rnd, id, name, territory);
  }

  private Partnership governed(PartnershipId id, String name, List<TerytCode> territory) {
    return PartnershipSamples.governed(rnd, id, name, territory);
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
