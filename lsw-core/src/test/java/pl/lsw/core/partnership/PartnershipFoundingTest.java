package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TerytUnitType;
import pl.lsw.core.partnership.governance.PersonDetails;

class PartnershipFoundingTest {

  @Test
  void founding_makes_the_leader_a_formal_leader_and_registers_the_founder() {
    Change<Partnership> changed = Partnership.found(ID, MAYOR, founding(), NOW).get();
    Partnership p = changed.state();

    assertEquals(0, p.version());
    assertEquals("Praski Kokon", p.name());
    assertEquals(DISTRICT, p.leader());
    Membership leader = p.activeMembership(DISTRICT).orElseThrow();
    assertEquals(MembershipRole.LEADER, leader.role());
    assertEquals(MembershipForm.FORMAL, leader.form());
    assertEquals(LocalDate.of(2026, 1, 5), leader.declarationDate().orElseThrow());
    assertEquals(FOUNDED, leader.joinedOn());
    assertEquals("Anna Burmistrz", p.person(MAYOR).orElseThrow().name());
    assertEquals(List.of("PartnershipFounded", "MemberJoined", "PersonRegistered"),
        changed.events().stream().map(e -> e.type()).toList());
    assertTrue(changed.events().stream().allMatch(e -> e.occurredAt().equals(NOW)
        && e.aggregateId().equals(ID.toString())));
  }

  @Test
  void a_district_of_warsaw_is_a_territory_unit() {
    Partnership p = founded();
    assertEquals(TerytUnitType.WARSAW_DISTRICT, p.territory().get(0).unitType().get());
  }

  @Test
  void founding_reports_every_problem_at_once() {
    PartnershipFounding bad = PartnershipFounding.builder().name(" ").focusDomains(Set.of())
        .territory(List.of()).leader(DISTRICT).leaderDeclarationDate(LocalDate.of(2026, 2, 1))
        .foundedOn(LocalDate.of(2026, 1, 12))
        .founder(new PersonDetails("", "sekretarz", NGO, "no-at-sign", null)).build();

    Refusal refusal = refused(Partnership.found(ID, MAYOR, bad, NOW));

    assertEquals(List.of("PARTNERSHIP_NAME_EMPTY", "PARTNERSHIP_KIND_MISSING",
            "INSPIRATION_ORIGIN_MISSING", "PARTNERSHIP_SCOPE_MISSING", "FOCUS_EMPTY",
            "TERRITORY_EMPTY", "LEADER_DECLARATION_AFTER_FOUNDING", "PERSON_NAME_EMPTY",
            "PERSON_EMAIL"),
        refusal.codes());
    assertEquals("founder.name", refusal.reasons("PERSON_NAME_EMPTY").get(0).path());
  }

  @Test
  void the_founder_must_act_for_the_leader() {
    PartnershipFounding f = founding();
    PartnershipFounding other = f.toBuilder()
        .founder(PersonDetails.of("Ewa Prezes", "prezeska", NGO)).build();
    assertEquals(List.of("FOUNDER_NOT_OF_LEADER"),
        refused(Partnership.found(ID, MAYOR, other, NOW)).codes());
  }

  @Test
  void a_territory_unit_listed_twice_is_refused() {
    PartnershipFounding f = founding();
    PartnershipFounding twice = f.toBuilder()
        .territory(List.of(TerytCode.of("1465088"), TerytCode.of("1465088"))).build();
    assertTrue(refused(Partnership.found(ID, MAYOR, twice, NOW)).has("TERRITORY_REPEATED"));
  }

  @Test
  void a_declaration_on_the_founding_day_is_accepted() {
    PartnershipFounding f = founding();
    PartnershipFounding sameDay = f.toBuilder().leaderDeclarationDate(FOUNDED).foundedOn(FOUNDED)
        .build();
    assertTrue(Partnership.found(ID, MAYOR, sameDay, NOW).isRight());
  }

  @Test
  void a_restored_partnership_without_its_leader_membership_is_invalid() {
    Partnership p = founded();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> p.withMemberships(List.of()));
    assertTrue(e.getMessage().contains("LEADER_MEMBERSHIP"));
    assertFalse(p.memberships().isEmpty());
  }
}
