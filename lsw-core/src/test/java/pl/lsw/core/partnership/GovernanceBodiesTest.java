package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationModelRole;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;

class GovernanceBodiesTest {

  private static final BodyId NEW_BODY = BodyId.of(uuid(800));

  private static Partnership withPeople() {
    Partnership p = ok(founded().admitFormalMember(leaderRep(), NGO, DAY, DAY, NOW));
    p = ok(p.admitInformalPartner(leaderRep(), OPS, DAY, NOW));
    p = ok(p.registerPerson(leaderRep(), NGO_HEAD, PersonDetails.of("Ewa Prezes", "prezeska", NGO), NOW));
    return ok(p.registerPerson(leaderRep(), OPS_HEAD, PersonDetails.of("Jan Dyrektor", "dyrektor", OPS), NOW));
  }

  @Test
  void the_steering_committee_is_set_up_with_a_local_government_chair() {
    Change<Partnership> changed = withPeople().setUpSteeringCommittee(leaderRep(), SC, List.of(
        SteeringCommitteeMember.withMandate(MAYOR), SteeringCommitteeMember.withoutMandate(NGO_HEAD)),
        MAYOR, JST, NOW).get();
    assertEquals(Optional.of(BodyKind.STEERING_COMMITTEE), changed.state().bodyKind(SC));
    assertEquals(MAYOR, ((SteeringCommitteeSetUp) changed.events().get(0)).committee().chair());
  }

  @Test
  void a_chair_who_does_not_represent_local_government_is_refused() {
    Refusal refusal = refused(withPeople().setUpSteeringCommittee(leaderRep(), SC, List.of(
        SteeringCommitteeMember.withMandate(MAYOR), SteeringCommitteeMember.withMandate(NGO_HEAD)),
        NGO_HEAD, JST, NOW));
    assertEquals(List.of("SC_CHAIR_NOT_LOCAL_GOVERNMENT"), refusal.codes());
  }

  @Test
  void a_committee_composition_with_every_problem_is_refused_with_every_reason() {
    Refusal refusal = refused(governed().setUpSteeringCommittee(leaderRep(), TT, List.of(
        SteeringCommitteeMember.withMandate(STRANGER), SteeringCommitteeMember.withMandate(FORMER_WORKER),
        SteeringCommitteeMember.withMandate(NGO_HEAD), SteeringCommitteeMember.withoutMandate(NGO_HEAD)),
        MAYOR, Set.of(), NOW));
    assertEquals(List.of("SC_EXISTS", "BODY_ID_TAKEN", "SC_MEMBER_UNKNOWN", "SC_MEMBER_OUTSIDE",
        "SC_MEMBER_REPEATED", "SC_CHAIR_NOT_MEMBER", "SC_CHAIR_NOT_LOCAL_GOVERNMENT"),
        refusal.codes());
  }

  @Test
  void the_chair_changes_the_committee_which_keeps_its_id() {
    Partnership p = ok(governed().changeSteeringCommittee(chair(), List.of(
        SteeringCommitteeMember.withMandate(MAYOR), SteeringCommitteeMember.withMandate(OPS_HEAD)),
        MAYOR, JST, NOW));
    assertEquals(SC, p.steeringCommittee().orElseThrow().id());
    assertTrue(p.holds(OPS_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER));
    assertTrue(!p.holds(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER));
    assertEquals(List.of("SC_MISSING"), refused(withPeople().changeSteeringCommittee(leaderRep(),
        List.of(SteeringCommitteeMember.withMandate(MAYOR)), MAYOR, JST, NOW)).codes());
  }

  @Test
  void the_task_team_records_its_manager_with_qualifications_and_its_specialist() {
    Partnership p = governed();
    assertEquals(new ManagerQualifications(EducationLevel.HIGHER_MASTER, 5, 12),
        p.taskTeam().orElseThrow().managerQualifications());
    assertEquals(Optional.of(SPECIALIST), p.taskTeam().orElseThrow().knowledgeManagementSpecialist());
    Partnership changed = ok(p.changeTaskTeam(chair(), NGO_WORKER,
        new ManagerQualifications(EducationLevel.SECONDARY, 1, 0), null, List.of(), NOW));
    assertTrue(changed.holds(NGO_WORKER, ActingRole.TASK_TEAM_MANAGER));
    assertEquals(TT, changed.taskTeam().orElseThrow().id());
  }

