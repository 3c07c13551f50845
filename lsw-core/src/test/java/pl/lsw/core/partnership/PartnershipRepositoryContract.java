package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.Actor;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationModelRole;
import pl.lsw.core.partnership.governance.CooperationTeam;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.ExecutiveConsortium;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommittee;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.partnership.port.PartnershipRepository;

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

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456789Z");

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
    assertEquals(NOW, found.meetings().get(0).recordedAt());
    assertEquals(MatterStatus.IN_PROGRESS, found.matters().get(0).status());
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
  public final void saving_a_version_of_a_partnership_never_stored_is_refused() {
    Partnership ghost = minimal(newId(), "Nieznane", List.of(PRAGA)).withVersion(3);

    assertThrows(VersionConflictException.class, () -> repository.save(ghost));

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
    return new UUID(rnd.nextLong(), rnd.nextLong());
  }

  private PartnershipId newId() {
    return PartnershipId.of(uuid());
  }

  /** A partnership as just founded: one leader, one person, nothing else. */
  private Partnership minimal(PartnershipId id, String name, List<TerytCode> territory) {
    OrganisationId leader = OrganisationId.of(uuid());
    return Partnership.builder()
        .id(id)
        .name(name)
        .kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .inspirationOrigin(InspirationOrigin.LOCAL_LEADERS)
        .scope(PartnershipScope.SECTORAL)
        .focusDomains(EnumSet.of(SocialServiceField.FAMILY_SUPPORT))
        .territory(territory)
        .leader(leader)
        .foundedOn(LocalDate.of(2026, 1, 12))
        .memberships(List.of(Membership.builder().organisation(leader).form(MembershipForm.FORMAL)
            .declarationDate(LocalDate.of(2026, 1, 5)).role(MembershipRole.LEADER)
            .joinedOn(LocalDate.of(2026, 1, 12)).build()))
        .persons(List.of(Person.builder().id(PersonId.of(uuid())).name("Anna Zalozycielka")
            .position("burmistrz").organisation(leader).build()))
        .build();
  }

  /**
   * A partnership with something in every part: four memberships (leader, formal member,
   * informal partner, one ended), eight people with and without contacts, two matters (one with
   * a status history), the Steering Committee with and without mandates, the Task Team, two
   * consortia, a PZK and a WZK, two network workers, two meetings and two decisions (the second
   * supersedes the first). The organisations other than the leader are shared between the
   * partnerships made here only when the caller reuses them; each call makes new ones.
   */
  private Partnership governed(PartnershipId id, String name, List<TerytCode> territory) {
    OrganisationId leader = OrganisationId.of(uuid());
    OrganisationId ngo = sharedNgo;
    OrganisationId ops = sharedOps;
    OrganisationId former = OrganisationId.of(uuid());
    PersonId mayor = PersonId.of(uuid());
    PersonId ngoHead = PersonId.of(uuid());
    PersonId opsHead = PersonId.of(uuid());
    PersonId manager = PersonId.of(uuid());
    PersonId specialist = PersonId.of(uuid());
    PersonId worker = PersonId.of(uuid());
    PersonId animator = PersonId.of(uuid());
    PersonId formerWorker = PersonId.of(uuid());
    Actor chair = Actor.of(mayor, ActingRole.STEERING_COMMITTEE_CHAIR);
    Actor managerActor = Actor.of(manager, ActingRole.TASK_TEAM_MANAGER);
    BodyId sc = BodyId.of(uuid());
    BodyId tt = BodyId.of(uuid());
    MeetingId scMeeting = MeetingId.of(uuid());
    DecisionId budget = DecisionId.of(uuid());
    LocalDate founded = LocalDate.of(2026, 1, 12);
    Set<OrganisationId> binds = new LinkedHashSet<>(List.of(ngo, leader));

    return Partnership.builder()
        .id(id)
        .name(name)
        .kind(PartnershipKind.COOPERATION_MODEL_TEAM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT)
        .scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(EnumSet.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.HOUSING,
            SocialServiceField.CULTURE))
        .territory(territory)
        .leader(leader)
        .foundedOn(founded)
        .memberships(List.of(
            Membership.builder().organisation(leader).form(MembershipForm.FORMAL)
                .declarationDate(LocalDate.of(2026, 1, 5)).role(MembershipRole.LEADER)
                .joinedOn(founded).build(),
            Membership.builder().organisation(ngo).form(MembershipForm.FORMAL)
                .declarationDate(LocalDate.of(2026, 1, 20)).role(MembershipRole.MEMBER)
                .joinedOn(LocalDate.of(2026, 1, 21)).build(),
            Membership.builder().organisation(ops).form(MembershipForm.INFORMAL)
                .role(MembershipRole.INFORMAL_PARTNER).joinedOn(founded).build(),
            Membership.builder().organisation(former).form(MembershipForm.FORMAL)
                .declarationDate(LocalDate.of(2026, 1, 20)).role(MembershipRole.MEMBER)
                .joinedOn(LocalDate.of(2026, 1, 22)).leftOn(LocalDate.of(2026, 2, 20)).build()))
        .persons(List.of(
            person(mayor, "Anna Burmistrz", "burmistrz dzielnicy", leader,
                "anna@praga.example", "+48 22 111 22 33"),
            person(ngoHead, "Ewa Prezes", "prezeska", ngo, null, null),
            person(opsHead, "Jan Dyrektor", "dyrektor OPS", ops, "jan@ops.example", null),
            person(manager, "Piotr Kierownik", "kierownik", leader, null, "601 202 303"),
            person(specialist, "Olga Wiedza", "specjalistka", ngo, null, null),
            person(worker, "Kasia Praca", "pedagog", ngo, null, null),
            person(animator, "Marek Animator", "animator kooperacji", ops, null, null),
            person(formerWorker, "Adam Byly", "psycholog", former, null, null)))
        .matters(List.of(
            RaisedMatter.builder().id(MatterId.of(uuid())).raisedBy(ngo).raisedByPerson(ngoHead)
                .raisedAt(NOW.minusSeconds(86_400)).subject("brak miejsc w swietlicy")
                .description("Dzieci z ul. Zabkowskiej czekaja na miejsce.")
                .history(List.of(
                    new MatterStatusChange(MatterStatus.OPEN, NOW.minusSeconds(86_400),
                        Actor.of(ngoHead, ActingRole.PARTNER_REPRESENTATIVE)),
                    new MatterStatusChange(MatterStatus.ACCEPTED, NOW.minusSeconds(3_600), chair),
                    new MatterStatusChange(MatterStatus.IN_PROGRESS, NOW, managerActor)))
                .build(),
            RaisedMatter.builder().id(MatterId.of(uuid())).raisedBy(ops).raisedByPerson(opsHead)
                .raisedAt(NOW).subject("dowozy na zajecia")
                .history(List.of(new MatterStatusChange(MatterStatus.OPEN, NOW,
                    Actor.of(opsHead, ActingRole.PARTNER_REPRESENTATIVE))))
                .build()))
        .steeringCommittee(SteeringCommittee.builder().id(sc)
            .members(List.of(SteeringCommitteeMember.withMandate(mayor),
                SteeringCommitteeMember.withoutMandate(opsHead),
                SteeringCommitteeMember.withMandate(ngoHead)))
            .chair(mayor).build())
        .taskTeam(TaskTeam.builder().id(tt).manager(manager)
            .managerQualifications(new ManagerQualifications(EducationLevel.HIGHER_MASTER, 5, 12))
            .knowledgeManagementSpecialist(specialist)
            .members(List.of(worker, opsHead)).build())
        .consortia(List.of(
            ExecutiveConsortium.builder().id(BodyId.of(uuid())).problem("przemoc w rodzinie")
                .competitionReference("konkurs 12/2026").organisations(List.of(ops, ngo))
                .persons(List.of(worker, opsHead)).build(),
            ExecutiveConsortium.builder().id(BodyId.of(uuid())).problem("samotnosc seniorow")
                .competitionReference("konkurs 13/2026").organisations(List.of(leader))
                .persons(List.of()).build()))
        .cooperationTeams(List.of(
            CooperationTeam.builder().id(BodyId.of(uuid())).kind(BodyKind.PARTNER_COOPERATION_TEAM)
                .members(List.of(
                    new CooperationTeamMember(animator, CooperationModelRole.PCPR_LEADER_ANIMATOR),
                    new CooperationTeamMember(mayor, CooperationModelRole.COMMUNE_COUNCILLOR)))
                .build(),
            CooperationTeam.builder().id(BodyId.of(uuid()))
                .kind(BodyKind.VOIVODESHIP_COOPERATION_TEAM)
                .members(List.of(new CooperationTeamMember(ngoHead,
                    CooperationModelRole.ROPS_REPRESENTATIVE)))
                .build()))
        .networkWorkers(List.of(animator, worker))
        .meetings(List.of(
            Meeting.builder().id(scMeeting).body(sc).bodyKind(BodyKind.STEERING_COMMITTEE)
                .date(LocalDate.of(2026, 2, 20)).duration(Duration.ofMinutes(90).plusMillis(500))
                .chair(mayor).host(leader).attendees(List.of(mayor, ngoHead, opsHead))
                .openToFamilies(true).familyRepresentativesPresent(2)
                .agendaReference("agenda/2026-02").recordedBy(chair).recordedAt(NOW).build(),
            Meeting.builder().id(MeetingId.of(uuid())).body(tt).bodyKind(BodyKind.TASK_TEAM)
                .date(LocalDate.of(2026, 2, 27)).duration(Duration.ofHours(1))
                .chair(manager).host(ngo).attendees(List.of())
                .openToFamilies(false).familyRepresentativesPresent(0)
                .minutesReference("https://example.org/zz/2026-02-27.pdf")
                .recordedBy(managerActor).recordedAt(NOW.plusNanos(1)).build()))
        .decisions(List.of(
            Decision.builder().id(budget).body(sc).meeting(scMeeting)
                .date(LocalDate.of(2026, 2, 20)).subject("budzet dzialan 2026")
                .kind(DecisionKind.FINANCIAL).proposer(manager)
                .positions(List.of(MemberPosition.of(mayor, Position.ACCEPT),
                    MemberPosition.of(opsHead, Position.ACCEPT),
                    MemberPosition.of(ngoHead, Position.ACCEPT)))
                .binds(binds).recordedBy(chair).recordedAt(NOW).build(),
            Decision.builder().id(DecisionId.of(uuid())).body(sc)
                .date(LocalDate.of(2026, 2, 25)).subject("korekta budzetu 2026")
                .kind(DecisionKind.SCHEDULE_OR_BUDGET_CHANGE).proposer(ngoHead)
                .positions(List.of(MemberPosition.of(mayor, Position.OBJECT),
                    MemberPosition.of(opsHead, Position.ABSTAIN),
                    MemberPosition.of(ngoHead, Position.ACCEPT)))
                .supersedes(budget)
                .recordedBy(Actor.of(ngoHead, ActingRole.STEERING_COMMITTEE_MEMBER))
                .recordedAt(NOW.plusSeconds(5 * 86_400)).build()))
        .build();
  }

  /** The NGO and the OPS are members of every governed partnership made by one test. */
  private final OrganisationId sharedNgo = OrganisationId.of(new UUID(0x5eedL, 2));
  private final OrganisationId sharedOps = OrganisationId.of(new UUID(0x5eedL, 3));

  private static Person person(PersonId id, String name, String position,
      OrganisationId organisation, String email, String phone) {
    return Person.builder().id(id).name(name).position(position).organisation(organisation)
        .email(Optional.ofNullable(email)).phone(Optional.ofNullable(phone)).build();
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
