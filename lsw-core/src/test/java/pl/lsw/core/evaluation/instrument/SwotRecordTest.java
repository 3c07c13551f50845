package pl.lsw.core.evaluation.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

class SwotRecordTest {

  private static final LocalDate DAY = LocalDate.of(2020, 10, 15);

  private static List<String> codes(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).problems().stream()
        .map(Problem::code).toList();
  }

  @Test
  void the_seed_template_has_the_four_quadrants_of_tabela_3_with_unique_codes() {
    List<SwotTemplateItem> t = SwotRecord.seedTemplate();
    assertEquals(41, t.size());
    assertEquals(t.size(), new HashSet<>(t.stream().map(SwotTemplateItem::code).toList()).size());
    SwotRecord r = SwotRecord.fromTemplate(DAY, SwotPerspective.PARTNERSHIP, Locale.ENGLISH);
    assertEquals(Map.of(SwotQuadrant.STRENGTH, 12, SwotQuadrant.WEAKNESS, 12,
        SwotQuadrant.OPPORTUNITY, 10, SwotQuadrant.THREAT, 7), r.counts());
    assertEquals("a holistic approach to the problem", r.items().get(0).text());
    assertEquals("całościowe podejście do problemu",
        SwotRecord.fromTemplate(DAY, SwotPerspective.NGO, Locale.forLanguageTag("pl"))
            .items().get(0).text());
    for (SwotTemplateItem i : t) {
      assertTrue(i.text().polishName().length() <= 60 && i.text().englishName().length() <= 60,
          i.code());
    }
    assertEquals("001 Tabela 3", SwotRecord.SOURCE.text());
  }

  @Test
  void a_record_keeps_items_per_quadrant_and_names_the_empty_ones() {
    SwotRecord r = SwotRecord.of(DAY, "LOCAL_GOVERNMENT", List.of(
        SwotItem.of(SwotQuadrant.STRENGTH, "wspólna diagnoza"),
        SwotItem.of("THREAT", "rotacja kadr"),
        SwotItem.of(SwotQuadrant.THREAT, "brak czasu")));
    assertEquals(2, r.items(SwotQuadrant.THREAT).size());
    assertEquals(List.of(SwotQuadrant.WEAKNESS, SwotQuadrant.OPPORTUNITY), r.emptyQuadrants());
    assertEquals(SwotPerspective.LOCAL_GOVERNMENT, r.perspective());
    assertTrue(SwotQuadrant.WEAKNESS.isInternal() && !SwotQuadrant.THREAT.isInternal());
  }

  @Test
  void a_record_lists_every_problem_at_once() {
    assertEquals(List.of("SWOT_DATE_MISSING", "SWOT_PERSPECTIVE_MISSING", "SWOT_EMPTY"),
        codes(() -> SwotRecord.of(null, (SwotPerspective) null, List.of())));
    var v = SwotRecord.validate(DAY, SwotPerspective.NGO, List.of(
        SwotItem.of(SwotQuadrant.THREAT, "myślenie projektowe"),
        SwotItem.of(SwotQuadrant.WEAKNESS, "myślenie projektowe"),
        SwotItem.of(SwotQuadrant.THREAT, "myślenie projektowe")));
    assertEquals(List.of("SWOT_ITEM_DUPLICATE"), v.getError().map(Problem::code).toJavaList());
    assertEquals("items[2]", v.getError().get(0).path());
    assertEquals("The item \"myślenie projektowe\" (threat) appears more than once in the analysis",
        v.getError().get(0).message(Locale.ENGLISH));
  }

  @Test
  void an_item_text_is_checked_at_its_exact_limit() {
    String max = "s".repeat(SwotItem.MAX_TEXT);
    assertEquals(max, SwotItem.of(SwotQuadrant.STRENGTH, max).text());
    assertEquals(List.of("SWOT_QUADRANT_MISSING", "SWOT_TEXT_TOO_LONG"),
        codes(() -> SwotItem.of((SwotQuadrant) null, max + "s")));
    assertEquals(List.of("SWOT_TEXT_EMPTY"), codes(() -> SwotItem.of(SwotQuadrant.STRENGTH, "")));
    assertEquals(List.of("SWOT_TEXT_UNTRIMMED"),
        codes(() -> SwotItem.of(SwotQuadrant.STRENGTH, "\tx")));
  }
}
