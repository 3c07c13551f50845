package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;

class ValuesTest {

  private static List<String> personProblems(String email, String phone) {
    return new PersonDetails("Anna Nowak", "pedagog", NGO, email, phone)
        .toPerson(PersonId.of(uuid(1))).fold(e -> e.map(p -> p.code()).toJavaList(), p -> List.of());
  }

  @Test
  void a_phone_number_has_from_7_to_15_digits() {
    assertEquals(List.of("PERSON_PHONE"), personProblems(null, "123 45 6"));
    assertEquals(List.of(), personProblems(null, "123 45 67"));
    assertEquals(List.of(), personProblems(null, "+48 (22) 123-45-67-8901"));
    assertEquals(List.of("PERSON_PHONE"), personProblems(null, "+48 (22) 123-45-67-89012"));
    assertEquals(List.of("PERSON_PHONE"), personProblems(null, "22 123 45 67 wew. 5"));
  }

  @Test
  void an_email_address_has_one_at_sign_with_text_on_both_sides() {
    assertEquals(List.of(), personProblems("a@b", null));
    assertEquals(List.of("PERSON_EMAIL"), personProblems("@b", null));
    assertEquals(List.of("PERSON_EMAIL", "PERSON_PHONE"), personProblems("a@@b", "x"));
  }

  @Test
  void a_membership_is_active_from_the_day_it_joined_to_the_day_it_left_inclusive() {
    LocalDate joined = LocalDate.of(2026, 1, 1);
    LocalDate left = LocalDate.of(2026, 6, 30);
    Membership m = Membership.builder().organisation(NGO).form(MembershipForm.INFORMAL)
        .role(MembershipRole.INFORMAL_PARTNER).joinedOn(joined).leftOn(left).build();
    assertFalse(m.isActiveOn(joined.minusDays(1)));
    assertTrue(m.isActiveOn(joined));
    assertTrue(m.isActiveOn(left));
    assertFalse(m.isActiveOn(left.plusDays(1)));
    assertFalse(m.isActive());
  }

  @Test
  void a_membership_value_reports_every_broken_rule() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Membership.builder()
        .organisation(NGO).form(MembershipForm.FORMAL).role(MembershipRole.INFORMAL_PARTNER)
        .joinedOn(LocalDate.of(2026, 2, 1)).leftOn(LocalDate.of(2026, 1, 31)).build());
    assertEquals(List.of("MEMBERSHIP_DECLARATION_MISSING", "MEMBERSHIP_ROLE_FORM",
        "MEMBERSHIP_LEFT_BEFORE_JOINED"), e.problems().stream().map(p -> p.code()).toList());
  }

  @Test
  void higher_education_starts_with_the_first_cycle() {
    assertFalse(EducationLevel.POST_SECONDARY.isHigher());
    assertTrue(EducationLevel.HIGHER_FIRST_CYCLE.isHigher());
    assertTrue(EducationLevel.DOCTORATE.isHigher());
  }

  @Test
  void matter_statuses_change_only_forward() {
    assertEquals(java.util.EnumSet.of(MatterStatus.ACCEPTED, MatterStatus.DECLINED),
        MatterStatus.OPEN.next());
    assertTrue(MatterStatus.ACCEPTED.canChangeTo(MatterStatus.RESOLVED));
    assertFalse(MatterStatus.IN_PROGRESS.canChangeTo(MatterStatus.OPEN));
    assertTrue(MatterStatus.RESOLVED.next().isEmpty());
  }

  @Test
  void ids_parse_their_text_and_report_bad_text() {
    assertEquals(MatterId.of(uuid(5)), MatterId.of(uuid(5).toString()));
    assertEquals("MATTER_ID_FORMAT", MatterId.parse("x").getError().head().code());
    assertEquals("DECISION_ID_MISSING",
        pl.lsw.core.partnership.governance.DecisionId.parse(" ").getError().head().code());
  }
}
