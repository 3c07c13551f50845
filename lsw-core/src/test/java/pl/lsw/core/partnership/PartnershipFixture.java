package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.fail;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;

/**
 * A partnership modelled on Praski Kokon: the district office (JST) leads; an NGO is a formal
 * member; the district's social assistance centre (OPS) is an informal partner; a fourth
 * organisation joined and left. People, the Steering Committee, the Task Team and one consortium
 * are set up by commands, so the fixture also exercises the accepted paths. Shipped in the core's
 * test-jar: {@link #everything()} fills every part of the aggregate, for storage round trips.
 */
public final class PartnershipFixture {

  public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  public static final LocalDate FOUNDED = LocalDate.of(2026, 1, 12);
  public static final LocalDate DAY = LocalDate.of(2026, 2, 20);

  public static final PartnershipId ID = PartnershipId.of(uuid(100));
  public static final OrganisationId DISTRICT = OrganisationId.of(uuid(1));
  public static final OrganisationId NGO = OrganisationId.of(uuid(2));
  public static final OrganisationId OPS = OrganisationId.of(uuid(3));
  public static final OrganisationId OUTSIDER = OrganisationId.of(uuid(4));
  public static final OrganisationId FORMER = OrganisationId.of(uuid(5));

  /** The district mayor, founder, chair of the Steering Committee (with a mandate). */
  public static final PersonId MAYOR = PersonId.of(uuid(11));
  /** The NGO's president, Steering Committee member with a mandate. */
  public static final PersonId NGO_HEAD = PersonId.of(uuid(12));
  /** The OPS director (informal partner), Steering Committee member without a mandate. */
  public static final PersonId OPS_HEAD = PersonId.of(uuid(13));
  /** The Task Team Manager (district office). */
  public static final PersonId MANAGER = PersonId.of(uuid(14));
  /** The knowledge-management specialist (NGO). */
  public static final PersonId SPECIALIST = PersonId.of(uuid(15));
  /** An NGO worker: Task Team member and consortium specialist. */
  public static final PersonId NGO_WORKER = PersonId.of(uuid(16));
  /** A person of the organisation that left. */
  public static final PersonId FORMER_WORKER = PersonId.of(uuid(17));
  /** A person never registered. */
  public static final PersonId STRANGER = PersonId.of(uuid(18));
  /** A person of an organisation that never was a member (only reachable by restoring state). */
  public static final PersonId OUTSIDE_PERSON = PersonId.of(uuid(19));

  public static final BodyId SC = BodyId.of(uuid(21));
  public static final BodyId TT = BodyId.of(uuid(22));
  public static final BodyId CONSORTIUM = BodyId.of(uuid(23));

  public static final Set<OrganisationId> JST = Set.of(DISTRICT);

  /** The rule environment of the commands that run rules. */
  public static final RuleEnvironment RULES =
      RuleEnvironment.of(ParameterSet.statutory(), WorkingDayCalendar.polish());

  /** The organisations' names as a registry would give them; none for the outsider. */
  public static Optional<String> organisationName(OrganisationId organisation) {
    Map<OrganisationId, String> names = Map.of(DISTRICT, "Urząd Dzielnicy Praga-Północ",
        NGO, "Fundacja Kokon", OPS, "Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ",
        FORMER, "Stowarzyszenie Dawne");
    return Optional.ofNullable(names.get(organisation));
  }

  private PartnershipFixture() {}

  public static UUID uuid(long n) {
    return new UUID(0x15a0L, n);
  }

  public static ActingPerson as(PersonId person, ActingRole role) {
    return ActingPerson.of(person, role);
  }

  public static ActingPerson leaderRep() {
    return as(MAYOR, ActingRole.PARTNER_REPRESENTATIVE);
  }

  public static ActingPerson chair() {
    return as(MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR);
  }

