package pl.lsw.core.partnership.governance.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Seat;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.MembershipRole;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
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
import pl.lsw.core.partnership.governance.SteeringCommittee;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleReport;

/**
 * A partnership that meets every governance rule over 2026: founded on 1 December 2025, six
 * partners of every kind asked for, a Steering Committee meeting in each quarter, a Task Team
 * meeting on the 15th of every month, a consortium meeting each quarter, one open meeting with
 * families, two network workers and rotating hosts. Tests change one thing at a time.
 */
final class GovernanceFixture {

  static final LocalDate FOUNDED = LocalDate.of(2025, 12, 1);
  static final DateRange YEAR_2026 = DateRange.ofOrThrow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  static final LocalDate AS_OF = LocalDate.of(2027, 1, 15);
  static final Instant RECORDED = Instant.parse("2027-01-10T10:00:00Z");

  static final PartnershipId ID = PartnershipId.of(uuid(900));
  static final OrganisationId DISTRICT = OrganisationId.of(uuid(1));
  static final OrganisationId NGO = OrganisationId.of(uuid(2));
  static final OrganisationId SCHOOL = OrganisationId.of(uuid(3));
  static final OrganisationId JOB_CENTRE = OrganisationId.of(uuid(4));
  static final OrganisationId CLINIC = OrganisationId.of(uuid(5));
  static final OrganisationId PARENTS = OrganisationId.of(uuid(6));

  static final PersonId MAYOR = PersonId.of(uuid(11));
  static final PersonId NGO_HEAD = PersonId.of(uuid(12));
  static final PersonId MANAGER = PersonId.of(uuid(13));
  static final PersonId WORKER_1 = PersonId.of(uuid(14));
  static final PersonId WORKER_2 = PersonId.of(uuid(15));
  static final PersonId HEADMASTER = PersonId.of(uuid(16));

  static final BodyId SC = BodyId.of(uuid(21));
  static final BodyId TT = BodyId.of(uuid(22));
  static final BodyId CONSORTIUM = BodyId.of(uuid(23));

  static final List<OrganisationId> HOSTS = List.of(DISTRICT, NGO, SCHOOL);

  private static final java.util.concurrent.atomic.AtomicLong NEXT = new java.util.concurrent.atomic.AtomicLong(1000);

  private GovernanceFixture() {}

  static UUID uuid(long n) {
    return new UUID(0x90aL, n);
  }

  static Organisation organisation(OrganisationId id, String name, Sector sector,
      SocialServiceField... fields) {
    return Organisation.builder().id(id).name(name).legalForm(LegalForm.OTHER).sector(sector)
        .fields(fields.length == 0 ? EnumSet.noneOf(SocialServiceField.class) : EnumSet.of(fields[0], fields))
        .seat(Seat.of(TerytCode.of("1465088"), sector == Sector.FAMILY_REPRESENTATIVE
            ? "Warszawa, Praga-Północ" : "ul. Ząbkowska 1, 03-736 Warszawa")).build();
  }

  static List<Organisation> organisations() {
    return List.of(
        organisation(DISTRICT, "Urząd Dzielnicy", Sector.PUBLIC, SocialServiceField.SOCIAL_ASSISTANCE),
        organisation(NGO, "Fundacja Kokon", Sector.NGO, SocialServiceField.CULTURE,
            SocialServiceField.FAMILY_SUPPORT),
        organisation(SCHOOL, "Szkoła Podstawowa nr 1", Sector.PUBLIC, SocialServiceField.PUBLIC_EDUCATION),
        organisation(JOB_CENTRE, "Urząd Pracy", Sector.PUBLIC, SocialServiceField.COUNTERACTING_UNEMPLOYMENT),
        organisation(CLINIC, "Przychodnia", Sector.PUBLIC, SocialServiceField.HEALTH_PROMOTION_AND_PROTECTION),
        organisation(PARENTS, "RR-PRAGA-1", Sector.FAMILY_REPRESENTATIVE, SocialServiceField.FAMILY_SUPPORT));
  }

  static Person person(PersonId id, String name, OrganisationId organisation) {
    return Person.builder().id(id).name(name).position("przedstawiciel").organisation(organisation).build();
  }

  static Membership member(OrganisationId id, MembershipRole role) {
    return Membership.builder().organisation(id).form(MembershipForm.FORMAL).declarationDate(FOUNDED)
        .role(role).joinedOn(FOUNDED).build();
  }

  static ManagerQualifications qualified() {
    return new ManagerQualifications(EducationLevel.HIGHER_MASTER, 5, 12);
  }

