package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Fuzz;
import pl.lsw.core.testing.Property;

/**
 * {@link PeselInText} and the {@code _PESEL} problem of {@link TextChecks}: seeded random valid
 * PESEL numbers are found in any text, numbers with a wrong check digit or an impossible date,
 * and runs of twelve digits, are not; the exact boundaries of dates and runs.
 */
class PeselInTextPropertyTest {

  private static final int TRIES = 2000;

  /** Text around a number: letters, Polish letters, punctuation, white space, no digits. */
  private static final String AROUND = "abcXYZ żółćęśąźń.,:;()/\"'#=\t\n  -PESEL nr";

  private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  /** A valid PESEL of a random birth day between 1800-01-01 and 2299-12-31. */
  static String validPesel(Random rnd) {
    LocalDate from = LocalDate.of(1800, 1, 1);
    LocalDate day = from.plusDays(rnd.nextInt((int) (LocalDate.of(2299, 12, 31).toEpochDay()
        - from.toEpochDay() + 1)));
    return pesel(day, Fuzz.digits(rnd, 4));
  }

  /** The PESEL of a birth day with four serial digits. */
  static String pesel(LocalDate day, String serial) {
    int year = day.getYear();
    int offset = year < 1900 ? 80 : year < 2000 ? 0 : year < 2100 ? 20 : year < 2200 ? 40 : 60;
    String ten = String.format("%02d%02d%02d%s", year % 100, day.getMonthValue() + offset,
        day.getDayOfMonth(), serial);
    return ten + checkDigit(ten);
  }