  public static PartnershipFounding founding() {
    return PartnershipFounding.builder().name("Praski Kokon")
        .kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT).scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(EnumSet.of(SocialServiceField.FAMILY_SUPPORT))
        .territory(List.of(TerytCode.of("1465088"))).leader(DISTRICT)
        .leaderDeclarationDate(LocalDate.of(2026, 1, 5)).foundedOn(FOUNDED)
        .founder(new PersonDetails("Anna Burmistrz", "burmistrz dzielnicy", DISTRICT,
            "anna@praga.example", "+48 22 111 22 33")).build();
  }

  public static Partnership founded() {
    return ok(Partnership.found(ID, MAYOR, founding(), NOW));
  }

  /** Members, people and bodies; no meetings, decisions or matters yet. */
  public static Partnership governed() {
    Partnership p = founded();
    p = ok(p.admitFormalMember(leaderRep(), NGO, LocalDate.of(2026, 1, 20), FOUNDED, NOW));
    p = ok(p.admitInformalPartner(leaderRep(), OPS, FOUNDED, NOW));
    p = ok(p.admitFormalMember(leaderRep(), FORMER, LocalDate.of(2026, 1, 20), FOUNDED, NOW));
    p = ok(p.registerPerson(leaderRep(), NGO_HEAD, PersonDetails.of("Ewa Prezes", "prezeska", NGO), NOW));
    p = ok(p.registerPerson(leaderRep(), OPS_HEAD, PersonDetails.of("Jan Dyrektor", "dyrektor OPS", OPS), NOW));
    p = ok(p.registerPerson(leaderRep(), MANAGER, PersonDetails.of("Piotr Kierownik", "kierownik", DISTRICT), NOW));
    p = ok(p.registerPerson(leaderRep(), SPECIALIST, PersonDetails.of("Olga Wiedza", "specjalistka", NGO), NOW));
    p = ok(p.registerPerson(leaderRep(), NGO_WORKER, PersonDetails.of("Kasia Praca", "pedagog", NGO), NOW));
    p = ok(p.registerPerson(leaderRep(), FORMER_WORKER, PersonDetails.of("Adam Były", "psycholog", FORMER), NOW));
    p = ok(p.setUpSteeringCommittee(leaderRep(), SC, List.of(
        SteeringCommitteeMember.withMandate(MAYOR), SteeringCommitteeMember.withMandate(NGO_HEAD),
        SteeringCommitteeMember.withoutMandate(OPS_HEAD)), MAYOR, JST, NOW));
    p = ok(p.setUpTaskTeam(chair(), TT, MANAGER, qualified(), SPECIALIST, List.of(NGO_WORKER), NOW));
    p = ok(p.setUpConsortium(chair(), CONSORTIUM, "przemoc w rodzinie", "konkurs 12/2026",
        List.of(NGO, OPS), List.of(NGO_WORKER, OPS_HEAD), NOW));
    p = ok(p.endMembership(leaderRep(), FORMER, DAY, NOW));
    return p;
  }

  /**
   * Every part of the aggregate filled in: ended and informal memberships, people with and
   * without contacts, all bodies (a PZK and a WZK too), network workers, matters with a status
   * history, meetings with and without references and families, decisions of several kinds with
   * bound organisations, one of them superseded.
   */
  public static Partnership everything() {
    Partnership p = governed();
    BodyId pzk = BodyId.of(uuid(31));
    BodyId wzk = BodyId.of(uuid(32));
    p = ok(p.setUpCooperationTeam(chair(), pzk, pl.lsw.core.partnership.governance.BodyKind.PARTNER_COOPERATION_TEAM,
        List.of(new pl.lsw.core.partnership.governance.CooperationTeamMember(OPS_HEAD,
            pl.lsw.core.partnership.governance.CooperationModelRole.GOPS_ANIMATOR)), NOW));
    p = ok(p.setUpCooperationTeam(chair(), wzk, pl.lsw.core.partnership.governance.BodyKind.VOIVODESHIP_COOPERATION_TEAM,
        List.of(new pl.lsw.core.partnership.governance.CooperationTeamMember(MAYOR,
            pl.lsw.core.partnership.governance.CooperationModelRole.VOIVODESHIP_BOARD_MEMBER)), NOW));
    p = ok(p.appointNetworkWorkers(chair(), List.of(NGO_WORKER, OPS_HEAD), NOW));
    MatterId matter = MatterId.of(uuid(41));
    p = ok(p.raiseMatter(as(OPS_HEAD, ActingRole.PARTNER_REPRESENTATIVE), matter,
        "brak miejsc w świetlicy", "dzieci czekają", NOW));
    p = ok(p.changeMatterStatus(chair(), matter, MatterStatus.ACCEPTED, NOW.plusSeconds(60)));
    p = ok(p.raiseMatter(leaderRep(), MatterId.of(uuid(42)), "dyżury psychologa", null, NOW));
    pl.lsw.core.partnership.governance.MeetingId scMeeting =
        pl.lsw.core.partnership.governance.MeetingId.of(uuid(51));
    p = ok(p.recordMeeting(chair(), scMeeting, MeetingDetails.builder().body(SC).date(DAY)
        .duration(Duration.ofMinutes(150)).chair(MAYOR).host(OPS)
        .attendees(List.of(MAYOR, NGO_HEAD, OPS_HEAD)).openToFamilies(true)
        .familyRepresentativesPresent(3).agendaReference("agenda/1").minutesReference("minutes/1")
        .build(), NOW));
    p = ok(p.recordMeeting(as(MANAGER, ActingRole.TASK_TEAM_MANAGER),
        pl.lsw.core.partnership.governance.MeetingId.of(uuid(52)), MeetingDetails.builder()
            .body(TT).date(DAY).duration(Duration.ofHours(2)).chair(MANAGER).host(NGO)
            .attendees(List.of()).openToFamilies(false).familyRepresentativesPresent(0)
            .build(), NOW));
    pl.lsw.core.partnership.governance.DecisionId budget =
        pl.lsw.core.partnership.governance.DecisionId.of(uuid(61));
    p = ok(p.recordDecision(chair(), budget, DecisionProposal.builder().meeting(scMeeting)
        .date(DAY).subject("budżet 2026").kind(DecisionKind.FINANCIAL).proposer(MANAGER)
        .positions(decision(DecisionKind.FINANCIAL, Position.ACCEPT,
            Position.ACCEPT, Position.ABSTAIN).positions()).binds(Set.of(DISTRICT, NGO)).build(),
                PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    p = ok(p.supersedeDecision(chair(), pl.lsw.core.partnership.governance.DecisionId.of(uuid(62)),
        budget, DecisionProposal.builder().date(DAY.plusDays(7))
            .subject("budżet 2026 (poprawiony)").kind(DecisionKind.FINANCIAL).proposer(MAYOR)
            .positions(decision(DecisionKind.FINANCIAL, Position.ACCEPT,
                Position.ACCEPT, Position.ACCEPT).positions()).binds(Set.of(DISTRICT, NGO)).build(),
                    PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    return p;
  }

  /** A state with a person of an organisation that never was a member. */
  public static Partnership withOutsidePerson() {
    Partnership p = governed();
    return p.withPersons(append(p.persons(), pl.lsw.core.partnership.governance.Person.builder()
        .id(OUTSIDE_PERSON).name("Obcy Człowiek").position("gość").organisation(OUTSIDER).build()));
  }

  public static ManagerQualifications qualified() {
    return new ManagerQualifications(EducationLevel.HIGHER_MASTER, 5, 12);
  }

  public static MeetingDetails meeting(BodyId body, PersonId chair) {
    return MeetingDetails.builder().body(body).date(DAY).duration(Duration.ofHours(2)).chair(chair)
        .host(DISTRICT).attendees(List.of(MAYOR, NGO_HEAD, OPS_HEAD)).openToFamilies(false)
        .familyRepresentativesPresent(0).agendaReference("agenda/2026-02")
        .minutesReference("minutes/2026-02").build();
  }

  public static DecisionProposal decision(DecisionKind kind, Position mayor, Position ngo, Position ops) {
    return DecisionProposal.builder().date(DAY).subject("budżet działań 2026").kind(kind)
        .proposer(MANAGER)
        .positions(List.of(MemberPosition.of(MAYOR, mayor), MemberPosition.of(NGO_HEAD, ngo),
            MemberPosition.of(OPS_HEAD, ops))).binds(Set.of()).build();
  }

  public static Partnership ok(Either<Refusal, Change<Partnership>> outcome) {
    if (outcome.isLeft()) {
      fail("expected the command to be accepted, but it was " + outcome.getLeft());
    }
    return outcome.get().state();
  }

  public static Refusal refused(Either<Refusal, Change<Partnership>> outcome) {
    if (outcome.isRight()) {
      fail("expected a refusal, but the command was accepted with " + outcome.get().events());
    }
    return outcome.getLeft();
  }

  public static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new java.util.ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
