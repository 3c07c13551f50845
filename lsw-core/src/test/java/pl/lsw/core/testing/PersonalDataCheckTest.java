package pl.lsw.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.PersonalDataCheck.Allowed;
import pl.lsw.core.testing.PersonalDataCheck.Slot;

/** The checker of personal data bites on deliberately bad types and honours its allow-list. */
class PersonalDataCheckTest {

  private static final String FIXTURE = "pl.lsw.core.personaldatafixture";

  @Test
  void the_bad_fixture_types_are_reported_property_by_property() {
    Set<Slot> slots = PersonalDataCheck.properties(true, FIXTURE);
    List<Allowed> allowed = List.of(new Allowed(FIXTURE + ".ContactPersonFixture",
        Set.of("name", "phone", "officeAddress"), "a professional reached at the office"),
        new Allowed(FIXTURE + ".CaseNote", Set.of("memberSurname"), "never excused"));
    assertEquals(List.of(
        FIXTURE + ".CaseNote.diagnosis: sensitive data",
        FIXTURE + ".CaseNote.memberSurname: sensitive data",
        FIXTURE + ".SupportedHousehold.dateOfBirth: sensitive data",
        FIXTURE + ".SupportedHousehold.familyName: a family's identity or contact",
        FIXTURE + ".SupportedHousehold.niepełnosprawność: sensitive data",
        FIXTURE + ".SupportedHousehold.pesel: sensitive data",
        FIXTURE + ".SupportedHousehold.phone: a family's identity or contact",
        FIXTURE + ".SupportedHousehold.ulica: an address"),
        PersonalDataCheck.findings(slots, allowed));
    assertEquals(List.of(), PersonalDataCheck.unused(slots, allowed));
  }

  @Test
  void without_the_allow_list_a_professionals_name_and_office_are_reported() {
    List<String> found = PersonalDataCheck.findings(
        PersonalDataCheck.properties(true, FIXTURE), List.of());
    assertTrue(found.contains(FIXTURE + ".ContactPersonFixture.name: a person's identity or contact"),
        found.toString());
    assertTrue(found.contains(FIXTURE + ".ContactPersonFixture.officeAddress: an address"),
        found.toString());
  }

  @Test
  void columns_are_read_the_same_way_and_an_allow_list_entry_needs_a_reason() {
    assertEquals(List.of("lsw_extra.family_surname: sensitive data",
        "lsw_extra.nazwisko_rodziny: sensitive data",
        "lsw_extra.rodzina_telefon: a family's identity or contact"),
        PersonalDataCheck.findings(List.of(new Slot("lsw_extra", "family_surname"),
            new Slot("lsw_extra", "rodzina_telefon"), new Slot("lsw_extra", "nazwisko_rodziny"),
            new Slot("lsw_extra", "contact_phone")), List.of()));
    assertEquals(List.of("lsw_gone.address"), PersonalDataCheck.unused(List.of(),
        List.of(new Allowed("lsw_gone", Set.of("address"), "renamed"))));
    assertThrows(IllegalArgumentException.class,
        () -> new Allowed("lsw_organisation", Set.of("seat_address"), " "));
  }
}
