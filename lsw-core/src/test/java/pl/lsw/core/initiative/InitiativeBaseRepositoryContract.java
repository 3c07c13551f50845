package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.testing.ConcurrentSaves;

/**
 * The contract every {@link InitiativeBaseRepository} keeps. A store proves it with an empty
 * subclass that implements {@link #emptyRepository()}; the tests are {@code public final} so
 * that a subclass cannot weaken them. Each test gets a fresh, empty repository.
 *
 * <p>Stored bases come back equal to what was saved, with every part: each entry of the Map with
 * all its fields, access conditions and contact people (in order); the recommendations of the
 * Bank; the actions of the Base with their consortium reports; the verification rounds with their
 * conclusions; the history with every field change from and to (empty values included), in
 * order. Versions are optimistic: the first save inserts (version 0 → 1), each later save needs
 * the stored version, and a stale save writes nothing.
 */
public abstract class InitiativeBaseRepositoryContract {

  private InitiativeBaseRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract InitiativeBaseRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  static final MapEntryId OUTSIDE_ENTRY = MapEntryId.of(UUID.fromString("11111111-2222-4333-8444-555555555555"));
  static final ActionId ACTION = ActionId.of(UUID.fromString("21111111-2222-4333-8444-555555555555"));
  static final BodyId CONSORTIUM = BodyId.of(UUID.fromString("31111111-2222-4333-8444-555555555555"));
  static final PersonId MANAGER = PersonId.of(UUID.fromString("41111111-2222-4333-8444-555555555555"));
  static final MeetingId MEETING = MeetingId.of(UUID.fromString("51111111-2222-4333-8444-555555555555"));
  static final DecisionId DECISION = DecisionId.of(UUID.fromString("61111111-2222-4333-8444-555555555555"));

