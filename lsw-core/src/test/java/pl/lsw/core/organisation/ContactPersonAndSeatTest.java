package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.TerytCode;

class ContactPersonAndSeatTest {

  private static List<String> codes(String email, String phone) {
    var v = ContactPerson.validate(new ContactPersonDraft("Anna Kowalska", "koordynatorka", email, phone));
    return v.isValid() ? List.of() : v.getError().map(p -> p.code()).toJavaList();
  }

  @Test
  void a_phone_number_is_at_most_as_long_as_every_store_keeps_it() {
    // 15 digits written with spaces to exactly 40 characters, then one space more
    String forty = "+48 22 123 45 67 89 0" + " ".repeat(18) + "1";
    assertEquals(ContactPerson.MAX_PHONE, forty.length());
    assertEquals(List.of(), codes(null, forty));
    assertEquals(List.of("PHONE_TOO_LONG"), codes(null, forty.replace("+48", "+48 ")));
    // the measured case: 49 characters
    String measured = "+48 " + "1 ".repeat(22) + "1";
    assertEquals(49, measured.length());
    assertEquals(List.of("PHONE_TOO_LONG"), codes(null, measured));
  }

  @Test
  void a_phone_number_has_9_to_15_digits() {
    assertEquals(List.of(), codes(null, "600700800"));
    assertEquals(List.of("PHONE_FORMAT"), codes(null, "60070080"));
    assertEquals(List.of(), codes(null, "+48 (22) 123-45-67"));
    assertEquals(List.of(), codes(null, "123456789012345"));
    assertEquals(List.of("PHONE_FORMAT"), codes(null, "1234567890123456"));
    assertEquals(List.of("PHONE_FORMAT"), codes(null, "600 700 800 wew. 12"));
  }

  @Test
  void an_e_mail_address_needs_a_local_part_and_a_dotted_domain() {
    assertEquals(List.of(), codes("biuro@kokon.praga.pl", null));
    assertEquals(List.of("EMAIL_FORMAT"), codes("biuro@localhost", null));
    assertEquals(List.of("EMAIL_FORMAT"), codes("biuro kokon@example.org", null));
    assertEquals(List.of("EMAIL_FORMAT"), codes("@example.org", null));
    assertEquals(List.of("EMAIL_FORMAT"), codes("a@b@example.org", null));
  }

  @Test
  void a_contact_person_without_e_mail_or_phone_cannot_be_reached_and_is_refused() {
    assertEquals(List.of("CONTACT_UNREACHABLE"), codes(" ", null));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ContactPerson.builder().name(" Anna").role("").build());
    assertEquals(List.of("NAME_UNTRIMMED", "ROLE_EMPTY", "CONTACT_UNREACHABLE"),
        e.problems().stream().map(p -> p.code()).toList());
  }

  @Test
  void a_seat_is_in_a_commune_level_unit_with_an_address() {
    assertEquals("3201034", OrganisationGen.karlino().teryt().value());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Seat.of(TerytCode.of("32"), ""));
    assertEquals(List.of("teryt:SEAT_TERYT_LEVEL", "address:ADDRESS_EMPTY"),
        e.problems().stream().map(p -> p.path() + ":" + p.code()).toList());
    assertEquals(List.of("teryt:TERYT_LENGTH"),
        Seat.parse("320103", "ul. Polna 1").getError().map(p -> p.path() + ":" + p.code())
            .toJavaList());
  }

  @Test
  void a_teryt_prefix_is_0_to_7_digits() {
    assertEquals("", Seat.requireTerytPrefix(""));
    assertEquals("3201034", Seat.requireTerytPrefix("3201034"));
    assertThrows(InvalidInputException.class, () -> Seat.requireTerytPrefix("32010345"));
    assertThrows(InvalidInputException.class, () -> Seat.requireTerytPrefix(null));
    assertTrue(assertThrows(InvalidInputException.class, () -> Seat.requireTerytPrefix("3%"))
        .getMessage().contains("\"3%\""));
  }
}
