package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

  static List<String> codes(Validation<Seq<Problem>, ?> result) {
    assertTrue(result.isInvalid(), () -> "expected problems, got " + result);
    return result.getError().map(Problem::code).toJavaList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8567346215", "5260250274"})
  void the_example_nips_are_valid(String text) {
    Nip nip = Nip.of(text);
    assertEquals(text, nip.value());
    assertEquals(text, nip.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PL8567346215", "pl8567346215", "Pl 8567346215", "PL 856-734-62-15", "856-734-62-15",
      "856 734 62 15", "  8567346215  ", "85-67-34-62-15", "8567346215\u00a0"})
  void a_nip_may_carry_the_pl_prefix_spaces_and_dashes(String text) {
    assertEquals(Nip.of("8567346215"), Nip.of(text));
  }

  @Test
  void a_nip_is_formatted_three_three_two_two() {
    assertEquals("856-734-62-15", Nip.of("8567346215").formatted());
    assertEquals("526-025-02-74", Nip.of("PL5260250274").formatted());
  }

  @Test
  void a_wrong_check_digit_is_refused_with_the_expected_digit_and_the_input() {
    var problems = Nip.parse("8567346216").getError();
    assertEquals(List.of("NIP_CHECKSUM"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.head().message().contains("\"8567346216\""), problems.head().message());
    assertTrue(problems.head().message().contains("should be 5"), problems.head().message());
  }

  @Test
  void a_nip_whose_weighted_sum_leaves_remainder_10_is_refused_whatever_its_last_digit() {
    // the 9th digit 3 times its weight 7 is 21, remainder 10
    for (int last = 0; last <= 9; last++) {
      var problems = Nip.parse("000000003" + last).getError();
      assertEquals(List.of("NIP_CHECKSUM"), problems.map(Problem::code).toJavaList());
      assertTrue(problems.head().message().contains("remainder 10"), problems.head().message());
    }
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t", "PL", "pl - -", "--"})
  void an_empty_nip_is_reported_as_empty_only(String text) {
    assertEquals(List.of("NIP_EMPTY"), codes(Nip.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"85673462x5", "856/734/6215", "856734621_", "856734621\u0665"})
  void letters_and_other_signs_are_refused(String text) {
    assertTrue(codes(Nip.parse(text)).contains("NIP_CHARACTERS"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "856734621", "85673462150", "8567346215856"})
  void a_nip_needs_exactly_ten_digits(String text) {
    var problems = Nip.parse(text).getError();
    assertEquals(List.of("NIP_LENGTH"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.head().message().contains("\"" + text + "\""));
    assertTrue(problems.head().message().contains("has " + text.length()));
  }

  @Test
  void a_wrong_length_and_an_illegal_character_are_both_reported() {
    var problems = Nip.parse("856-734-6x").getError();
    assertEquals(List.of("NIP_CHARACTERS", "NIP_LENGTH"), problems.map(Problem::code).toJavaList());
    assertTrue(problems.forAll(p -> p.message().contains("\"856-734-6x\"")));
    assertTrue(problems.head().message().contains("'x'"), problems.head().message());
  }

  @Test
  void the_pl_prefix_is_accepted_only_at_the_start() {
    assertEquals(List.of("NIP_CHARACTERS"), codes(Nip.parse("85673PL46215")));
    assertEquals(List.of("NIP_CHARACTERS", "NIP_LENGTH"), codes(Nip.parse("PL8567346215PL1")));
  }

  @Test
  void the_checksum_is_not_judged_while_the_form_is_wrong() {
    assertEquals(List.of("NIP_CHARACTERS"), codes(Nip.parse("856734621x6")));
  }

  @Test
  void of_throws_with_every_problem() {
    var e = assertThrows(InvalidInputException.class, () -> Nip.of("PL 12x"));
    assertEquals(List.of("NIP_CHARACTERS", "NIP_LENGTH"),
        e.problems().stream().map(Problem::code).collect(Collectors.toList()));
    assertTrue(e.getMessage().contains("\"PL 12x\""), e.getMessage());
  }

  @Test
  void problems_can_be_placed_under_a_field() {
    Problem p = Nip.parse("8567346216").getError().head().under("seller.nip");
    assertEquals("seller.nip", p.path());
  }

  @Test
  void nips_are_equal_by_digits() {
    assertEquals(Nip.of("8567346215"), Nip.of("PL 856-734-62-15"));
    assertEquals(Nip.of("8567346215").hashCode(), Nip.of("856-734-62-15").hashCode());
    assertNotEquals(Nip.of("8567346215"), Nip.of("5260250274"));
    assertNotEquals(Nip.of("8567346215"), "8567346215");
  }
}
