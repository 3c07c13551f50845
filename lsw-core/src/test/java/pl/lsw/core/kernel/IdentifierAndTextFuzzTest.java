package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Fuzz;
import pl.lsw.core.testing.Property;

/**
 * The identifier parsers and the text checks on hostile text: a valid result or its problems,
 * never another exception; a valid result keeps the invariants.
 */
class IdentifierAndTextFuzzTest {

  private static <T> void fuzz(String name, Function<CharSequence, Validation<Seq<Problem>, T>> parse,
      Function<T, String> value, String digitsPattern) {
    Property.forAll(name, Fuzz.inputs(), rnd -> {
      String text = Fuzz.text(rnd);
      Validation<Seq<Problem>, T> result = parse.apply(text);
      if (result.isValid()) {
        String v = value.apply(result.get());
        assertTrue(v.matches(digitsPattern), v);
        assertFalse(TextChecks.isBlank(text));
      } else {
        assertFalse(result.getError().isEmpty());
        result.getError().forEach(p -> assertFalse(p.message().isEmpty()));
      }
    });
  }

  @Test
  void krs_number_parse_fuzz() {
    fuzz("KrsNumber.parse fuzz", KrsNumber::parse, KrsNumber::value, "(?!0{10})[0-9]{10}");
  }

  @Test
  void nip_parse_fuzz() {
    fuzz("Nip.parse fuzz", Nip::parse, Nip::value, "[0-9]{10}");
  }

  @Test
  void regon_parse_fuzz() {
    fuzz("Regon.parse fuzz", Regon::parse, Regon::value, "[0-9]{9}|[0-9]{14}");
  }

  @Test
  void teryt_code_parse_fuzz() {
    fuzz("TerytCode.parse fuzz", TerytCode::parse, TerytCode::value, "[0-9]{2}|[0-9]{4}|[0-9]{7}");
  }

  @Test
  void a_text_accepted_by_the_text_checks_has_no_blank_ends_no_controls_no_lone_surrogates() {
    Localized what = Label.of("Tekst", "The text");
    Property.forAll("TextChecks fuzz", Fuzz.inputs(), rnd -> {
      String text = Fuzz.text(rnd);
      List<Problem> problems = new ArrayList<>();
      TextChecks.requireText(problems, "text", "TEXT", what, text, 1_000);
      boolean valid = problems.isEmpty();
      boolean invariants = text != null && !text.isEmpty()
          && !TextChecks.isBlankChar(text.charAt(0))
          && !TextChecks.isBlankChar(text.charAt(text.length() - 1))
          && text.length() <= 1_000
          && text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n'
              && c != '\r')
          && TextChecks.firstLoneSurrogate(text) < 0
          && !PeselInText.contains(text);
      assertEquals(invariants, valid, problems.toString());
      problems.forEach(p -> assertFalse(p.message().isEmpty()));
      if (text != null) {
        String stripped = TextChecks.strip(text);
        assertEquals(stripped.isEmpty(), TextChecks.isBlank(text));
        assertEquals(TextChecks.present(text).orElse(""), stripped);
      }
    });
  }

  @Test
  void a_huge_identifier_is_quoted_shortly_in_its_problems() {
    String huge = "1".repeat(1_000_000) + "x";
    for (Seq<Problem> problems : List.of(KrsNumber.parse(huge).getError(), Nip.parse(huge).getError(),
        Regon.parse(huge).getError(), TerytCode.parse(huge).getError())) {
      problems.forEach(p -> assertTrue(p.message().length() < 400, p.message()));
    }
  }
}
