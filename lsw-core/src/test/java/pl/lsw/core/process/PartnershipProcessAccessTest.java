package pl.lsw.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.OPS_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.OUTSIDE_PERSON;
import static pl.lsw.core.partnership.PartnershipFixture.STRANGER;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;

class PartnershipProcessAccessTest {

  private static PartnershipProcessAccess accessTo(Partnership partnership) {
    InMemoryPartnerships repository = new InMemoryPartnerships();
    repository.save(partnership.withVersion(0));
    return new PartnershipProcessAccess(repository);
  }

  private static List<String> codes(List<Problem> problems) {
    return problems.stream().map(p -> p.path() + ":" + p.code()).toList();
  }

  @Test
  void a_member_acting_in_a_role_they_hold_may_record_a_step() {
    var access = accessTo(PartnershipFixture.governed());
    assertEquals(List.of(), access.check(ActingPerson.of(MANAGER, ActingRole.TASK_TEAM_MANAGER), ID,
        "LSW_STAGES", ProcessCommandKind.COMPLETE_STEP));
    assertEquals(List.of(), access.check(ActingPerson.of(OPS_HEAD, ActingRole.PARTNER_REPRESENTATIVE), ID,
        "LSW_STAGES", ProcessCommandKind.COMPLETE_STEP), "an informal partner takes part at any stage");
  }

  @Test
  void a_role_the_person_does_not_hold_is_refused() {
    var problems = accessTo(PartnershipFixture.governed()).check(
        ActingPerson.of(OPS_HEAD, ActingRole.TASK_TEAM_MANAGER), ID, "LSW_STAGES", ProcessCommandKind.START);
    assertEquals(List.of("actor.role:PROCESS_ACCESS_DENIED"), codes(problems));
    String english = problems.get(0).message();
    String polish = problems.get(0).message(java.util.Locale.forLanguageTag("pl"));
    assertTrue(english.contains(ActingRole.TASK_TEAM_MANAGER.englishName()), english);
    assertTrue(polish.contains(ActingRole.TASK_TEAM_MANAGER.polishName()), polish);
    assertFalse(english.contains("TASK_TEAM_MANAGER") || polish.contains("TASK_TEAM_MANAGER"), english);
  }

  @Test
  void a_person_of_an_organisation_that_left_or_never_joined_can_do_nothing() {
    var access = accessTo(PartnershipFixture.withOutsidePerson());
    assertEquals(List.of("actor.person:PROCESS_ACCESS_DENIED"), codes(access.check(
        ActingPerson.of(FORMER_WORKER, ActingRole.PARTNER_REPRESENTATIVE), ID, "LSW_STAGES",
        ProcessCommandKind.COMPLETE_STEP)));
    assertEquals(List.of("actor.person:PROCESS_ACCESS_DENIED"), codes(access.check(
        ActingPerson.of(OUTSIDE_PERSON, ActingRole.PARTNER_REPRESENTATIVE), ID, "LSW_STAGES",
        ProcessCommandKind.COMPLETE_STEP)));
    assertEquals(List.of("actor.person:PROCESS_ACCESS_DENIED"), codes(access.check(
        ActingPerson.of(STRANGER, ActingRole.STEERING_COMMITTEE_CHAIR), ID, "LSW_STAGES",
        ProcessCommandKind.START)));
  }

  @Test
  void an_unknown_partnership_is_refused() {
    var problems = accessTo(PartnershipFixture.governed()).check(
        ActingPerson.of(MAYOR, ActingRole.STEERING_COMMITTEE_CHAIR), PartnershipId.of(new UUID(9, 9)),
        "LSW_STAGES", ProcessCommandKind.START);
    assertEquals(List.of("partnership:PARTNERSHIP_UNKNOWN"), codes(problems));
  }
}
