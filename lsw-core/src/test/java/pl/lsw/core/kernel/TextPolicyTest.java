package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's one text policy (blank characters, controls, surrogates). */
class TextPolicyTest {

  private static final Localized WHAT = Label.of("Nazwa", "The name");

  private static List<String> codes(String text) {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "NAME", WHAT, text, 20);
    return problems.stream().map(Problem::code).toList();
  }

  @Test
  void no_break_figure_narrow_and_zero_width_spaces_are_blank() {
    for (String s : List.of("\u00A0", "\u2007", "\u202F", "\u200B", "\u200C", "\u200D", "\u2060",
        "\uFEFF", " \u3000\t")) {
      assertTrue(TextChecks.isBlank(s), s.codePointAt(0) + "");
      assertEquals(List.of("NAME_EMPTY"), codes(s));
      assertTrue(TextChecks.present(s).isEmpty());
    }
    assertFalse(TextChecks.isBlank("a"));
    assertEquals("a b", TextChecks.strip("\u200B\u00A0a b\uFEFF"));
  }

  @Test
  void a_text_framed_by_a_zero_width_space_is_untrimmed() {
    assertEquals(List.of("NAME_UNTRIMMED"), codes("\u200Bab"));
    assertEquals(List.of("NAME_UNTRIMMED"), codes("ab\u00A0"));
  }

  @Test
  void control_characters_and_lone_surrogates_are_refused_but_pairs_and_line_breaks_are_not() {
    assertEquals(List.of("NAME_CONTROL_CHARACTER"), codes("a\u0000b"));
    assertEquals(List.of("NAME_CONTROL_CHARACTER"), codes("a\u007Fb"));
    assertEquals(List.of("NAME_SURROGATE"), codes("a\uDC00b"));
    assertEquals(List.of("NAME_SURROGATE"), codes("ab\uD83D"));
    assertEquals(List.of(), codes("a\uD83D\uDE00b"));
    assertEquals(List.of(), codes("a\nb\tc"));
  }

  @Test
  void the_new_problems_have_messages_in_both_languages() {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "NAME", WHAT, "a\u0001\uD800", 20);
    assertEquals(2, problems.size());
    for (Problem p : problems) {
      assertTrue(p.message(new java.util.Locale("pl")).contains("pozycji"), p.message(null));
      assertTrue(p.message().contains("position"), p.message());
    }
  }
}
