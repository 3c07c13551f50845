package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationGen;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;

class PartnershipServiceTest {

  private final List<DomainEvent> published = new ArrayList<>();
  private final AtomicLong next = new AtomicLong(1000);
  private InMemoryPartnerships repository;
  private PartnershipService service;

  static Organisation district() {
    return Organisation.builder().id(DISTRICT).name("Dzielnica Praga-Północ")
        .legalForm(LegalForm.PUBLIC_UNIT).sector(Sector.PUBLIC)
        .seat(OrganisationGen.pragaPolnoc()).build();
  }

  static InMemoryOrganisations registry() {
    return new InMemoryOrganisations().with(district())
        .with(OrganisationGen.association(NGO, "Stowarzyszenie Kokon", 7, Sector.NGO,
            OrganisationGen.pragaPolnoc(), EnumSet.of(SocialServiceField.FAMILY_SUPPORT)))
        .with(Organisation.builder().id(OPS).name("OPS Praga-Północ")
            .legalForm(LegalForm.PUBLIC_UNIT).sector(Sector.PUBLIC)
            .seat(OrganisationGen.pragaPolnoc()).build());
  }

  @BeforeEach
  void setUp() {
    repository = new InMemoryPartnerships();
    service = new PartnershipService(repository, registry(), Clock.fixed(NOW, ZoneOffset.UTC),
        () -> uuid(next.incrementAndGet()), published::add, PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
  }

  private PartnershipId found() {
    Change<Partnership> changed = service.found(founding()).get();
    return changed.state().id();
  }

  private PersonId founderOf(PartnershipId id) {
    return repository.findById(id).get().persons().get(0).id();
  }

  @Test
  void founding_stores_version_1_and_then_publishes_the_events_with_the_clocks_time() {
    Change<Partnership> changed = service.found(founding()).get();
    assertEquals(1, changed.state().version());
    assertEquals(changed.state(), repository.findById(changed.state().id()).get());
    assertEquals(List.of("PartnershipFounded", "MemberJoined", "PersonRegistered"),
        published.stream().map(DomainEvent::type).toList());
    assertTrue(published.stream().allMatch(e -> e.occurredAt().equals(NOW)));
    assertEquals(changed.events(), published);
  }

  @Test
  void a_leader_missing_from_the_registry_is_refused_with_the_aggregates_reasons() {
    PartnershipFounding f = founding();
    PartnershipFounding unknownLeader = f.toBuilder().name("").leader(OUTSIDER)
        .founder(PersonDetails.of("Ktoś", "ktoś", OUTSIDER)).build();
    Refusal refusal = service.found(unknownLeader).getLeft();
    assertEquals(List.of("PARTNERSHIP_NAME_EMPTY", "ORGANISATION_UNKNOWN"),
        refusal.codes());
    assertEquals(0, repository.count());
    assertTrue(published.isEmpty());
  }

  @Test
  void a_refused_command_stores_and_publishes_nothing() {
    PartnershipId id = found();
    published.clear();
    int saves = repository.saves;
    Refusal refusal = service.admitFormalMember(id,
        ActingPerson.of(PersonId.of(uuid(1)), ActingRole.PARTNER_REPRESENTATIVE), NGO, null, DAY).getLeft();
    assertEquals(List.of("ACTOR_UNKNOWN", "MEMBERSHIP_DECLARATION_MISSING"),
        refusal.codes());
    assertEquals(saves, repository.saves);
    assertEquals(1, repository.findById(id).get().version());
    assertTrue(published.isEmpty());
  }

  @Test
  void admitting_an_organisation_the_registry_does_not_know_is_refused() {
    PartnershipId id = found();
    ActingPerson founder = ActingPerson.of(founderOf(id), ActingRole.PARTNER_REPRESENTATIVE);
    assertEquals(List.of("ORGANISATION_UNKNOWN"),
        service.admitInformalPartner(id, founder, OUTSIDER, DAY).getLeft().codes());
  }

  @Test
  void a_command_to_an_unknown_partnership_is_refused() {
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.raiseMatter(ID, leaderRep(), "x", null)
        .getLeft().codes());
  }

  @Test
  void the_refusal_for_an_unknown_partnership_reads_in_polish_and_english() {
    Refusal refusal = service.raiseMatter(ID, leaderRep(), "x", null).getLeft();
    assertEquals("Nie ma takiego partnerstwa",
        refusal.reasons("PARTNERSHIP_UNKNOWN").get(0).message(java.util.Locale.forLanguageTag("pl")));
    assertEquals("There is no such partnership",
        refusal.reasons("PARTNERSHIP_UNKNOWN").get(0).message(java.util.Locale.ENGLISH));
    assertTrue(!refusal.reasons().get(0).message(pl.lsw.core.kernel.Messages.POLISH).equals(refusal.reasons().get(0).message(java.util.Locale.ENGLISH)));
  }