  /** The partnership without meetings or decisions. */
  static Partnership bare() {
    List<Membership> members = new ArrayList<>();
    members.add(member(DISTRICT, MembershipRole.LEADER));
    for (OrganisationId o : List.of(NGO, SCHOOL, JOB_CENTRE, CLINIC, PARENTS)) {
      members.add(member(o, MembershipRole.MEMBER));
    }
    return Partnership.builder().id(ID).name("Praski Kokon").kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM)
        .inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT).scope(PartnershipScope.MULTI_ASPECT)
        .focusDomains(Set.of(SocialServiceField.FAMILY_SUPPORT))
        .territory(List.of(TerytCode.of("1465088"))).leader(DISTRICT).foundedOn(FOUNDED)
        .memberships(members)
        .persons(List.of(person(MAYOR, "Anna Burmistrz", DISTRICT), person(NGO_HEAD, "Ewa Prezes", NGO),
            person(MANAGER, "Piotr Kierownik", DISTRICT), person(WORKER_1, "Kasia Animatorka", NGO),
            person(WORKER_2, "Tomasz Animator", DISTRICT), person(HEADMASTER, "Jan Dyrektor", SCHOOL)))
        .steeringCommittee(SteeringCommittee.builder().id(SC)
            .members(List.of(SteeringCommitteeMember.withMandate(MAYOR),
                SteeringCommitteeMember.withMandate(NGO_HEAD),
                SteeringCommitteeMember.withoutMandate(HEADMASTER)))
            .chair(MAYOR).build())
        .taskTeam(TaskTeam.builder().id(TT).manager(MANAGER).managerQualifications(qualified())
            .members(List.of(WORKER_1)).build())
        .consortia(List.of(ExecutiveConsortium.builder().id(CONSORTIUM).problem("przemoc w rodzinie")
            .competitionReference("konkurs 12/2025").organisations(List.of(NGO, SCHOOL))
            .persons(List.of(WORKER_1, HEADMASTER)).build()))
        .networkWorkers(List.of(WORKER_1, WORKER_2))
        .build();
  }

  /** The compliant partnership: {@link #bare()} with the meetings of 2026. */
  static Partnership compliant() {
    List<Meeting> meetings = new ArrayList<>();
    int[] scMonths = {2, 5, 8, 11};
    for (int i = 0; i < scMonths.length; i++) {
      Meeting m = meeting(SC, BodyKind.STEERING_COMMITTEE, LocalDate.of(2026, scMonths[i], 10), MAYOR,
          HOSTS.get(i % 3));
      if (i == 1) {
        m = open(m, 3);
      }
      meetings.add(m);
    }
    for (int month = 1; month <= 12; month++) {
      meetings.add(meeting(TT, BodyKind.TASK_TEAM, LocalDate.of(2026, month, 15), MANAGER,
          HOSTS.get(month % 3)));
    }
    PersonId[] chairs = {WORKER_1, HEADMASTER};
    for (int q = 0; q < 4; q++) {
      meetings.add(meeting(CONSORTIUM, BodyKind.EXECUTIVE_CONSORTIUM, LocalDate.of(2026, 3 * q + 1, 20),
          chairs[q % 2], HOSTS.get((q + 1) % 3)));
    }
    return bare().withMeetings(meetings);
  }

  static Meeting meeting(BodyId body, BodyKind kind, LocalDate date, PersonId chair,
      OrganisationId host) {
    return Meeting.builder().id(MeetingId.of(uuid(NEXT.getAndIncrement()))).body(body).bodyKind(kind).date(date)
        .duration(Duration.ofHours(2)).chair(chair).host(host).attendees(List.of(chair))
        .openToFamilies(false).familyRepresentativesPresent(0)
        .recordedBy(ActingPerson.of(chair, ActingRole.PARTNER_REPRESENTATIVE)).recordedAt(RECORDED).build();
  }

  static Meeting open(Meeting m, int families) {
    return Meeting.builder().from(m).openToFamilies(true).familyRepresentativesPresent(families).build();
  }

  static Decision decision(LocalDate date, DecisionKind kind, List<MemberPosition> positions,
      Set<OrganisationId> binds) {
    return Decision.builder().id(DecisionId.of(uuid(NEXT.getAndIncrement()))).body(SC).date(date).subject("budżet 2026")
        .kind(kind).proposer(MANAGER).positions(positions).binds(binds)
        .recordedBy(ActingPerson.of(MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR)).recordedAt(RECORDED).build();
  }

  static Partnership withMeetings(Partnership p, List<Meeting> meetings) {
    return p.withMeetings(meetings);
  }

  static List<Meeting> without(Partnership p, BodyId body) {
    return p.meetings().stream().filter(m -> !m.body().equals(body)).toList();
  }

  static List<Meeting> plus(List<Meeting> meetings, List<Meeting> more) {
    List<Meeting> out = new ArrayList<>(meetings);
    out.addAll(more);
    return out;
  }

  /** Runs one rule on the partnership over 2026 as of {@link #AS_OF}, with the defaults. */
  static List<Finding> run(Rule<GovernanceSubject> rule, Partnership p) {
    return run(rule, p, YEAR_2026, AS_OF, GovernanceParameters.defaults());
  }

  /** Runs one rule and checks that it did not fail. */
  static List<Finding> run(Rule<GovernanceSubject> rule, Partnership p, DateRange period,
      LocalDate asOf, ParameterSet parameters) {
    RuleReport report = RuleEngine.evaluate(GovernanceSubject.of(p, organisations(), period),
        "test", List.of(rule), asOf, parameters);
    assertTrue(report.isComplete(), () -> "rule failed: " + report.failures());
    return report.findings();
  }
}