  @Test
  void optional_parts_are_left_out_by_the_overloads_without_them_never_by_a_null() {
    Partnership p = governed();
    Partnership noSpecialist = ok(p.changeTaskTeam(chair(), MANAGER, qualified(), List.of(), NOW));
    assertTrue(noSpecialist.taskTeam().get().knowledgeManagementSpecialist().isEmpty());
    Partnership raised = ok(p.raiseMatter(leaderRep(), MatterId.of(uuid(801)), "dyżury", NOW));
    assertEquals("", raised.matter(MatterId.of(uuid(801))).get().description());
    PersonDetails details = PersonDetails.of("Ewa Prezes", "prezeska", NGO).withEmail("ewa@example.org")
        .withPhone("+48 22 000 00 02");
    assertEquals("ewa@example.org", details.email());
    assertEquals("+48 22 000 00 02", details.phone());
  }

  @Test
  void a_task_team_of_unknown_people_is_refused() {
    Refusal refusal = refused(withPeople().setUpTaskTeam(leaderRep(), NEW_BODY, STRANGER, null,
        STRANGER, List.of(NGO_HEAD, NGO_HEAD), NOW));
    assertEquals(List.of("TT_MANAGER_UNKNOWN", "TT_MANAGER_QUALIFICATIONS_MISSING",
        "TT_SPECIALIST_UNKNOWN", "TT_MEMBER_REPEATED"), refusal.codes());
    assertEquals(List.of("TT_EXISTS"), refused(governed().setUpTaskTeam(chair(), NEW_BODY, MANAGER,
        qualified(), null, List.of(), NOW)).codes());
  }

  @Test
  void several_consortia_may_exist_each_with_its_problem_and_competition() {
    Partnership p = ok(governed().setUpConsortium(chair(), NEW_BODY, "bezrobocie rodziców",
        "konkurs 13/2026", List.of(NGO), List.of(SPECIALIST), NOW));
    assertEquals(2, p.consortia().size());
    assertEquals("konkurs 13/2026", p.consortium(NEW_BODY).orElseThrow().competitionReference());
    Partnership changed = ok(p.changeConsortium(chair(), NEW_BODY, List.of(NGO, OPS),
        List.of(SPECIALIST, OPS_HEAD), NOW));
    assertEquals(List.of(NGO, OPS), changed.consortium(NEW_BODY).orElseThrow().organisations());
  }

  @Test
  void a_consortium_with_people_from_outside_its_organisations_is_refused() {
    Refusal refusal = refused(governed().setUpConsortium(chair(), CONSORTIUM, " ", null,
        List.of(OUTSIDER), List.of(MAYOR), NOW));
    assertEquals(List.of("BODY_ID_TAKEN", "CONSORTIUM_PROBLEM_EMPTY",
        "CONSORTIUM_COMPETITION_EMPTY", "CONSORTIUM_ORGANISATION_NOT_MEMBER",
        "CONSORTIUM_PERSON_OUTSIDE"), refusal.codes());
  }

  @Test
  void model_kooperacji_teams_have_members_in_their_roles() {
    Partnership p = ok(governed().setUpCooperationTeam(leaderRep(), NEW_BODY,
        BodyKind.VOIVODESHIP_COOPERATION_TEAM, List.of(
            new CooperationTeamMember(MAYOR, CooperationModelRole.VOIVODESHIP_BOARD_MEMBER),
            new CooperationTeamMember(SPECIALIST, CooperationModelRole.UNIVERSITY_REPRESENTATIVE)),
        NOW));
    assertEquals(Optional.of(BodyKind.VOIVODESHIP_COOPERATION_TEAM), p.bodyKind(NEW_BODY));
    assertTrue(p.holds(SPECIALIST, ActingRole.VOIVODESHIP_COOPERATION_TEAM_MEMBER));
    assertTrue(!p.holds(SPECIALIST, ActingRole.PARTNER_COOPERATION_TEAM_MEMBER));
    Partnership changed = ok(p.changeCooperationTeam(chair(), NEW_BODY, List.of(
        new CooperationTeamMember(NGO_HEAD, CooperationModelRole.MODEL_ADVISER)), NOW));
    assertTrue(!changed.holds(SPECIALIST, ActingRole.VOIVODESHIP_COOPERATION_TEAM_MEMBER));
    assertEquals(List.of("COOPERATION_TEAM_KIND"), refused(governed().setUpCooperationTeam(
        chair(), NEW_BODY, BodyKind.TASK_TEAM, List.of(), NOW)).codes());
  }

  @Test
  void network_workers_are_registered_people_listed_once() {
    assertEquals(List.of("NETWORK_WORKER_UNKNOWN", "NETWORK_WORKER_OUTSIDE", "NETWORK_WORKER_REPEATED"),
        refused(governed().appointNetworkWorkers(chair(), List.of(STRANGER, FORMER_WORKER,
            NGO_WORKER, NGO_WORKER), NOW)).codes());
    assertEquals(List.of(NGO_WORKER, SPECIALIST), ok(governed().appointNetworkWorkers(chair(),
        List.of(NGO_WORKER, SPECIALIST), NOW)).networkWorkers());
  }
}
