package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;

class MembershipCommandsTest {

  @Test
  void the_leaders_representative_admits_a_formal_member_with_its_declaration() {
    Change<Partnership> changed = founded().admitFormalMember(leaderRep(), NGO, DAY, DAY, NOW).get();
    Membership m = changed.state().activeMembership(NGO).orElseThrow();
    assertEquals(MembershipForm.FORMAL, m.form());
    assertEquals(Optional.of(DAY), m.declarationDate());
    assertEquals(MembershipRole.MEMBER, m.role());
    assertEquals(m, ((MemberJoined) changed.events().get(0)).membership());
  }

  @Test
  void an_informal_partner_is_admitted_without_any_declaration() {
    Partnership p = ok(founded().admitInformalPartner(leaderRep(), OPS, DAY, NOW));
    Membership m = p.activeMembership(OPS).orElseThrow();
    assertEquals(MembershipForm.INFORMAL, m.form());
    assertEquals(Optional.empty(), m.declarationDate());
    assertEquals(MembershipRole.INFORMAL_PARTNER, m.role());
  }

  @Test
  void a_formal_member_without_a_declaration_and_with_the_wrong_role_is_refused_with_every_reason() {
    Partnership before = founded();
    Refusal refusal = refused(before.admitMember(leaderRep(), DISTRICT, MembershipForm.FORMAL,
        null, MembershipRole.LEADER, null, NOW));
    assertEquals(List.of("MEMBER_ALREADY", "MEMBER_ROLE_LEADER", "MEMBERSHIP_DECLARATION_MISSING",
        "MEMBERSHIP_JOINED_MISSING"), refusal.codes());
  }

  @Test
  void an_informal_membership_with_a_declaration_is_refused() {
    Refusal refusal = refused(founded().admitMember(leaderRep(), OPS, MembershipForm.INFORMAL,
        DAY, MembershipRole.INFORMAL_PARTNER, DAY, NOW));
    assertEquals(List.of("MEMBERSHIP_DECLARATION_INFORMAL"), refusal.codes());
  }

  @Test
  void an_informal_partner_role_on_a_formal_membership_is_refused() {
    Refusal refusal = refused(founded().admitMember(leaderRep(), OPS, MembershipForm.FORMAL,
        DAY, MembershipRole.INFORMAL_PARTNER, DAY, NOW));
    assertEquals(List.of("MEMBERSHIP_ROLE_FORM"), refusal.codes());
  }

  @Test
  void a_representative_of_another_member_cannot_admit_but_a_steering_committee_member_can() {
    Partnership p = governed();
    Refusal refusal = refused(p.admitInformalPartner(
        as(NGO_WORKER, ActingRole.PARTNER_REPRESENTATIVE), OUTSIDER, DAY, NOW));
    assertEquals(List.of("ACTOR_NOT_LEADER_REPRESENTATIVE"), refusal.codes());

    assertTrue(p.admitInformalPartner(as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER),
        OUTSIDER, DAY, NOW).isRight());
  }

  @Test
  void a_member_ends_its_own_membership_and_its_people_can_then_do_nothing() {
    Partnership p = governed();
    Partnership after = ok(p.endMembership(as(NGO_WORKER, ActingRole.TASK_TEAM_MEMBER), NGO,
        DAY, NOW));
    assertFalse(after.isActiveMember(NGO));
    assertEquals(Optional.of(DAY), after.memberships().stream()
        .filter(m -> m.organisation().equals(NGO)).findFirst().orElseThrow().leftOn());
    assertTrue(refused(after.raiseMatter(as(NGO_WORKER, ActingRole.PARTNER_REPRESENTATIVE),
        MatterId.of(uuid(900)), "temat", null, NOW)).has("ACTOR_MEMBERSHIP_ENDED"));
  }

  @Test
  void the_leader_cannot_leave_and_a_membership_cannot_end_before_it_began() {
    Partnership p = governed();
    assertEquals(List.of("MEMBER_LEADER_CANNOT_LEAVE"),
        refused(p.endMembership(chair(), DISTRICT, DAY, NOW)).codes());
    assertEquals(List.of("MEMBERSHIP_LEFT_BEFORE_JOINED"),
        refused(p.endMembership(chair(), NGO, FOUNDED.minusDays(1), NOW)).codes());
    assertTrue(p.endMembership(chair(), NGO, FOUNDED, NOW).isRight());
    assertEquals(List.of("MEMBER_NOT_ACTIVE"),
        refused(p.endMembership(chair(), FORMER, DAY, NOW)).codes());
  }

  @Test
  void an_organisation_that_left_may_be_admitted_again() {
    Partnership p = ok(governed().admitInformalPartner(chair(), FORMER, LocalDate.of(2026, 3, 1), NOW));
    assertTrue(p.isActiveMember(FORMER));
    assertEquals(2, p.memberships().stream().filter(m -> m.organisation().equals(FORMER)).count());
  }

  @Test
  void a_representative_registers_a_person_of_its_own_organisation_but_not_of_another() {
    Partnership p = governed();
    PersonId id = PersonId.of(uuid(300));
    assertTrue(p.registerPerson(as(OPS_HEAD, ActingRole.PARTNER_REPRESENTATIVE), id,
        PersonDetails.of("Zofia Socjalna", "pracownica socjalna", OPS), NOW).isRight());
    assertEquals(List.of("ACTOR_NOT_LEADER_REPRESENTATIVE"),
        refused(p.registerPerson(as(OPS_HEAD, ActingRole.PARTNER_REPRESENTATIVE), id,
            PersonDetails.of("Zofia Socjalna", "pracownica socjalna", NGO), NOW))
            .codes());
  }

  @Test
  void a_person_of_an_organisation_outside_the_partnership_is_not_registered() {
    Partnership p = governed();
    Refusal refusal = refused(p.registerPerson(chair(), MAYOR,
        new PersonDetails(" Ktoś", "", OUTSIDER, null, "12"), NOW));
    assertEquals(List.of("PERSON_ID_TAKEN", "PERSON_ORGANISATION_NOT_MEMBER",
        "PERSON_NAME_UNTRIMMED", "PERSON_POSITION_EMPTY", "PERSON_PHONE"),
        refusal.codes());
  }

  @Test
  void a_refused_command_leaves_the_partnership_as_it_was() {
    Partnership p = governed();
    Partnership copy = Partnership.copyOf(p);
    refused(p.admitMember(leaderRep(), NGO, null, null, null, null, NOW));
    assertEquals(copy, p);
    assertSame(p, Partnership.copyOf(p));
  }
}
