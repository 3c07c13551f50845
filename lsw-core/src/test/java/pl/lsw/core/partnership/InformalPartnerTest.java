package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;

/** An informal partner takes part at any stage and is never refused for lack of a declaration. */
class InformalPartnerTest {

  @Test
  void an_informal_partner_takes_part_in_everything() {
    Partnership p = governed();
    assertEquals(MembershipForm.INFORMAL, p.activeMembership(OPS).orElseThrow().form());

    // raises a matter
    p = ok(p.raiseMatter(as(OPS_HEAD, ActingRole.PARTNER_REPRESENTATIVE), MatterId.of(uuid(700)),
        "brak miejsc w świetlicy", null, NOW));
    // registers its own people
    PersonId worker = PersonId.of(uuid(701));
    p = ok(p.registerPerson(as(OPS_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER), worker,
        PersonDetails.of("Maria Asystentka", "asystentka rodziny", OPS), NOW));
    // hosts and records a consortium meeting open to families
    p = ok(p.recordMeeting(as(OPS_HEAD, ActingRole.CONSORTIUM_MEMBER), MeetingId.of(uuid(702)),
        MeetingDetails.builder().body(CONSORTIUM).date(DAY)
            .duration(java.time.Duration.ofMinutes(90)).chair(OPS_HEAD).host(OPS)
            .attendees(List.of(OPS_HEAD, NGO_WORKER)).openToFamilies(true)
            .familyRepresentativesPresent(4).build(), NOW));
    // records a Steering Committee decision as a member
    p = ok(p.recordDecision(as(OPS_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER),
        DecisionId.of(uuid(703)), decision(DecisionKind.OTHER, Position.ACCEPT, Position.ACCEPT,
            Position.ACCEPT), PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    // sits in a Model Kooperacji team and is a network worker
    p = ok(p.setUpCooperationTeam(chair(), BodyId.of(uuid(704)),
        pl.lsw.core.partnership.governance.BodyKind.PARTNER_COOPERATION_TEAM,
        List.of(new pl.lsw.core.partnership.governance.CooperationTeamMember(worker,
            pl.lsw.core.partnership.governance.CooperationModelRole.GOPS_ANIMATOR)), NOW));
    p = ok(p.appointNetworkWorkers(chair(), List.of(worker, NGO_WORKER), NOW));
    assertTrue(p.holds(worker, ActingRole.NETWORK_WORKER));
    assertTrue(p.holds(worker, ActingRole.PARTNER_COOPERATION_TEAM_MEMBER));
  }

  @Test
  void a_partnership_whose_only_other_partner_is_informal_can_set_up_its_committee() {
    Partnership p = ok(founded().admitInformalPartner(leaderRep(), OPS, FOUNDED, NOW));
    p = ok(p.registerPerson(leaderRep(), OPS_HEAD, PersonDetails.of("Jan Dyrektor", "dyrektor", OPS), NOW));
    p = ok(p.setUpSteeringCommittee(leaderRep(), SC, List.of(SteeringCommitteeMember.withMandate(MAYOR),
        SteeringCommitteeMember.withMandate(OPS_HEAD)), MAYOR, Set.of(DISTRICT), NOW));
    assertTrue(p.steeringCommittee().orElseThrow().member(OPS_HEAD).orElseThrow().mandate());
  }
}
