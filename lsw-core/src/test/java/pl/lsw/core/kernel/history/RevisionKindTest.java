package pl.lsw.core.kernel.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

/**
 * The kind of a revision has a limit every store keeps: a revision built with a longer kind (an
 * embedder may rebuild a basket, a contact base or a plan with its history) is refused when it is
 * made, not by one store and not by another.
 */
class RevisionKindTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void a_kind_of_the_longest_length_is_kept() {
    String kind = "K".repeat(Revision.MAX_KIND);
    assertEquals(kind, new Revision(AT, "clerk", "plan:1", kind, List.of()).kind());
  }

  @Test
  void a_longer_kind_is_refused_with_the_text_policys_code() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new Revision(AT, "clerk", "plan:1", "K".repeat(Revision.MAX_KIND + 1), List.of()));
    assertEquals(List.of("kind:REVISION_KIND_TOO_LONG"),
        e.problems().stream().map(p -> p.path() + ":" + p.code()).toList());
    Problem p = e.problems().get(0);
    assertEquals(true, p.message(Locale.ENGLISH).contains(String.valueOf(Revision.MAX_KIND)),
        p.message(Locale.ENGLISH));
    assertEquals(true, p.message(Locale.forLanguageTag("pl")).contains("rodzaj zmiany"),
        p.message(Locale.forLanguageTag("pl")));
  }
}
