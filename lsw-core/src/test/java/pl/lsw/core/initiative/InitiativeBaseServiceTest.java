package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.CONSORTIUM;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.SPECIALIST;
import static pl.lsw.core.partnership.PartnershipFixture.STRANGER;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.OrganisationGen;
import pl.lsw.core.partnership.InMemoryOrganisations;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.rules.RuleEnvironment;

class InitiativeBaseServiceTest {

  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final ActingPerson MANAGER_ACTS = as(MANAGER, ActingRole.TASK_TEAM_MANAGER);
  static final ActingPerson SPECIALIST_ACTS = as(SPECIALIST, ActingRole.KNOWLEDGE_MANAGEMENT_SPECIALIST);

  InMemoryInitiativeBases bases;
  InMemoryOrganisations organisations;
  List<DomainEvent> published;
  InitiativeBaseService service;
  RuleEnvironment environment =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());

  @BeforeEach
  void setUp() {
    InMemoryPartnerships partnerships = new InMemoryPartnerships();
    partnerships.save(PartnershipFixture.governed().withVersion(0));
    organisations = new InMemoryOrganisations();
    organisations.save(OrganisationGen.fullFoundation(NGO, "Fundacja Kokon", 7));
    bases = new InMemoryInitiativeBases();
    published = new ArrayList<>();
    AtomicLong n = new AtomicLong(1000);
    service = new InitiativeBaseService(bases, partnerships, organisations,
        Clock.fixed(NOW, ZoneId.of("Europe/Warsaw")), () -> new UUID(0xbeefL, n.incrementAndGet()),
        published::add, environment, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  }

  static MapEntryDraft complete() {
    return MapEntryDraft.builder()
        .name("Klub Rodzica przy SP 3")
        .implementer(Implementer.registered(NGO))
        .description("Spotkania rodziców z psychologiem")
        .addressees(Set.of(TargetGroup.PARENTS))
        .participationRules("Zapisy w sekretariacie")
        .serviceConditions("Prowadzi psycholog z co najmniej 3-letnim doświadczeniem")
        .addContacts(new ContactPersonDraft("Anna Kowalska", "prezeska zarządu",
            "anna.kowalska@example.org", ""))
        .source(EntrySource.INSIDE_LSW)
        .communityRole(CommunityRole.FOR_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 11, 2))
        .build();
  }

  static MapEntryDraft bare() {
    return MapEntryDraft.builder().name("Sąsiedzka pomoc w lekcjach")
        .source(EntrySource.OUTSIDE_PARTNER).communityRole(CommunityRole.BY_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 11, 3)).build();
  }

  static <T> T ok(Either<Refusal, T> outcome) {
    assertTrue(outcome.isRight(), () -> "refused: " + outcome.getLeft().message(Locale.ENGLISH));
    return outcome.get();
  }

  static Refusal refused(Either<Refusal, ?> outcome) {
    assertTrue(outcome.isLeft(), "accepted: " + outcome);
    return outcome.getLeft();
  }

  MapEntryId add(MapEntryDraft draft) {
    return ok(service.addEntry(ID, SPECIALIST_ACTS, draft)).createdId(MapEntryId.class);
  }

  MapEntryId addRecommended() {
    MapEntryId id = add(complete());
    ok(service.recommend(ID, MANAGER_ACTS, id, TODAY, Optional.empty()));
    return id;
  }

  ActionId start(MapEntryId entry) {
    return ok(service.startAction(ID, MANAGER_ACTS, entry, "Klub Rodzica — jesień", CONSORTIUM,
        ActionStatus.RUNNING, TODAY)).createdId(ActionId.class);
  }

  InitiativeBase stored() {
    return bases.find(ID).orElseThrow();
  }

  @Test
  void an_entry_added_by_a_person_of_the_partnership_is_stored_with_its_history_and_event() {
    Change<InitiativeBase> change = ok(service.addEntry(ID, SPECIALIST_ACTS, complete()));
    MapEntryId id = change.createdId(MapEntryId.class);
    assertEquals(1, change.state().version());
    assertEquals("Klub Rodzica przy SP 3", stored().entry(id).orElseThrow().name().orElseThrow());
    Revision r = stored().historyOf(id).get(0);
    assertEquals(BaseChangeKind.ENTRY_ADDED.name(), r.kind());
    assertEquals(SPECIALIST_ACTS.reference(), r.actor());
    assertEquals(NOW, r.at());
    assertEquals(Optional.of("Klub Rodzica przy SP 3"), r.change("name").flatMap(FieldChange::to));
    assertEquals(1, published.size());
    assertEquals("InitiativeBase.ENTRY_ADDED", published.get(0).type());
  }

  @Test
  void a_stranger_and_a_former_member_are_refused_with_every_input_problem_at_once() {
    MapEntryDraft broken = MapEntryDraft.builder().name(" padded ").build();
    Refusal stranger = refused(service.addEntry(ID, as(STRANGER, ActingRole.TASK_TEAM_MEMBER), broken));
    assertTrue(stranger.has("ACTOR_UNKNOWN"), stranger.codes().toString());
    assertTrue(stranger.codes().size() >= 4, stranger.codes().toString());
    Refusal former = refused(service.addEntry(ID, as(FORMER_WORKER, ActingRole.PARTNER_REPRESENTATIVE),
        complete()));
    assertEquals(List.of("ACTOR_MEMBERSHIP_ENDED"), former.codes());
    assertTrue(bases.find(ID).isEmpty(), "a refusal stores nothing");
    assertTrue(published.isEmpty());
  }

  @Test
  void the_task_team_recommends_a_complete_entry_into_the_bank() {
    MapEntryId id = addRecommended();
    assertTrue(stored().isRecommended(id));
    assertEquals(List.of(id), stored().bank().stream().map(MapEntry::id).toList());
    assertEquals(BaseChangeKind.ENTRY_RECOMMENDED.name(), stored().historyOf(id).get(1).kind());
  }

  @Test
  void a_steering_committee_member_recommending_an_incomplete_entry_gets_the_actor_and_the_rule_reasons_at_once() {
    MapEntryId id = add(bare());
    Refusal r = refused(service.recommend(ID, as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER), id,
        TODAY, Optional.empty()));
    assertTrue(r.has("INI-RECOMMENDATION"), r.codes().toString());
    assertTrue(r.has("INI-COMPLETE"), r.codes().toString());
    List<String> paths = r.reasons().stream().map(p -> p.path()).toList();
    assertTrue(paths.containsAll(List.of("actor", "entry.serviceConditions", "entry.addressees",
        "entry.implementer", "entry.description", "entry.participationRules")), paths.toString());
    String pl = r.message(Locale.forLanguageTag("pl"));
    String en = r.message(Locale.ENGLISH);
    assertTrue(pl.contains("tylko Zespół Zadaniowy") && pl.contains("członek Komitetu Sterującego"), pl);
    assertTrue(en.contains("Only the Task Team") && en.contains("service conditions"), en);
    assertFalse(stored().isRecommended(id));
  }

  @Test
  void an_outsider_recommending_is_refused_as_unknown_and_by_the_rule() {
    MapEntryId id = add(complete());
    Refusal r = refused(service.recommend(ID, as(STRANGER, ActingRole.TASK_TEAM_MEMBER), id, TODAY,
        Optional.empty()));
    assertEquals(List.of("ACTOR_UNKNOWN", "INI-RECOMMENDATION"), r.codes());
  }

  @Test
  void a_complete_entry_recommended_by_the_task_team_passes_and_missing_conditions_alone_fail() {
    MapEntryId withoutConditions = add(MapEntryDraft.copyOf(complete()).withServiceConditions(""));
    Refusal r = refused(service.recommend(ID, MANAGER_ACTS, withoutConditions, TODAY, Optional.empty()));
    assertEquals(List.of("INI-RECOMMENDATION"), r.codes());
    assertEquals("entry.serviceConditions", r.reasons().get(0).path());
    MapEntryId accessGroupOnly = add(MapEntryDraft.copyOf(complete()).withAddressees(Set.of())
        .withAccessGroups(Set.of(TargetGroup.SENIORS)));
    Refusal onlyComplete = refused(service.recommend(ID, MANAGER_ACTS, accessGroupOnly, TODAY,
        Optional.empty()));
    assertEquals(List.of("INI-COMPLETE"), onlyComplete.codes(),
        "a target group in the access conditions satisfies INI-RECOMMENDATION; addressees stay an INI-COMPLETE field");
  }

  @Test
  void withdrawing_a_recommendation_an_action_uses_is_refused_naming_the_action() {
    MapEntryId id = addRecommended();
    ActionId action = start(id);
    Refusal r = refused(service.withdrawRecommendation(ID, MANAGER_ACTS, id, "nieaktualne"));
    assertEquals(List.of("RECOMMENDATION_IN_USE"), r.codes());
    assertTrue(r.message(Locale.ENGLISH).contains("Klub Rodzica — jesień"), r.message(Locale.ENGLISH));
    ok(service.changeActionStatus(ID, MANAGER_ACTS, action, ActionStatus.COMPLETED, TODAY));
    ok(service.removeAction(ID, MANAGER_ACTS, action));
    ok(service.withdrawRecommendation(ID, MANAGER_ACTS, id, "nieaktualne"));
    assertFalse(stored().isRecommended(id));
    assertTrue(stored().entry(id).isPresent(), "the entry stays on the map");
  }

  @Test
  void an_entry_of_the_bank_is_not_removed_from_the_map_and_an_action_needs_a_bank_entry() {
    MapEntryId bank = addRecommended();
    MapEntryId mapOnly = add(bare());
    assertEquals(List.of("ENTRY_RECOMMENDED"),
        refused(service.removeEntry(ID, MANAGER_ACTS, bank)).codes());
    Refusal r = refused(service.startAction(ID, MANAGER_ACTS, mapOnly, "x", 
        pl.lsw.core.partnership.governance.BodyId.of(UUID.randomUUID()), ActionStatus.PLANNED, TODAY));
    assertEquals(List.of("ACTION_ENTRY_NOT_IN_BANK", "CONSORTIUM_UNKNOWN"), r.codes());
    ok(service.removeEntry(ID, MANAGER_ACTS, mapOnly));
    assertTrue(stored().entry(mapOnly).isEmpty());
  }

  @Test
  void a_change_of_a_bank_entry_records_each_field_from_and_to_and_may_not_drop_its_conditions() {
    MapEntryId id = addRecommended();
    MapEntry entry = stored().entry(id).orElseThrow();
    ok(service.changeEntry(ID, SPECIALIST_ACTS, id, MapEntryDraft.from(entry)
        .withPlace("SP 3, sala 12").withSchedule("wtorki 17:00")));
    Revision r = stored().historyOf(id).get(2);
    assertEquals(List.of(FieldChange.of("place", null, "SP 3, sala 12"),
        FieldChange.of("schedule", null, "wtorki 17:00")), r.changes());
    Refusal dropped = refused(service.changeEntry(ID, SPECIALIST_ACTS, id,
        MapEntryDraft.from(entry).withServiceConditions("")));
    assertEquals(List.of("INI-RECOMMENDATION"), dropped.codes());
  }

  @Test
  void a_consortium_member_changes_the_status_of_its_own_action_and_others_are_refused() {
    ActionId action = start(addRecommended());
    ok(service.changeActionStatus(ID, as(NGO_WORKER, ActingRole.CONSORTIUM_MEMBER), action,
        ActionStatus.SUSPENDED, TODAY));
    Refusal r = refused(service.changeActionStatus(ID, as(SPECIALIST, ActingRole.CONSORTIUM_MEMBER),
        action, ActionStatus.RUNNING, TODAY));
    assertEquals(List.of("ACTOR_ROLE_NOT_HELD", "ACTOR_NOT_IN_CONSORTIUM"), r.codes());
    Refusal chair = refused(service.changeActionStatus(ID, as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER),
        action, ActionStatus.RUNNING, TODAY));
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED"), chair.codes());
    Revision last = stored().historyOf(action).get(1);
    assertEquals(Optional.of("RUNNING"), last.change("status").flatMap(FieldChange::from));
    assertEquals(Optional.of("SUSPENDED"), last.change("status").flatMap(FieldChange::to));
  }

  @Test
  void a_consortium_report_the_base_does_not_follow_is_stale_until_the_base_catches_up() {
    MapEntryId entry = addRecommended();
    ActionId action = start(entry);
    ok(service.recordConsortiumReport(ID, as(NGO_WORKER, ActingRole.CONSORTIUM_MEMBER), action,
        new ConsortiumReport(TODAY, ActionStatus.COMPLETED)));
    StalenessReport report = ok(service.staleness(ID));
    assertEquals(List.of(action), report.reportedDifferently().stream().map(Action::id).toList());
    assertTrue(report.render(Locale.ENGLISH).contains("the consortium reported \"completed\""),
        report.render(Locale.ENGLISH));
    assertTrue(report.render(Locale.forLanguageTag("pl")).contains("konsorcjum podało"));
    ok(service.changeActionStatus(ID, MANAGER_ACTS, action, ActionStatus.COMPLETED, TODAY));
    assertTrue(ok(service.staleness(ID)).reportedDifferently().isEmpty());
  }

  @Test
  void a_contact_person_no_longer_with_the_registered_implementer_is_reported() {
    MapEntryId entry = add(complete());
    assertTrue(ok(service.staleness(ID)).departedContacts().isEmpty(), "Anna Kowalska is a contact of the NGO");
    MapEntry e = stored().entry(entry).orElseThrow();
    ok(service.changeEntry(ID, SPECIALIST_ACTS, entry, MapEntryDraft.from(e).withContacts(List.of(
        new ContactPersonDraft("Maria Odeszła", "psycholożka", "maria@example.org", "")))));
    StalenessReport report = ok(service.staleness(ID));
    assertEquals(List.of("Maria Odeszła"),
        report.departedContacts().stream().map(StalenessReport.DepartedContact::contact).toList());
  }

  @Test
  void a_verification_round_verifies_what_it_names_and_gives_the_text_for_the_loop() {
    MapEntryId entry = addRecommended();
    ActionId action = start(entry);
    Change<InitiativeBase> c = ok(service.recordVerificationRound(ID, MANAGER_ACTS, TODAY,
        List.of(entry), List.of(action), List.of("Kontynuować", "Dodać grupę sobotnią"),
        Optional.empty()));
    assertEquals(Optional.of(TODAY), stored().entry(entry).orElseThrow().lastVerifiedOn());
    assertEquals(Optional.of(TODAY), stored().action(action).orElseThrow().lastVerifiedOn());
    assertEquals("2026-12-01 [1/1]: Kontynuować; Dodać grupę sobotnią",
        stored().rounds().get(0).conclusionsText());
    assertEquals(3, c.events().size(), "the round, the entry and the action");
    Refusal r = refused(service.recordVerificationRound(ID, as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER),
        TODAY.plusDays(1), List.of(), List.of(), List.of(" "), Optional.of(
            pl.lsw.core.partnership.governance.DecisionId.of(UUID.randomUUID()))));
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED", "DAY_IN_FUTURE", "ROUND_EMPTY",
        "ROUND_CONCLUSION_EMPTY", "DECISION_UNKNOWN"), r.codes());
  }

  @Test
  void a_command_to_an_unknown_partnership_is_refused_with_a_code() {
    Refusal r = refused(service.addEntry(PartnershipId.of(UUID.randomUUID()), SPECIALIST_ACTS, complete()));
    assertEquals(List.of("INITIATIVE_BASE_PARTNERSHIP_UNKNOWN"), r.codes());
  }

  @Test
  void the_history_of_a_period_is_queryable() {
    MapEntryId id = addRecommended();
    assertEquals(2, service.history(ID, NOW, NOW.plusSeconds(1)).size());
    assertTrue(service.history(ID, NOW.plusSeconds(1), NOW.plusSeconds(2)).isEmpty());
    assertEquals(2, stored().historyOf(id).size());
  }

  @Test
  void the_newsletter_items_of_a_period_tell_what_entered_the_bases_in_both_languages() {
    MapEntryId entry = addRecommended();
    ActionId action = start(entry);
    ok(service.changeActionStatus(ID, MANAGER_ACTS, action, ActionStatus.SUSPENDED, TODAY));
    ok(service.removeEntry(ID, MANAGER_ACTS, add(bare())));
    List<pl.lsw.core.information.NewsletterItem> items = service.newsletterItems(ID,
        pl.lsw.core.kernel.DateRange.of(TODAY, TODAY));
    List<String> english = items.stream().map(i -> i.title(Locale.ENGLISH)).toList();
    assertEquals(List.of(
        "An entry added to the Map of Local Potentials: Klub Rodzica przy SP 3",
        "An entry recommended into the Initiative Bank: Klub Rodzica przy SP 3",
        "An action put into the LSW Action Base: Klub Rodzica — jesień",
        "An action's status changed: Klub Rodzica — jesień",
        "An entry added to the Map of Local Potentials: Sąsiedzka pomoc w lekcjach"), english,
        "a removal is not news, the addition before it is");
    assertEquals("stan: w realizacji → zawieszone", items.get(3).text(Locale.forLanguageTag("pl")));
    assertEquals("the status: running → suspended", items.get(3).text(Locale.ENGLISH));
    assertTrue(service.newsletterItems(ID, pl.lsw.core.kernel.DateRange.of(TODAY.plusDays(1),
        TODAY.plusDays(2))).isEmpty());
  }
}
