package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import io.vavr.control.Either;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.Position;

class AccessTest {

  private static final DecisionId DECISION = DecisionId.of(uuid(500));
  private static final MeetingId MEETING = MeetingId.of(uuid(600));

  private static DecisionProposal strategic() {
    return decision(DecisionKind.STRATEGIC, Position.ACCEPT, Position.ACCEPT, Position.ACCEPT);
  }

  @Test
  void a_person_not_registered_in_the_partnership_can_do_nothing() {
    Refusal refusal = refused(governed().raiseMatter(as(STRANGER, ActingRole.PARTNER_REPRESENTATIVE),
        MatterId.of(uuid(1)), "temat", null, NOW));
    assertEquals(List.of("ACTOR_UNKNOWN"), refusal.codes());
  }

  @Test
  void a_person_of_an_organisation_outside_the_partnership_can_do_nothing() {
    Refusal refusal = refused(withOutsidePerson().raiseMatter(
        as(OUTSIDE_PERSON, ActingRole.PARTNER_REPRESENTATIVE), MatterId.of(uuid(1)), "temat",
        null, NOW));
    assertEquals(List.of("ACTOR_OUTSIDE_PARTNERSHIP"), refusal.codes());
  }

  @Test
  void a_person_of_an_organisation_outside_the_partnership_is_refused_by_every_command() {
    Partnership p = withOutsidePerson();
    for (ActingRole role : ActingRole.values()) {
      pl.lsw.core.partnership.governance.ActingPerson a = as(OUTSIDE_PERSON, role);
      List<Either<Refusal, Change<Partnership>>> outcomes = List.of(
          p.admitInformalPartner(a, OUTSIDER, DAY, NOW),
          p.endMembership(a, OUTSIDER, DAY, NOW),
          p.endMembership(a, NGO, DAY, NOW),
          p.registerPerson(a, pl.lsw.core.partnership.governance.PersonId.of(uuid(2)),
              pl.lsw.core.partnership.governance.PersonDetails.of("X Y", "z", OUTSIDER), NOW),
          p.changeSteeringCommittee(a, p.steeringCommittee().get().members(), MAYOR, JST, NOW),
          p.changeTaskTeam(a, MANAGER, qualified(), null, List.of(), NOW),
          p.setUpConsortium(a, pl.lsw.core.partnership.governance.BodyId.of(uuid(3)), "p", "k",
              List.of(NGO), List.of(), NOW),
          p.changeConsortium(a, CONSORTIUM, List.of(NGO), List.of(), NOW),
          p.setUpCooperationTeam(a, pl.lsw.core.partnership.governance.BodyId.of(uuid(4)),
              pl.lsw.core.partnership.governance.BodyKind.PARTNER_COOPERATION_TEAM, List.of(), NOW),
          p.appointNetworkWorkers(a, List.of(), NOW),
          p.raiseMatter(a, MatterId.of(uuid(5)), "temat", null, NOW),
          p.recordMeeting(a, MEETING, meeting(SC, MAYOR), NOW),
          p.recordMeeting(a, MEETING, meeting(TT, MANAGER), NOW),
          p.recordDecision(a, DECISION, strategic(),
              PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
      for (var outcome : outcomes) {
        assertTrue(refused(outcome).has("ACTOR_OUTSIDE_PARTNERSHIP"), role.name());
      }
    }
  }

  @Test
  void a_person_whose_membership_ended_can_do_nothing() {
    Refusal refusal = refused(governed().raiseMatter(
        as(FORMER_WORKER, ActingRole.PARTNER_REPRESENTATIVE), MatterId.of(uuid(1)), "temat",
        null, NOW));
    assertEquals(List.of("ACTOR_MEMBERSHIP_ENDED"), refusal.codes());
  }

  @Test
  void the_role_named_must_be_one_the_person_holds() {
    Partnership p = governed();
    Refusal refusal = refused(p.recordDecision(as(NGO_WORKER, ActingRole.STEERING_COMMITTEE_CHAIR),
        DECISION, strategic(),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("ACTOR_ROLE_NOT_HELD"), refusal.codes());
    assertTrue(p.holds(MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR));
    assertTrue(p.holds(NGO_WORKER, ActingRole.TASK_TEAM_MEMBER));
    assertTrue(p.holds(NGO_WORKER, ActingRole.CONSORTIUM_MEMBER));
    assertTrue(p.holds(MANAGER, ActingRole.TASK_TEAM_MEMBER));
    assertTrue(p.holds(SPECIALIST, ActingRole.KNOWLEDGE_MANAGEMENT_SPECIALIST));
    assertTrue(!p.holds(NGO_HEAD, ActingRole.STEERING_COMMITTEE_CHAIR));
    assertTrue(!p.holds(MAYOR, ActingRole.NETWORK_WORKER));
  }

  @Test
  void only_the_steering_committee_decides() {
    Partnership p = governed();
    Refusal refusal = refused(p.recordDecision(as(MANAGER, ActingRole.TASK_TEAM_MANAGER),
        DECISION, strategic(),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED"), refusal.codes());
    assertTrue(refusal.reasons().get(0).message().contains("only the Steering Committee decides"));

    assertTrue(p.recordDecision(as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER), DECISION,
        strategic(),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW).isRight());
    assertTrue(p.recordDecision(chair(), DECISION, strategic(),
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW).isRight());
  }

  @Test
  void only_the_task_team_manager_records_task_team_meetings() {
    Partnership p = governed();
    assertTrue(p.recordMeeting(as(MANAGER, ActingRole.TASK_TEAM_MANAGER), MEETING,
        meeting(TT, MANAGER), NOW).isRight());
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED"), refused(p.recordMeeting(chair(), MEETING,
        meeting(TT, MANAGER), NOW)).codes());
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED"), refused(p.recordMeeting(
        as(NGO_WORKER, ActingRole.TASK_TEAM_MEMBER), MEETING, meeting(TT, MANAGER), NOW))
        .codes());
    assertEquals(List.of("ACTOR_ROLE_NOT_HELD"), refused(p.recordMeeting(
        as(NGO_WORKER, ActingRole.TASK_TEAM_MANAGER), MEETING, meeting(TT, MANAGER), NOW))
        .codes());
  }

  @Test
  void a_consortium_meeting_is_recorded_by_one_of_its_own_members() {
    Partnership p = governed();
    assertTrue(p.recordMeeting(as(OPS_HEAD, ActingRole.CONSORTIUM_MEMBER), MEETING,
        meeting(CONSORTIUM, OPS_HEAD), NOW).isRight());
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED", "ACTOR_NOT_IN_BODY"), refused(p.recordMeeting(
        chair(), MEETING, meeting(CONSORTIUM, OPS_HEAD), NOW)).codes());
  }

  @Test
  void only_members_with_a_mandate_bind_their_organisation() {
    Partnership p = governed();
    DecisionProposal bindsNgo = DecisionProposal.builder().date(DAY).subject("wspólny wniosek")
        .kind(DecisionKind.STRATEGIC).proposer(MAYOR).positions(strategic().positions())
        .binds(Set.of(NGO, DISTRICT)).build();
    assertEquals(Set.of(NGO, DISTRICT), ok(p.recordDecision(chair(), DECISION, bindsNgo,
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW))
        .decision(DECISION).orElseThrow().boundOrganisations());

    DecisionProposal bindsOps = DecisionProposal.builder().date(DAY).subject("wspólny wniosek")
        .kind(DecisionKind.STRATEGIC).proposer(MAYOR).positions(strategic().positions())
        .binds(Set.of(OPS, OUTSIDER)).build();
    Refusal refusal = refused(p.recordDecision(chair(), DECISION, bindsOps,
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("GOV-MANDATE", "GOV-MANDATE"), refusal.codes());
  }

  @Test
  void a_refusal_lists_every_reason_at_once_and_changes_nothing() {
    Partnership p = withOutsidePerson();
    Partnership before = Partnership.copyOf(p);
    DecisionProposal bad = DecisionProposal.builder().meeting(MeetingId.of(uuid(9))).subject("")
        .proposer(STRANGER).positions(List.of()).binds(Set.of(OPS)).build();
    Refusal refusal = refused(p.recordDecision(
        as(OUTSIDE_PERSON, ActingRole.TASK_TEAM_MANAGER), DECISION, bad,
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("ACTOR_OUTSIDE_PARTNERSHIP", "ACTOR_ROLE_NOT_HELD",
        "ACTOR_ROLE_NOT_ALLOWED", "DECISION_MEETING_UNKNOWN", "DECISION_DATE_MISSING",
        "DECISION_SUBJECT_EMPTY", "DECISION_KIND_MISSING", "DECISION_PROPOSER_UNKNOWN",
        "DECISION_POSITION_MISSING", "DECISION_POSITION_MISSING", "DECISION_POSITION_MISSING",
        "GOV-MANDATE"), refusal.codes());
    assertEquals(before, p);
  }
}
