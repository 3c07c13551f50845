package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Property;

class IdentifierPropertyTest {

  private static final int TRIES = 2000;

  // --- NIP ---

  @Test
  void every_generated_valid_nip_parses_to_its_digits() {
    Property.forAll("generated NIPs are valid", TRIES, rnd -> {
      String digits = IdentifierGen.validNip(rnd);
      assertEquals(digits, Nip.of(digits).value());
    });
  }

  @Test
  void a_nip_whose_remainder_is_ten_never_parses() {
    Property.forAll("remainder 10 is invalid", TRIES, rnd -> {
      String digits = IdentifierGen.nipWithRemainderTen(rnd);
      assertEquals(List.of(Nip.CHECKSUM), NipTest.codes(Nip.parse(digits)));
    });
  }

  /**
   * Changing one digit d of a position with weight w changes the weighted sum by w·Δ with
   * 0 < |Δ| ≤ 9. Every NIP weight is between 2 and 7, so w·Δ is never a multiple of the prime 11
   * and the remainder always changes: it either stops matching the check digit or becomes 10.
   * Changing the check digit itself leaves the remainder and breaks the match. So every
   * single-digit change is detected.
   */
  @Test
  void changing_exactly_one_digit_of_a_valid_nip_always_fails_the_checksum() {
    Property.forAll("one changed NIP digit is detected", TRIES, rnd -> {
      String valid = IdentifierGen.validNip(rnd);
      String changed = IdentifierGen.changeOneDigit(rnd, valid);
      assertEquals(List.of(Nip.CHECKSUM), NipTest.codes(Nip.parse(changed)), changed);
    });
  }

  @Test
  void changing_any_one_digit_of_the_example_nips_to_any_other_digit_is_detected() {
    // the exhaustive version of the property for the two examples: 2 NIPs x 10 positions x 9 digits
    for (String valid : List.of("8567346215", "5260250274")) {
      for (int position = 0; position < 10; position++) {
        for (int digit = 0; digit <= 9; digit++) {
          if (digit == valid.charAt(position) - '0') {
            continue;
          }
          String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
          assertTrue(Nip.parse(changed).isInvalid(), changed);
        }
      }
    }
  }

  @Test
  void every_nip_weight_is_nonzero_modulo_11_which_is_why_one_changed_digit_is_detected() {
    for (int w : IdentifierGen.NIP_WEIGHTS) {
      for (int delta = 1; delta <= 9; delta++) {
        assertTrue((w * delta) % 11 != 0, "weight " + w + " times " + delta);
      }
    }
  }

  @Test
  void a_nip_written_with_prefix_spaces_and_dashes_parses_to_the_same_nip() {
    Property.forAll("decorated NIP round-trips", TRIES, rnd -> {
      Nip nip = Nip.of(IdentifierGen.validNip(rnd));
      String written = IdentifierGen.decorateNip(rnd, nip.value());
      assertEquals(nip, Nip.of(written), written);
      assertEquals(nip, Nip.of(nip.formatted()));
      assertEquals(nip, Nip.of("PL " + nip.formatted()));
      assertEquals(nip, Nip.of(nip.toString()));
    });
  }

  @Test
  void the_documented_example_round_trips() {
    Nip nip = Nip.of("PL 856-734-62-15");
    assertEquals(Nip.of("8567346215"), nip);
    assertEquals(nip, Nip.of(nip.formatted()));
  }

  @Test
  void random_ten_digit_strings_reach_both_outcomes_about_one_in_eleven_valid() {
    Random rnd = new Random(11);
    int valid = 0;
    int n = 11_000;
    for (int i = 0; i < n; i++) {
      if (Nip.parse(IdentifierGen.digits(rnd, 10)).isValid()) {
        valid++;
      }
    }
    // 10 of 11 remainders are usable and 1 of 10 last digits matches: 1/11 of all strings
    assertTrue(valid > n / 11 - 200 && valid < n / 11 + 200, "valid " + valid + " of " + n);
  }