  @Test
  void creating_commands_name_the_new_id() {
    Change<Partnership> founded = service.found(founding()).get();
    PartnershipId id = founded.createdId(PartnershipId.class);
    assertEquals(founded.state().id(), id);
    ActingPerson founder = ActingPerson.of(founderOf(id), ActingRole.PARTNER_REPRESENTATIVE);
    Change<Partnership> registered = service.registerPerson(id, founder,
        PersonDetails.of("Jan Dyrektor", "dyrektor", DISTRICT)).get();
    PersonId person = registered.createdId(PersonId.class);
    assertTrue(registered.state().person(person).isPresent());
    Change<Partnership> raised = service.raiseMatter(id, founder, "Świetlica", null).get();
    MatterId matter = raised.createdId(MatterId.class);
    assertTrue(raised.state().matter(matter).isPresent());
    Change<Partnership> committee = service.setUpSteeringCommittee(id, founder,
        List.of(SteeringCommitteeMember.withMandate(person)), person).get();
    pl.lsw.core.partnership.governance.BodyId body =
        committee.createdId(pl.lsw.core.partnership.governance.BodyId.class);
    assertEquals(body, committee.state().steeringCommittee().get().id());
    Change<Partnership> admitted = service.admitFormalMember(id, founder, NGO, DAY, DAY).get();
    assertTrue(admitted.createdId().isEmpty());
  }

  @Test
  void each_accepted_command_stores_the_next_version_and_the_chair_must_come_from_local_government() {
    PartnershipId id = found();
    ActingPerson founder = ActingPerson.of(founderOf(id), ActingRole.PARTNER_REPRESENTATIVE);
    assertEquals(2, service.admitFormalMember(id, founder, NGO, DAY, DAY).get().state().version());
    assertEquals(3, service.admitInformalPartner(id, founder, OPS, DAY).get().state().version());
    Change<Partnership> registered = service.registerPerson(id, founder,
        PersonDetails.of("Ewa Prezes", "prezeska", NGO)).get();
    PersonId ngoHead = registered.createdId(PersonId.class);
    Change<Partnership> ops = service.registerPerson(id, founder,
        PersonDetails.of("Jan Dyrektor", "dyrektor OPS", OPS)).get();
    PersonId opsHead = ops.createdId(PersonId.class);
    assertEquals(5, ops.state().version());

    Refusal ngoChair = service.setUpSteeringCommittee(id, founder,
        List.of(SteeringCommitteeMember.withMandate(ngoHead)), ngoHead).getLeft();
    assertEquals(List.of("SC_CHAIR_NOT_LOCAL_GOVERNMENT"), ngoChair.codes());

    // the OPS, an informal partner, is a public unit: its director may chair
    Change<Partnership> committee = service.setUpSteeringCommittee(id, founder, List.of(
        SteeringCommitteeMember.withMandate(opsHead), SteeringCommitteeMember.withMandate(ngoHead)),
        opsHead).get();
    assertEquals(6, committee.state().version());
    assertEquals(committee.state(), service.find(id).get());
  }

  @Test
  void listings_find_partnerships_by_territory_prefix_and_by_member() {
    PartnershipId id = found();
    assertEquals(1, service.findByTerytPrefix("1465", PageRequest.first(10)).totalItems());
    assertEquals(0, service.findByTerytPrefix("32", PageRequest.first(10)).totalItems());
    assertEquals(id, service.findByMember(DISTRICT, PageRequest.first(10)).items().get(0).id());
    assertEquals(0, service.findByMember(NGO, PageRequest.first(10)).totalItems());
  }

  @Test
  void a_concurrent_change_loses_with_a_version_conflict_and_nothing_is_published() {
    PartnershipId id = found();
    ActingPerson founder = ActingPerson.of(founderOf(id), ActingRole.PARTNER_REPRESENTATIVE);
    Partnership stale = repository.findById(id).get();
    service.admitFormalMember(id, founder, NGO, DAY, DAY).get();
    published.clear();
    Change<Partnership> late = stale.admitInformalPartner(founder, OPS, DAY, NOW).get();
    assertThrows(VersionConflictException.class, () -> repository.save(late.state()));

    InMemoryPartnerships racing = new InMemoryPartnerships() {
      @Override
      public synchronized Partnership save(Partnership partnership) {
        throw new VersionConflictException("Partnership", partnership.id().toString(),
            partnership.version());
      }
    };
    racing.stored.putAll(repository.stored);
    PartnershipService losing = new PartnershipService(racing, registry(),
        Clock.fixed(NOW, ZoneOffset.UTC), () -> uuid(next.incrementAndGet()), published::add, PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());
    assertThrows(VersionConflictException.class,
        () -> losing.admitInformalPartner(id, founder, OPS, DAY));
    assertTrue(published.isEmpty());
  }

  @Test
  void a_local_pact_is_composed_from_stored_partnerships_and_their_scopes() {
    PartnershipId sectoral = found();
    PartnershipFounding f = founding();
    PartnershipId pact = service.found(f.toBuilder().name("Pakt").kind(PartnershipKind.LOCAL_PACT)
        .scope(PartnershipScope.MULTI_ASPECT).build()).get()
        .state().id();
    ActingPerson founder = ActingPerson.of(founderOf(pact), ActingRole.PARTNER_REPRESENTATIVE);
    assertEquals(List.of("LOCAL_PACT_COMPONENT_NOT_SECTORAL"),
        service.composeLocalPact(pact, founder, List.of(sectoral)).getLeft().codes());
    PartnershipFounding s = f.toBuilder().name("Sektorowe").scope(PartnershipScope.SECTORAL)
        .build();
    PartnershipId component = service.found(s).get().state().id();
    assertEquals(List.of(component), service.composeLocalPact(pact, founder, List.of(component))
        .get().state().components());
  }
}
