package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;
import static pl.lsw.core.partnership.governance.Position.ABSTAIN;
import static pl.lsw.core.partnership.governance.Position.ACCEPT;
import static pl.lsw.core.partnership.governance.Position.OBJECT;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.DecisionResult;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;

class DecisionTest {

  private static final DecisionId FIRST = DecisionId.of(uuid(501));
  private static final DecisionId CORRECTION = DecisionId.of(uuid(502));
  private static final DecisionId SECOND_CORRECTION = DecisionId.of(uuid(503));

  private static DecisionResult result(DecisionKind kind, Position a, Position b, Position c) {
    Partnership p = ok(governed().recordDecision(chair(), FIRST, decision(kind, a, b, c),
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    return p.decision(FIRST).orElseThrow().result();
  }

  @Test
  void a_financial_decision_every_member_accepts_is_accepted() {
    assertEquals(DecisionResult.ACCEPTED, result(DecisionKind.FINANCIAL, ACCEPT, ACCEPT, ACCEPT));
  }

  @Test
  void a_financial_decision_with_one_abstention_is_not_accepted() {
    assertEquals(DecisionResult.NOT_ACCEPTED,
        result(DecisionKind.FINANCIAL, ACCEPT, ACCEPT, ABSTAIN));
  }

  @Test
  void a_financial_decision_with_one_objection_is_not_accepted() {
    assertEquals(DecisionResult.NOT_ACCEPTED,
        result(DecisionKind.FINANCIAL, ACCEPT, OBJECT, ACCEPT));
  }

  @Test
  void other_decisions_are_taken_by_consensus_which_abstentions_do_not_block() {
    for (DecisionKind kind : DecisionKind.values()) {
      if (kind == DecisionKind.FINANCIAL) {
        continue;
      }
      assertEquals(DecisionResult.ACCEPTED, result(kind, ACCEPT, ABSTAIN, ABSTAIN), kind.name());
      assertEquals(DecisionResult.ACCEPTED, result(kind, ACCEPT, ACCEPT, ACCEPT), kind.name());
      assertEquals(DecisionResult.NOT_ACCEPTED, result(kind, ACCEPT, ACCEPT, OBJECT), kind.name());
      assertEquals(DecisionResult.NOT_ACCEPTED, result(kind, ABSTAIN, ABSTAIN, ABSTAIN), kind.name());
    }
  }

  @Test
  void a_decision_not_accepted_binds_nobody() {
    DecisionProposal p = DecisionProposal.builder().date(DAY).subject("podział dotacji")
        .kind(DecisionKind.FINANCIAL).proposer(MAYOR)
        .positions(decision(DecisionKind.FINANCIAL, ACCEPT, ABSTAIN, ACCEPT).positions())
        .binds(Set.of(NGO)).build();
    Decision d = ok(governed().recordDecision(chair(), FIRST, p,
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW)).decision(FIRST).orElseThrow();
    assertEquals(Set.of(NGO), d.binds());
    assertEquals(Set.of(), d.boundOrganisations());
  }

  @Test
  void every_current_member_gives_a_position_once_and_only_members_give_one() {
    DecisionProposal p = DecisionProposal.builder().date(DAY).subject("x").kind(DecisionKind.OTHER)
        .proposer(MAYOR)
        .positions(List.of(MemberPosition.of(MAYOR, ACCEPT), MemberPosition.of(MAYOR, ACCEPT),
            MemberPosition.of(MANAGER, ACCEPT))).binds(Set.of()).build();
    Refusal refusal = refused(governed().recordDecision(chair(), FIRST, p,
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("DECISION_POSITION_NOT_MEMBER", "DECISION_POSITION_REPEATED",
        "DECISION_POSITION_MISSING", "DECISION_POSITION_MISSING"), refusal.codes());
  }

  @Test
  void a_member_whose_organisation_left_gives_no_position() {
    Partnership p = ok(governed().changeSteeringCommittee(chair(), List.of(
        SteeringCommitteeMember.withMandate(MAYOR), SteeringCommitteeMember.withMandate(NGO_HEAD),
        SteeringCommitteeMember.withoutMandate(OPS_HEAD)), MAYOR, JST, NOW));
    p = ok(p.endMembership(chair(), OPS, DAY, NOW));
    DecisionProposal twoVoters = DecisionProposal.builder().date(DAY).subject("x")
        .kind(DecisionKind.FINANCIAL).proposer(MAYOR)
        .positions(List.of(MemberPosition.of(MAYOR, ACCEPT), MemberPosition.of(NGO_HEAD, ACCEPT)))
        .binds(Set.of()).build();
    assertEquals(DecisionResult.ACCEPTED, ok(p.recordDecision(chair(), FIRST, twoVoters,
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW))
        .decision(FIRST).orElseThrow().result());
  }

  @Test
  void a_decision_is_taken_at_a_steering_committee_meeting_only() {
    MeetingId tt = MeetingId.of(uuid(610));
    MeetingId sc = MeetingId.of(uuid(611));
    Partnership p = ok(governed().recordMeeting(as(MANAGER, ActingRole.TASK_TEAM_MANAGER), tt,
        meeting(TT, MANAGER), NOW));
    p = ok(p.recordMeeting(chair(), sc, MeetingDetails.builder().body(SC).date(DAY)
        .duration(Duration.ofHours(1)).chair(MAYOR).host(DISTRICT).attendees(List.of())
        .openToFamilies(false).familyRepresentativesPresent(0).build(), NOW));
    DecisionProposal atTt = DecisionProposal.builder().meeting(tt).date(DAY).subject("x")
        .kind(DecisionKind.OTHER).proposer(MAYOR)
        .positions(decision(DecisionKind.OTHER, ACCEPT, ACCEPT, ACCEPT).positions())
        .binds(Set.of()).build();
    assertEquals(List.of("DECISION_MEETING_NOT_STEERING_COMMITTEE"),
        refused(p.recordDecision(chair(), FIRST, atTt,
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW)).codes());
    DecisionProposal atSc = DecisionProposal.builder().meeting(sc).date(DAY).subject("x")
        .kind(DecisionKind.OTHER).proposer(MAYOR).positions(atTt.positions()).binds(Set.of())
        .build();
    assertEquals(Optional.of(sc), ok(p.recordDecision(chair(), FIRST, atSc,
        PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW))
        .decision(FIRST).orElseThrow().meeting());
  }

  @Test
  void a_correction_supersedes_a_recorded_decision_which_itself_stays_unchanged() {
    Partnership p = ok(governed().recordDecision(chair(), FIRST,
        decision(DecisionKind.SCHEDULE_OR_BUDGET_CHANGE, ACCEPT, ACCEPT, ACCEPT),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    Decision original = p.decision(FIRST).orElseThrow();

    Change<Partnership> changed = p.supersedeDecision(as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER),
        CORRECTION, FIRST, decision(DecisionKind.SCHEDULE_OR_BUDGET_CHANGE, ACCEPT, ABSTAIN,
            ACCEPT), PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW).get();
    Partnership after = changed.state();
    assertEquals(CORRECTION, changed.createdId(pl.lsw.core.partnership.governance.DecisionId.class));

    assertEquals(original, after.decision(FIRST).orElseThrow());
    assertTrue(after.isSuperseded(FIRST));
    assertFalse(after.isSuperseded(CORRECTION));
    assertEquals(Optional.of(FIRST), after.decision(CORRECTION).orElseThrow().supersedes());
    assertEquals(List.of(CORRECTION), after.decisionsInForce().stream().map(Decision::id).toList());
    assertEquals(List.of("DecisionRecorded", "DecisionSuperseded"),
        changed.events().stream().map(e -> e.type()).toList());
  }

  @Test
  void a_decision_is_superseded_once_and_only_a_recorded_one_is() {
    Partnership p = ok(governed().recordDecision(chair(), FIRST,
        decision(DecisionKind.OTHER, ACCEPT, ACCEPT, ACCEPT),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    p = ok(p.supersedeDecision(chair(), CORRECTION, FIRST,
        decision(DecisionKind.OTHER, ACCEPT, ACCEPT, ACCEPT),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    assertEquals(List.of("DECISION_ALREADY_SUPERSEDED"), refused(p.supersedeDecision(chair(),
        SECOND_CORRECTION, FIRST, decision(DecisionKind.OTHER, ACCEPT, ACCEPT, ACCEPT),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW))
        .codes());
    assertEquals(List.of("DECISION_ID_TAKEN", "DECISION_SUPERSEDED_UNKNOWN"),
        refused(p.supersedeDecision(chair(), FIRST, DecisionId.of(uuid(1)),
            decision(DecisionKind.OTHER, ACCEPT, ACCEPT, ACCEPT),
                PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW)).codes());
    // a correction of the correction is fine
    assertTrue(p.supersedeDecision(chair(), SECOND_CORRECTION, CORRECTION,
        decision(DecisionKind.OTHER, ACCEPT, ACCEPT, ACCEPT),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW).isRight());
  }

  @Test
  void no_decision_without_a_steering_committee() {
    Refusal refusal = refused(founded().recordDecision(chair(), FIRST,
        decision(DecisionKind.OTHER, ACCEPT, ACCEPT, ACCEPT),
            PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    assertTrue(refusal.has("SC_MISSING"));
    assertTrue(refusal.has("ACTOR_ROLE_NOT_HELD"));
  }

  @Test
  void the_result_rule_at_its_boundaries() {
    assertEquals(DecisionResult.NOT_ACCEPTED, Decision.resultOf(DecisionKind.FINANCIAL, List.of()));
    assertEquals(DecisionResult.NOT_ACCEPTED, Decision.resultOf(DecisionKind.OTHER, List.of()));
    assertEquals(DecisionResult.ACCEPTED, Decision.resultOf(DecisionKind.FINANCIAL,
        List.of(MemberPosition.of(MAYOR, ACCEPT))));
    assertEquals(DecisionResult.NOT_ACCEPTED, Decision.resultOf(DecisionKind.FINANCIAL,
        List.of(MemberPosition.of(MAYOR, ABSTAIN))));
  }
}
