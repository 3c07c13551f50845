package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.kernel.NipTest.codes;

import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegonTest {

  @ParameterizedTest
  @ValueSource(strings = {"192598184", "123456785"})
  void the_example_nine_digit_regons_are_valid_main_entities(String text) {
    Regon regon = Regon.of(text);
    assertEquals(text, regon.value());
    assertEquals(text, regon.toString());
    assertFalse(regon.isLocalUnit());
    assertEquals(Optional.empty(), regon.parent());
    assertEquals(Optional.empty(), regon.main());
  }

  @Test
  void the_example_fourteen_digit_regon_is_a_local_unit_of_its_nine_digit_prefix() {
    Regon unit = Regon.of("12345678512347");
    assertTrue(unit.isLocalUnit());
    assertEquals(Optional.of(Regon.of("123456785")), unit.parent());
    assertEquals(Optional.of(Regon.of("123456785")), unit.main());
    assertEquals("123456785", unit.parent().get().value());
  }

  @Test
  void a_remainder_of_10_gives_check_digit_0() {
    // the 8th digit 3 times its weight 7 is 21: remainder 10, check digit 0
    assertEquals("000000030", Regon.of("000000030").value());
    assertEquals(List.of("REGON_CHECKSUM"), codes(Regon.parse("000000031")));
  }

  @Test
  void spaces_and_dashes_are_dropped() {
    assertEquals(Regon.of("192598184"), Regon.of(" 192-598-184 "));
    assertEquals(Regon.of("12345678512347"), Regon.of("123456785 12347"));
  }

  @Test
  void a_wrong_check_digit_of_a_nine_digit_regon_is_refused_quoting_the_input() {
    var problems = Regon.parse("192598185").getError();
    assertEquals(List.of("REGON_CHECKSUM"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.head().message().contains("\"192598185\""));
    assertTrue(problems.head().message().contains("should be 4"), problems.head().message());
  }

  @Test
  void a_wrong_last_check_digit_of_a_fourteen_digit_regon_is_refused() {
    assertEquals(List.of("REGON_CHECKSUM"), codes(Regon.parse("12345678512348")));
  }

  @Test
  void a_fourteen_digit_regon_whose_first_nine_digits_are_invalid_is_refused_even_with_a_right_last_digit() {
    // 123456786 is not a REGON (its 9th digit should be 5); the 14th digit is computed to fit
    String first13 = "1234567861234";
    int[] w = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
    int sum = 0;
    for (int i = 0; i < 13; i++) {
      sum += (first13.charAt(i) - '0') * w[i];
    }
    String text = first13 + (sum % 11 % 10);
    var problems = Regon.parse(text).getError();
    assertEquals(List.of("REGON_MAIN_CHECKSUM"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.head().message().contains("123456786"), problems.head().message());
  }

  @Test
  void both_check_digits_wrong_are_both_reported() {
    assertEquals(List.of("REGON_MAIN_CHECKSUM", "REGON_CHECKSUM"),
        codes(Regon.parse("12345678612347")));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "- -"})
  void an_empty_regon_is_reported_as_empty_only(String text) {
    assertEquals(List.of("REGON_EMPTY"), codes(Regon.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"192598184A", "192.598.184", "PL192598184"})
  void letters_and_other_signs_are_refused(String text) {
    assertEquals(List.of("REGON_CHARACTERS"), codes(Regon.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "19259818", "1925981840", "1234567851234", "123456785123470"})
  void a_regon_needs_nine_or_fourteen_digits(String text) {
    var problems = Regon.parse(text).getError();
    assertEquals(List.of("REGON_LENGTH"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.head().message().contains("has " + text.length()));
  }

  @Test
  void a_wrong_length_and_an_illegal_character_are_both_reported() {
    var problems = Regon.parse("1925x").getError();
    assertEquals(List.of("REGON_CHARACTERS", "REGON_LENGTH"),
        problems.map(Problem::code).toJavaList());
    assertTrue(problems.forAll(p -> p.message().contains("\"1925x\"")));
  }

  @Test
  void of_throws_with_every_problem() {
    var e = assertThrows(InvalidInputException.class, () -> Regon.of("x1"));
    assertEquals(List.of("REGON_CHARACTERS", "REGON_LENGTH"),
        e.problems().stream().map(Problem::code).collect(Collectors.toList()));
  }

  @Test
  void regons_are_equal_by_digits() {
    assertEquals(Regon.of("192598184"), Regon.of("192 598 184"));
    assertEquals(Regon.of("192598184").hashCode(), Regon.of("192-598-184").hashCode());
    assertNotEquals(Regon.of("123456785"), Regon.of("12345678512347"));
  }
}