  /** Bases with every part present: two entries (inside and outside), both in the Bank, an action, a round, history. */
  static InitiativeBase full(PartnershipId partnership) {
    MapEntry inside = MapEntryFixtures.complete().withServiceConditions("Prowadzi psycholog z certyfikatem")
        .withContacts(List.of(ContactPerson.builder().name("Anna Nowak-Wiśniewska").role("koordynatorka")
            .email("a.nowak@sp3.example.org").phone("+48 22 123 45 67").build(),
            ContactPerson.builder().name("Jan Kos").role("psycholog").phone("501 234 567").build()));
    MapEntry outside = MapEntry.builder()
        .id(OUTSIDE_ENTRY)
        .name("Świetlica „Pod Dębem” — zajęcia dla dzieci")
        .implementer(MapEntryFixtures.parish())
        .description("Zajęcia popołudniowe; ↑ emoji 🙂 i znaki ąęśćżźółń")
        .addressees(Set.of(TargetGroup.CHILDREN, TargetGroup.of("ROMA_FAMILIES", "rodziny romskie", "Roma families")))
        .participationRules("Bez zapisów")
        .serviceConditions("x".repeat(AbstractMapEntry.MAX_TEXT))
        .fields(Set.of(SocialServiceField.values()))
        .access(AccessConditions.builder()
            .minAge(6).maxAge(13)
            .targetGroups(Set.of(TargetGroup.CHILDREN))
            .territory(Set.of(TerytCode.of("1465011"), TerytCode.of("1465028")))
            .referral(ReferralRule.REFERRAL_REQUIRED)
            .cost(ParticipantCost.FEE)
            .fee(Money.of("20.05"))
            .languages(List.of("pl", "uk", "en"))
            .capacity(30)
            .description("Skierowanie z CUS")
            .build())
        .source(EntrySource.OUTSIDE_PARTNER)
        .communityRole(CommunityRole.BY_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 9, 1))
        .build();
    Instant t = Instant.parse("2026-11-20T10:15:30.123Z");
    return InitiativeBase.builder()
        .partnership(partnership)
        .addEntries(inside, outside)
        .addRecommendations(new Recommendation(inside.id(), LocalDate.of(2026, 10, 5), MANAGER, Optional.of(MEETING)),
            new Recommendation(OUTSIDE_ENTRY, LocalDate.of(2026, 10, 6), MANAGER, Optional.empty()))
        .addActions(new Action(ACTION, inside.id(), "Klub Rodzica — edycja jesienna", CONSORTIUM,
            ActionStatus.RUNNING, LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 12),
            Optional.of(LocalDate.of(2026, 11, 20)),
            Optional.of(new ConsortiumReport(LocalDate.of(2026, 11, 25), ActionStatus.SUSPENDED))))
        .addRounds(new VerificationRound(LocalDate.of(2026, 11, 20), "person:" + MANAGER + "/TASK_TEAM_MANAGER",
            List.of(inside.id()), List.of(ACTION), List.of("Kontynuować", "Dodać grupę sobotnią"),
            Optional.of(DECISION)))
        .history(History.empty().with(List.of(
            new Revision(t, "person:" + MANAGER + "/TASK_TEAM_MANAGER", "entry:" + inside.id(),
                "ENTRY_ADDED", List.of(FieldChange.of("name", null, "Klub Rodzica przy SP 3"))),
            new Revision(t.plusSeconds(1), "person:" + MANAGER + "/TASK_TEAM_MANAGER",
                "entry:" + inside.id(), "ENTRY_CHANGED",
                List.of(FieldChange.of("place", "SP 3", null), FieldChange.of("schedule", "wt", "śr"))),
            new Revision(t.plusSeconds(2), "person:x/TASK_TEAM_MEMBER", "round:2026-11-20",
                "VERIFICATION_ROUND", List.of()))))
        .build();
  }

  private static PartnershipId partnership() {
    return PartnershipId.of(UUID.randomUUID());
  }

  @Test
  public final void bases_not_stored_are_not_found() {
    assertEquals(Optional.empty(), repository.find(partnership()));
  }

  @Test
  public final void stored_bases_come_back_equal_with_every_part_and_version_one() {
    InitiativeBase full = full(partnership());
    InitiativeBase saved = repository.save(full);
    assertEquals(1, saved.version());
    InitiativeBase found = repository.find(full.partnership()).orElseThrow();
    assertEquals(full, found);
    assertEquals(1, found.version());
    assertEquals(full.entries(), found.entries());
    assertEquals(full.history().revisions(), found.history().revisions());
    assertEquals(full.rounds(), found.rounds());
  }

  @Test
  public final void empty_bases_are_stored_too() {
    InitiativeBase empty = InitiativeBase.empty(partnership());
    repository.save(empty);
    assertEquals(empty, repository.find(empty.partnership()).orElseThrow());
  }

  @Test
  public final void a_save_replaces_every_part_including_removed_entries_and_actions() {
    InitiativeBase v1 = repository.save(full(partnership()));
    InitiativeBase v2 = v1.withActions(List.of())
        .withRecommendations(v1.recommendations().subList(0, 1))
        .withEntries(List.of(v1.entries().get(0).withName("Klub Rodzica (nowa nazwa)")))
        .withRounds(List.of());
    InitiativeBase saved = repository.save(v2);
    assertEquals(2, saved.version());
    assertEquals(v2, repository.find(v1.partnership()).orElseThrow());
    InitiativeBase v3 = saved.withHistory(saved.history().with(List.of(new Revision(
        Instant.parse("2026-11-30T08:00:00Z"), "person:y/TASK_TEAM_MEMBER", "entry:z", "ENTRY_REMOVED",
        List.of(FieldChange.of("name", "a", null))))));
    repository.save(v3);
    assertEquals(v3.history(), repository.find(v1.partnership()).orElseThrow().history());
  }

  @Test
  public final void a_stale_save_is_refused_and_writes_nothing() {
    InitiativeBase v1 = repository.save(full(partnership()));
    repository.save(v1.withEntries(v1.entries()));
    InitiativeBase stale = v1.withActions(List.of());
    assertThrows(VersionConflictException.class, () -> repository.save(stale));
    assertEquals(1, repository.find(v1.partnership()).orElseThrow().actions().size());
    assertEquals(2, repository.find(v1.partnership()).orElseThrow().version());
  }

  @Test
  public final void a_second_first_save_of_the_same_partnership_is_a_version_conflict() {
    PartnershipId p = partnership();
    repository.save(InitiativeBase.empty(p));
    assertThrows(VersionConflictException.class, () -> repository.save(full(p)));
    assertEquals(InitiativeBase.empty(p), repository.find(p).orElseThrow());
  }

  @Test
  public final void two_first_saves_at_once_have_exactly_one_winner() throws InterruptedException {
    PartnershipId p = partnership();
    ConcurrentSaves.Outcome<InitiativeBase> outcome = ConcurrentSaves.race(repository::save,
        InitiativeBase.empty(p), full(p));
    assertEquals(1, outcome.winners().size(), "winners: " + outcome.winners());
    assertEquals(1, outcome.failures().size());
    assertInstanceOf(VersionConflictException.class, outcome.failures().get(0));
    assertEquals(outcome.winners().get(0), repository.find(p).orElseThrow());
  }

  @Test
  public final void the_bases_of_two_partnerships_are_kept_apart() {
    InitiativeBase a = repository.save(full(partnership()));
    InitiativeBase b = repository.save(InitiativeBase.empty(partnership()));
    assertEquals(2, repository.find(a.partnership()).orElseThrow().entries().size());
    assertTrue(repository.find(b.partnership()).orElseThrow().entries().isEmpty());
  }

  @Test
  public final void a_state_read_from_another_store_is_no_longer_stored_here() {
    InitiativeBase read = repository.save(full(partnership()));
    InitiativeBaseRepository elsewhere = emptyRepository();

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> elsewhere.save(read));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(read.partnership().toString(), e.id());
    assertEquals(1L, e.version());
    assertTrue(elsewhere.find(read.partnership()).isEmpty(), "nothing is stored");
  }
}
