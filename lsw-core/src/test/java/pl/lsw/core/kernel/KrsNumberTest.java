package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.kernel.NipTest.codes;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class KrsNumberTest {

  @ParameterizedTest
  @CsvSource({
      "12345, 0000012345",
      "0000012345, 0000012345",
      "1, 0000000001",
      "'  42 ', 0000000042",
      "9999999999, 9999999999",
      "0000000001, 0000000001"})
  void a_krs_number_of_one_to_ten_digits_is_stored_zero_padded_to_ten(String text, String value) {
    KrsNumber krs = KrsNumber.of(text);
    assertEquals(value, krs.value());
    assertEquals(value, krs.toString());
  }

  @Test
  void a_krs_number_is_equal_to_its_padded_form() {
    assertEquals(KrsNumber.of("12345"), KrsNumber.of("0000012345"));
    assertEquals(KrsNumber.of("12345").hashCode(), KrsNumber.of("0000012345").hashCode());
    assertNotEquals(KrsNumber.of("12345"), KrsNumber.of("123450"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\u00A0", "\u2007", "\u200B", "\uFEFF\u202F"})
  void an_empty_krs_number_is_reported_as_empty_only(String text) {
    assertEquals(List.of("KRS_EMPTY"), codes(KrsNumber.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 345", "KRS12345", "000-001-2345", "-12345", "12345.0"})
  void anything_but_digits_is_refused(String text) {
    var problems = KrsNumber.parse(text).getError();
    assertEquals(List.of("KRS_CHARACTERS"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.head().message().contains("\"" + text + "\""));
  }

  @Test
  void eleven_digits_are_too_many() {
    var problems = KrsNumber.parse("00000123456").getError();
    assertEquals(List.of("KRS_LENGTH"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.head().message().contains("has 11"), problems.head().message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0000000000", "000"})
  void the_number_zero_is_refused(String text) {
    assertEquals(List.of("KRS_ZERO"), codes(KrsNumber.parse(text)));
  }

  @Test
  void all_problems_are_reported_at_once() {
    assertEquals(List.of("KRS_CHARACTERS", "KRS_LENGTH", "KRS_ZERO"),
        codes(KrsNumber.parse("000000000000x")));
  }

  @Test
  void of_throws_with_every_problem() {
    var e = assertThrows(InvalidInputException.class, () -> KrsNumber.of("1234567890123a"));
    assertEquals(List.of("KRS_CHARACTERS", "KRS_LENGTH"),
        e.problems().stream().map(Problem::code).collect(Collectors.toList()));
  }
}