  private static int checkDigit(String ten) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (ten.charAt(i) - '0') * WEIGHTS[i];
    }
    return (10 - sum % 10) % 10;
  }

  private static String around(Random rnd) {
    StringBuilder out = new StringBuilder();
    int n = rnd.nextInt(12);
    for (int i = 0; i < n; i++) {
      out.append(AROUND.charAt(rnd.nextInt(AROUND.length())));
    }
    if (rnd.nextInt(5) == 0) {
      out.appendCodePoint(0x1F600 + rnd.nextInt(40));
    }
    return out.toString();
  }

  /** The PESEL written in groups joined by a space or a hyphen. */
  private static String grouped(Random rnd, String pesel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pesel.length(); i++) {
      if (i > 0 && rnd.nextInt(4) == 0) {
        out.append(rnd.nextBoolean() ? ' ' : '-');
      }
      out.append(pesel.charAt(i));
    }
    return out.toString();
  }

  @Test
  void a_valid_pesel_is_found_wherever_it_stands_in_a_text() {
    Property.forAll("a valid PESEL in a text is found", TRIES, rnd -> {
      String pesel = validPesel(rnd);
      assertTrue(PeselInText.isValid(pesel), pesel);
      String before = around(rnd);
      String text = before + pesel + around(rnd);
      assertEquals(before.length(), PeselInText.find(text), text);
    });
  }

  @Test
  void a_valid_pesel_written_in_groups_is_found() {
    Property.forAll("a grouped PESEL is found", TRIES, rnd -> {
      String before = around(rnd);
      String text = before + grouped(rnd, validPesel(rnd)) + around(rnd);
      assertTrue(PeselInText.contains(text), text);
    });
  }

  @Test
  void a_wrong_check_digit_is_never_a_pesel() {
    Property.forAll("a wrong check digit is not found", TRIES, rnd -> {
      String pesel = validPesel(rnd);
      int wrong = (pesel.charAt(10) - '0' + 1 + rnd.nextInt(9)) % 10;
      String bad = pesel.substring(0, 10) + wrong;
      String text = around(rnd) + (rnd.nextBoolean() ? bad : grouped(rnd, bad)) + around(rnd);
      assertFalse(PeselInText.contains(text), text);
    });
  }

  @Test
  void a_run_of_twelve_digits_is_never_a_pesel() {
    Property.forAll("twelve digits are not found", TRIES, rnd -> {
      String pesel = validPesel(rnd);
      String digit = String.valueOf(rnd.nextInt(10));
      String run = rnd.nextBoolean() ? digit + pesel : pesel + digit;
      assertFalse(PeselInText.contains(around(rnd) + run + around(rnd)), run);
    });
  }

  @Test
  void random_hostile_text_is_searched_without_failing_and_agrees_with_a_plain_search() {
    Property.forAll("the detector agrees with a plain search of digit runs", TRIES, rnd -> {
      String text = Fuzz.text(rnd);
      boolean plain = false;
      if (text != null) {
        // a run right after a plus sign is an international phone number, never searched
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("[0-9]+").matcher(text);
        while (run.find()) {
          boolean phone = run.start() > 0 && text.charAt(run.start() - 1) == '+';
          plain |= !phone && run.group().length() == 11 && PeselInText.isValid(run.group());
        }
      }
      if (plain) {
        assertTrue(PeselInText.contains(text), text);
      }
    });
  }

  @Test
  void the_boundaries_of_the_birth_date() {
    assertTrue(PeselInText.isValid(pesel(LocalDate.of(1800, 1, 1), "0000")));
    assertTrue(PeselInText.isValid(pesel(LocalDate.of(1899, 12, 31), "1234")));
    assertTrue(PeselInText.isValid(pesel(LocalDate.of(1900, 1, 1), "1234")));
    assertTrue(PeselInText.isValid(pesel(LocalDate.of(2000, 2, 29), "1234")));
    assertTrue(PeselInText.isValid(pesel(LocalDate.of(2299, 12, 31), "9999")));
    assertTrue(PeselInText.isValid("85010112345"));
    // 29 February of a year that is not a leap year: 1900 (month 02), 2100 (month 42)
    assertFalse(PeselInText.isValid(withCheckDigit("000229" + "1234")));
    assertFalse(PeselInText.isValid(withCheckDigit("004229" + "1234")));
    assertTrue(PeselInText.isValid(withCheckDigit("002229" + "1234")), "29 February 2000");
    // months outside the five centuries, day zero and day 32
    for (String month : List.of("00", "13", "20", "33", "40", "53", "60", "73", "80", "93")) {
      assertFalse(PeselInText.isValid(withCheckDigit("85" + month + "01" + "1234")), month);
    }
    assertFalse(PeselInText.isValid(withCheckDigit("850100" + "1234")));
    assertFalse(PeselInText.isValid(withCheckDigit("850132" + "1234")));
    assertTrue(PeselInText.isValid(withCheckDigit("850131" + "1234")));
    assertFalse(PeselInText.isValid(withCheckDigit("850431" + "1234")));
  }

  private static String withCheckDigit(String ten) {
    return ten + checkDigit(ten);
  }

  @Test
  void the_boundaries_of_the_run() {
    assertEquals(0, PeselInText.find("85010112345"));
    assertEquals(6, PeselInText.find("PESEL:85010112345."));
    assertEquals(-1, PeselInText.find("8501011234"), "ten digits");
    assertEquals(-1, PeselInText.find("850101123455"), "twelve digits");
    assertEquals(-1, PeselInText.find("185010112345"), "twelve digits");
    assertEquals(2, PeselInText.find("1 85010112345"), "a separate group of eleven");
    assertEquals(0, PeselInText.find("850101 12345"));
    assertEquals(0, PeselInText.find("85-01-01-123-45"));
    assertEquals(5, PeselInText.find("2024 850101 12345"), "the eleven digits after a year");
    assertEquals(-1, PeselInText.find("850101  12345"), "two spaces part the groups");
    assertEquals(-1, PeselInText.find("850101 - 12345"), "a spaced hyphen parts the groups");
    assertEquals(-1, PeselInText.find("850101\u00A012345"), "a no-break space parts the groups");
    assertEquals(-1, PeselInText.find("+85010112345"), "after a plus: a phone number");
    assertEquals(-1, PeselInText.find("tel. +48 512 345 678 9"), "after a plus: a phone number");
    assertEquals(-1, PeselInText.find("８５０１０１１２３４５"), "only ASCII digits are read");
    assertEquals(-1, PeselInText.find(null));
    assertEquals(-1, PeselInText.find(""));
    assertEquals(-1, PeselInText.find("1234567890123456789012345"));
  }

  @Test
  void the_search_is_linear_on_long_runs_of_groups() {
    String text = "1 ".repeat(500_000) + "85010112345";
    assertEquals(1_000_000, PeselInText.find(text));
    assertEquals(-1, PeselInText.find("1-".repeat(500_000) + "1"));
  }

  @Test
  void every_text_check_refuses_a_pesel_without_quoting_its_digits() {
    Localized what = Label.of("Opis", "The description");
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "description", "MATTER_DESCRIPTION", what,
        "rodzina, PESEL 85010112345, prosi o wsparcie", 200);
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals("MATTER_DESCRIPTION_PESEL", p.code());
    assertEquals("description", p.path());
    for (java.util.Locale locale : List.of(java.util.Locale.forLanguageTag("pl"),
        java.util.Locale.ENGLISH)) {
      String message = p.message(locale);
      assertTrue(message.contains("PESEL"), message);
      assertFalse(message.contains("85010112345") || message.contains("12345"), message);
    }
    assertFalse(p.arguments().toString().contains("12345"), p.arguments().toString());
    List<Problem> none = new ArrayList<>();
    TextChecks.requireText(none, "description", "MATTER_DESCRIPTION", what,
        "rodzina 85010112346 prosi o wsparcie", 200);
    assertEquals(List.of(), none, "a wrong check digit is no PESEL");
  }
}
