package pl.lsw.core.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.testing.Property;

class FamilyReferenceTest {

  private static List<String> codes(String text) {
    return FamilyReference.parse(text).fold(p -> p.map(Problem::code).toJavaList(), r -> List.of());
  }

  @Test
  void the_codes_of_an_embedding_system_are_references() {
    for (String code : List.of("R-004", "CUS/2026/117", "F_12", "rodz.7", "WAW:PN:0042", "#5")) {
      assertEquals(code, FamilyReference.of(code).value());
    }
    assertEquals(FamilyReference.of("R-004"), FamilyReference.of("  R-004 "));
    assertTrue(FamilyReference.of("R-004").compareTo(FamilyReference.of("R-011")) < 0);
  }

  @Test
  void eight_digits_in_a_row_pass_and_nine_fail_so_no_pesel_phone_or_nip_is_a_reference() {
    assertTrue(FamilyReference.parse("R12345678").isValid());
    assertEquals(List.of("FAMILY_REFERENCE_DIGIT_RUN"), codes("R123456789"));
    assertEquals(List.of("FAMILY_REFERENCE_DIGIT_RUN"), codes("85010112345"));
    assertEquals(List.of("FAMILY_REFERENCE_DIGIT_RUN"), codes("600700800"));
    assertEquals(List.of("FAMILY_REFERENCE_DIGIT_RUN"), codes("5252248481"));
  }

  @Test
  void sixty_four_characters_pass_and_sixty_five_fail() {
    String sixtyFour = "R1" + "a".repeat(62);
    assertTrue(FamilyReference.parse(sixtyFour).isValid());
    assertEquals(List.of("FAMILY_REFERENCE_TOO_LONG"), codes(sixtyFour + "a"));
  }

  @Test
  void a_name_an_address_or_an_e_mail_is_refused_with_every_reason() {
    assertEquals(List.of("FAMILY_REFERENCE_CHARACTERS", "FAMILY_REFERENCE_NO_DIGIT"),
        codes("Rodzina Kowalskich"));
    assertEquals(List.of("FAMILY_REFERENCE_NO_DIGIT"), codes("Kowalscy"));
    assertEquals(List.of("FAMILY_REFERENCE_CHARACTERS"), codes("ul. Ząbkowska 12"));
    assertEquals(List.of("FAMILY_REFERENCE_CHARACTERS"), codes("jan.kowalski1@example.org"));
    assertEquals(List.of("FAMILY_REFERENCE_EMPTY"), codes(" "));
    assertEquals(List.of("FAMILY_REFERENCE_EMPTY"), codes(null));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> FamilyReference.of("Jan Kowalski 85010112345"));
    assertEquals(List.of("FAMILY_REFERENCE_CHARACTERS", "FAMILY_REFERENCE_DIGIT_RUN"),
        e.problems().stream().map(Problem::code).toList());
  }

  @Test
  void the_reasons_read_in_polish_and_in_english_with_their_plurals() {
    Problem run = FamilyReference.parse("85010112345").getError().head();
    assertEquals("Oznaczenie rodziny ma 11 cyfr z rzędu, a może mieć najwyżej 8, żeby nie mogło być"
        + " numerem PESEL, telefonu ani NIP", run.message(Messages.POLISH));
    assertEquals("The family reference has 11 digits in a row, but may have at most 8, so that it"
        + " cannot be a PESEL, phone or NIP number", run.message(Locale.ENGLISH));
    Problem digits22 = FamilyReference.parse("1234567890123456789012").getError().head();
    assertTrue(digits22.message(Messages.POLISH).contains("ma 22 cyfry z rzędu"),
        digits22.message(Messages.POLISH));
  }

  @Test
  void generated_codes_are_accepted_as_written_and_a_long_number_inside_any_of_them_is_refused() {
    Property.forAll("family references", rnd -> {
      String code = code(rnd);
      FamilyReference reference = FamilyReference.of(code);
      assertEquals(code, reference.value());
      assertEquals(reference, FamilyReference.of(reference.value()));

      int at = rnd.nextInt(code.length() + 1);
      String withNumber = code.substring(0, at) + "-" + digits(rnd, 9 + rnd.nextInt(6)) + "-"
          + code.substring(at);
      assertTrue(codes(withNumber).contains("FAMILY_REFERENCE_DIGIT_RUN"), withNumber);

      // a space inside (not at either end, where it is only trimmed): a name and a surname
      String withSpace = code + " " + code(rnd);
      assertTrue(codes(withSpace).contains("FAMILY_REFERENCE_CHARACTERS"), withSpace);
      assertFalse(FamilyReference.parse(withSpace).isValid());
    });
  }

  private static String code(Random rnd) {
    String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    String signs = "-_./:#";
    StringBuilder sb = new StringBuilder();
    int parts = 1 + rnd.nextInt(3);
    for (int p = 0; p < parts; p++) {
      if (p > 0) {
        sb.append(signs.charAt(rnd.nextInt(signs.length())));
      }
      for (int i = rnd.nextInt(4); i > 0; i--) {
        sb.append(letters.charAt(rnd.nextInt(letters.length())));
      }
      sb.append(digits(rnd, 1 + rnd.nextInt(FamilyReference.MAX_DIGIT_RUN)));
    }
    return sb.toString();
  }

  private static String digits(Random rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }
}