  // --- REGON ---

  @Test
  void every_generated_valid_regon_parses() {
    Property.forAll("generated REGONs are valid", TRIES, rnd -> {
      String nine = IdentifierGen.validRegon9(rnd);
      String fourteen = IdentifierGen.validRegon14(rnd);
      Regon main = Regon.of(nine);
      Regon unit = Regon.of(fourteen);
      assertEquals(nine, main.value());
      assertFalse(main.isLocalUnit());
      assertEquals(fourteen, unit.value());
      assertTrue(unit.isLocalUnit());
      assertEquals(fourteen.substring(0, 9), unit.parent().get().value());
    });
  }

  /**
   * For a 9-digit REGON the weights are nonzero modulo 11 too, so one changed digit always changes
   * the remainder; but the check digit is the remainder modulo 10, and the remainders 0 and 10 both
   * give 0. So the true property: a single changed digit is missed exactly when it turns remainder
   * 0 into 10 or 10 into 0, and is detected otherwise.
   */
  @Test
  void one_changed_digit_of_a_nine_digit_regon_is_missed_only_between_remainders_0_and_10() {
    AtomicInteger missed = new AtomicInteger();
    AtomicInteger detected = new AtomicInteger();
    Property.forAll("one changed REGON digit", 5000, rnd -> {
      String valid = rnd.nextInt(4) == 0
          ? IdentifierGen.regon9WithRemainderTen(rnd)
          : IdentifierGen.validRegon9(rnd);
      String changed = IdentifierGen.changeOneDigit(rnd, valid);
      int before = IdentifierGen.weightedSum(valid, IdentifierGen.REGON9_WEIGHTS) % 11;
      int after = IdentifierGen.weightedSum(changed, IdentifierGen.REGON9_WEIGHTS) % 11;
      boolean swap = valid.charAt(8) == changed.charAt(8)
          && ((before == 0 && after == 10) || (before == 10 && after == 0));
      boolean parses = Regon.parse(changed).isValid();
      assertEquals(swap, parses, valid + " -> " + changed);
      (parses ? missed : detected).incrementAndGet();
    });
    assertTrue(missed.get() > 0, "the generator never reached a missed change");
    assertTrue(detected.get() > 0, "the generator never reached a detected change");
  }

  @Test
  void generated_invalid_identifiers_fail_their_checksum() {
    Property.forAll("generated invalid ids", TRIES, rnd -> {
      assertEquals(List.of(Nip.CHECKSUM), NipTest.codes(Nip.parse(IdentifierGen.invalidNip(rnd))));
      assertEquals(List.of(Regon.CHECKSUM),
          NipTest.codes(Regon.parse(IdentifierGen.invalidRegon9(rnd))));
      assertEquals(List.of(Regon.CHECKSUM),
          NipTest.codes(Regon.parse(IdentifierGen.invalidRegon14(rnd))));
    });
  }

  @Test
  void a_known_single_digit_change_that_a_nine_digit_regon_cannot_detect() {
    // 000000030: 3 x 7 = 21, remainder 10, check 0; changing the 8th digit to 0 gives
    // 000000000: remainder 0, check 0. Both are valid REGONs one digit apart.
    assertTrue(Regon.parse("000000030").isValid());
    assertTrue(Regon.parse("000000000").isValid());
  }

