package pl.lsw.core.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.initiative.AccessRequest;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.partnership.PartnershipId;

class SupportedFamilyTest {

  private static SupportedFamily.Builder family() {
    return SupportedFamily.builder().reference(FamilyReference.of("R-004"))
        .partnership(PartnershipId.of(new UUID(1, 1))).selectedOn(LocalDate.of(2026, 1, 5))
        .consentGivenOn(LocalDate.of(2026, 1, 10));
  }

  @Test
  void every_problem_of_a_family_is_reported_at_once_in_polish_and_english() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> family()
        .consentWithdrawnOn(LocalDate.of(2026, 1, 9)).age(151).residenceUnit(TerytCode.of("1465"))
        .language("PL").build());

    assertEquals(List.of("FAMILY_CONSENT_ORDER", "FAMILY_AGE_BOUNDS", "FAMILY_UNIT_LEVEL",
        "FAMILY_LANGUAGE_CODE"), e.problems().stream().map(Problem::code).toList());
    assertEquals(List.of("consentWithdrawnOn", "age", "residenceUnit", "language"),
        e.problems().stream().map(Problem::path).toList());
    for (Problem p : e.problems()) {
      assertFalse(p.message(Locale.ENGLISH).contains("{"), p.message(Locale.ENGLISH));
      assertFalse(p.message(Messages.POLISH).contains("{"), p.message(Messages.POLISH));
      assertTrue(!p.message(Locale.ENGLISH).equals(p.message(Messages.POLISH)), p.toString());
    }
    assertEquals(List.of("FAMILY_AGE_BOUNDS"), assertThrows(InvalidInputException.class,
        () -> family().age(-1).build()).problems().stream().map(Problem::code).toList());
  }

  @Test
  void the_boundaries_pass() {
    SupportedFamily f = family().consentWithdrawnOn(LocalDate.of(2026, 1, 10)).age(0)
        .residenceUnit(TerytCode.of("3201035")).language("uk").build();
    assertEquals(Optional.of(0), f.age());
    assertEquals(150, family().age(150).build().age().get());
  }

  @Test
  void the_consent_is_in_force_from_the_day_given_until_the_day_before_withdrawal() {
    SupportedFamily f = family().consentWithdrawnOn(LocalDate.of(2026, 3, 1)).build();
    assertFalse(f.consentInForceOn(LocalDate.of(2026, 1, 9)));
    assertTrue(f.consentInForceOn(LocalDate.of(2026, 1, 10)));
    assertTrue(f.consentInForceOn(LocalDate.of(2026, 2, 28)));
    assertFalse(f.consentInForceOn(LocalDate.of(2026, 3, 1)));
    assertTrue(family().build().consentInForceOn(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void the_recorded_needs_become_an_access_request() {
    SupportedFamily f = family().age(12).targetGroups(Set.of(TargetGroup.CHILDREN))
        .residenceUnit(TerytCode.of("1465088")).language("pl").referralHeld(true).build();
    assertEquals(new AccessRequest(Optional.of(12), Set.of(TargetGroup.CHILDREN),
        Optional.of(TerytCode.of("1465088")), Optional.of("pl"), true), f.accessRequest());
    assertEquals(AccessRequest.empty(), family().build().accessRequest());
  }

  @Test
  void a_family_has_no_accessor_that_could_hold_personal_data() {
    List<String> words = List.of("name", "surname", "pesel", "address", "street", "phone", "mail",
        "birth", "health", "diagnos");
    List<String> accessors = Arrays.stream(SupportedFamily.class.getMethods())
        .filter(m -> m.getParameterCount() == 0).map(Method::getName)
        .map(n -> n.toLowerCase(Locale.ROOT)).toList();
    for (String accessor : accessors) {
      assertTrue(words.stream().noneMatch(accessor::contains), accessor);
    }
  }
}
