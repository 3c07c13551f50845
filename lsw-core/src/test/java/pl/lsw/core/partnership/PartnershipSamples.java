package pl.lsw.core.partnership;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
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

/**
 * Partnerships for tests of stores: a just-founded one and one with something in every part.
 * Ids come from the caller's seeded {@link Random}.
 */
public final class PartnershipSamples {

  /** The instant most records of a governed partnership carry (with nanoseconds). */
  public static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456789Z");

  /** The NGO that is a formal member of every governed partnership. */
  public static final OrganisationId SHARED_NGO = OrganisationId.of(new UUID(0x5eedL, 2));
  /** The OPS that is an informal partner of every governed partnership. */
  public static final OrganisationId SHARED_OPS = OrganisationId.of(new UUID(0x5eedL, 3));

  private PartnershipSamples() {}

  /** A random UUID drawn from {@code rnd}. */
  public static UUID uuid(Random rnd) {
    return new UUID(rnd.nextLong(), rnd.nextLong());
  }

  /** A random partnership id. */
  public static PartnershipId id(Random rnd) {
    return PartnershipId.of(uuid(rnd));
  }

  /** A partnership as just founded: one leader, one person, nothing else. */
  public static Partnership minimal(Random rnd, PartnershipId id, String name,
      List<TerytCode> territory) {
    OrganisationId leader = OrganisationId.of(uuid(rnd));
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
        .persons(List.of(Person.builder().id(PersonId.of(uuid(rnd))).name("Anna Zalozycielka")
            .position("burmistrz").organisation(leader).build()))
        .build();
  }

  /**
   * A partnership with something in every part: four memberships (leader, formal member,
   * informal partner, one ended), eight people with and without contacts, two matters (one with
   * a status history), the Steering Committee with and without mandates, the Task Team, two
   * consortia, a PZK and a WZK, two network workers, two meetings and two decisions (the second
   * supersedes the first). The NGO and the OPS are the same in every call ({@link #SHARED_NGO},
   * {@link #SHARED_OPS}); every other id is new.
   */
  public static Partnership governed(Random rnd, PartnershipId id, String name,
      List<TerytCode> territory) {
    OrganisationId leader = OrganisationId.of(uuid(rnd));
    OrganisationId ngo = SHARED_NGO;
    OrganisationId ops = SHARED_OPS;
    OrganisationId former = OrganisationId.of(uuid(rnd));
    PersonId mayor = PersonId.of(uuid(rnd));
    PersonId ngoHead = PersonId.of(uuid(rnd));
    PersonId opsHead = PersonId.of(uuid(rnd));
    PersonId manager = PersonId.of(uuid(rnd));
    PersonId specialist = PersonId.of(uuid(rnd));
    PersonId worker = PersonId.of(uuid(rnd));
    PersonId animator = PersonId.of(uuid(rnd));
    PersonId formerWorker = PersonId.of(uuid(rnd));
    ActingPerson chair = ActingPerson.of(mayor, ActingRole.STEERING_COMMITTEE_CHAIR);
    ActingPerson managerActor = ActingPerson.of(manager, ActingRole.TASK_TEAM_MANAGER);
    BodyId sc = BodyId.of(uuid(rnd));
    BodyId tt = BodyId.of(uuid(rnd));
    MeetingId scMeeting = MeetingId.of(uuid(rnd));
    DecisionId budget = DecisionId.of(uuid(rnd));
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
            RaisedMatter.builder().id(MatterId.of(uuid(rnd))).raisedBy(ngo).raisedByPerson(ngoHead)
                .raisedAt(NOW.minusSeconds(86_400)).subject("brak miejsc w swietlicy")
                .description("Dzieci z ul. Zabkowskiej czekaja na miejsce.")
                .history(List.of(
                    new MatterStatusChange(MatterStatus.OPEN, NOW.minusSeconds(86_400),
                        ActingPerson.of(ngoHead, ActingRole.PARTNER_REPRESENTATIVE)),
                    new MatterStatusChange(MatterStatus.ACCEPTED, NOW.minusSeconds(3_600), chair),
                    new MatterStatusChange(MatterStatus.IN_PROGRESS, NOW, managerActor)))
                .build(),
            RaisedMatter.builder().id(MatterId.of(uuid(rnd))).raisedBy(ops).raisedByPerson(opsHead)
                .raisedAt(NOW).subject("dowozy na zajecia")
                .history(List.of(new MatterStatusChange(MatterStatus.OPEN, NOW,
                    ActingPerson.of(opsHead, ActingRole.PARTNER_REPRESENTATIVE))))
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
            ExecutiveConsortium.builder().id(BodyId.of(uuid(rnd))).problem("przemoc w rodzinie")
                .competitionReference("konkurs 12/2026").organisations(List.of(ops, ngo))
                .persons(List.of(worker, opsHead)).build(),
            ExecutiveConsortium.builder().id(BodyId.of(uuid(rnd))).problem("samotnosc seniorow")
                .competitionReference("konkurs 13/2026").organisations(List.of(leader))
                .persons(List.of()).build()))
        .cooperationTeams(List.of(
            CooperationTeam.builder().id(BodyId.of(uuid(rnd))).kind(BodyKind.PARTNER_COOPERATION_TEAM)
                .members(List.of(
                    new CooperationTeamMember(animator, CooperationModelRole.PCPR_LEADER_ANIMATOR),
                    new CooperationTeamMember(mayor, CooperationModelRole.COMMUNE_COUNCILLOR)))
                .build(),
            CooperationTeam.builder().id(BodyId.of(uuid(rnd)))
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
            Meeting.builder().id(MeetingId.of(uuid(rnd))).body(tt).bodyKind(BodyKind.TASK_TEAM)
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
            Decision.builder().id(DecisionId.of(uuid(rnd))).body(sc)
                .date(LocalDate.of(2026, 2, 25)).subject("korekta budzetu 2026")
                .kind(DecisionKind.SCHEDULE_OR_BUDGET_CHANGE).proposer(ngoHead)
                .positions(List.of(MemberPosition.of(mayor, Position.OBJECT),
                    MemberPosition.of(opsHead, Position.ABSTAIN),
                    MemberPosition.of(ngoHead, Position.ACCEPT)))
                .supersedes(budget)
                .recordedBy(ActingPerson.of(ngoHead, ActingRole.STEERING_COMMITTEE_MEMBER))
                .recordedAt(NOW.plusSeconds(5 * 86_400)).build()))
        .build();
  }

  private static Person person(PersonId id, String name, String position,
      OrganisationId organisation, String email, String phone) {
    return Person.builder().id(id).name(name).position(position).organisation(organisation)
        .email(Optional.ofNullable(email)).phone(Optional.ofNullable(phone)).build();
  }
}