  /**
   * A change in the first nine digits of a local unit's REGON is a change of its main REGON, so
   * the main check finds it, except when it swaps the main remainder between 0 and 10 (see above).
   */
  @Test
  void one_changed_digit_in_the_main_part_of_a_local_unit_is_found_by_the_main_check() {
    AtomicInteger found = new AtomicInteger();
    AtomicInteger both = new AtomicInteger();
    Property.forAll("changes in the main part of a local unit", 5000, rnd -> {
      String valid = rnd.nextInt(4) == 0
          ? IdentifierGen.validRegon14(rnd, IdentifierGen.regon9WithRemainderTen(rnd))
          : IdentifierGen.validRegon14(rnd);
      assertTrue(Regon.parse(valid).isValid(), valid);
      String changed = IdentifierGen.changeOneDigit(rnd, valid, rnd.nextInt(9));
      int before = IdentifierGen.weightedSum(valid, IdentifierGen.REGON9_WEIGHTS) % 11;
      int after = IdentifierGen.weightedSum(changed, IdentifierGen.REGON9_WEIGHTS) % 11;
      boolean swap = valid.charAt(8) == changed.charAt(8)
          && ((before == 0 && after == 10) || (before == 10 && after == 0));
      var result = Regon.parse(changed);
      boolean mainReported = result.isInvalid()
          && result.getError().map(Problem::code).contains(Regon.MAIN_CHECKSUM);
      assertEquals(!swap, mainReported, valid + " -> " + changed);
      if (mainReported) {
        found.incrementAndGet();
        if (result.getError().size() == 2) {
          both.incrementAndGet();
        }
      }
    });
    assertTrue(found.get() > 0, "no change was ever found");
    assertTrue(both.get() > 0, "no change ever broke both checks");
  }

  @Test
  void the_fifth_digit_of_a_local_unit_has_weight_0_so_only_the_main_check_can_notice_it() {
    Property.forAll("fifth digit of a local unit", TRIES, rnd -> {
      String valid = IdentifierGen.validRegon14(rnd);
      String changed = IdentifierGen.changeOneDigit(rnd, valid, 4);
      var result = Regon.parse(changed);
      // the 14-digit check never sees the change; the 9-digit check (weight 4 there) does
      // unless the change swaps remainders 0 and 10
      assertFalse(result.isInvalid() && result.getError().map(Problem::code).contains(Regon.CHECKSUM),
          changed);
    });
  }

  @Test
  void random_nine_digit_strings_reach_both_outcomes() {
    Random rnd = new Random(9);
    int valid = 0;
    for (int i = 0; i < 10_000; i++) {
      if (Regon.parse(IdentifierGen.digits(rnd, 9)).isValid()) {
        valid++;
      }
    }
    // check digit 0 is right for remainders 0 and 10 (2/11), each other digit for 1/11
    assertTrue(valid > 700 && valid < 1300, "valid " + valid);
  }

  // --- KRS ---

  @Test
  void every_positive_number_below_ten_billion_is_a_krs_number_padded_to_ten_digits() {
    Property.forAll("KRS padding", TRIES, rnd -> {
      long n = 1 + (long) (rnd.nextDouble() * 9_999_999_998L);
      KrsNumber krs = KrsNumber.of(Long.toString(n));
      assertEquals(10, krs.value().length());
      assertEquals(n, Long.parseLong(krs.value()));
      assertEquals(krs, KrsNumber.of(krs.value()));
    });
  }

  // --- TERYT ---

  @Test
  void every_parent_of_a_valid_teryt_code_is_valid_contains_it_and_is_a_prefix_or_its_city() {
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    Property.forAll("TERYT parents", 5000, rnd -> {
      String text = IdentifierGen.digits(rnd, new int[] {2, 4, 7}[rnd.nextInt(3)]);
      var result = TerytCode.parse(text);
      if (result.isInvalid()) {
        invalid.incrementAndGet();
        return;
      }
      valid.incrementAndGet();
      TerytCode code = result.get();
      assertTrue(code.isWithin(code));
      for (TerytCode parent : code.parents()) {
        assertEquals(parent, TerytCode.of(parent.value()));
        assertTrue(code.isWithin(parent), code + " within " + parent);
        assertFalse(parent.isWithin(code), parent + " not within " + code);
        assertTrue(code.level().compareTo(parent.level()) >= 0);
        if (parent.level() != TerytLevel.COMMUNE_UNIT) {
          assertTrue(code.hasPrefix(parent.value()));
        }
      }
    });
    assertTrue(valid.get() > 0 && invalid.get() > 0, valid + " valid, " + invalid + " invalid");
  }
}
