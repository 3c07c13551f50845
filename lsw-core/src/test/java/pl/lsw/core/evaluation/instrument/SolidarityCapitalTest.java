package pl.lsw.core.evaluation.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.evaluation.instrument.SolidarityCapital.DimensionGrade;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Problem;

class SolidarityCapitalTest {

  private static final LocalDate DAY = LocalDate.of(2021, 9, 1);
  private static final EvidenceNote NOTE =
      EvidenceNote.fromRecords("lista zasobów udostępnionych rodzinom w pandemii");

  private static List<String> codes(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).problems().stream()
        .map(Problem::code).toList();
  }

  @Test
  void the_three_dimensions_of_the_seed() {
    assertEquals(3, SolidarityDimension.values().length);
    assertEquals("001 §7", SolidarityDimension.SOURCE.text());
    assertEquals("nieinstrumentalne współdziałanie",
        SolidarityDimension.NON_INSTRUMENTAL_COOPERATION.display(Messages.POLISH));
  }

  @Test
  void the_summary_names_the_weakest_and_unassessed_dimensions() {
    SolidarityCapital c = SolidarityCapital.of(DAY, List.of(
        DimensionGrade.of(SolidarityDimension.WARM_SOLIDARITY_TIES, Grade.MET, NOTE),
        DimensionGrade.of("NON_INSTRUMENTAL_COOPERATION", "PARTLY_MET", List.of())));
    assertEquals(List.of(SolidarityDimension.WARM_SOLIDARITY_TIES), c.met());
    assertEquals(List.of(SolidarityDimension.NON_INSTRUMENTAL_COOPERATION), c.weakest());
    assertEquals(List.of(SolidarityDimension.INSTITUTIONAL_ACCESS), c.unassessed());
    assertEquals(List.of(SolidarityDimension.NON_INSTRUMENTAL_COOPERATION), c.withoutEvidence());
    assertTrue(!c.isFullyPresent());
    assertEquals(List.of("Solidarity capital assessed on 2021-09-01: 1 of the 3 dimensions met.",
        "Dimension \"institutional access to resources\": not assessed.",
        "Dimension \"warm ties of solidarity\": met.",
        "Dimension \"non-instrumental cooperation\": partly met.",
        "The weakest dimensions (partly met): non-instrumental cooperation."),
        c.explanation(Locale.ENGLISH));
  }

  @Test
  void all_three_met_is_fully_present_with_no_weakest() {
    SolidarityCapital c = SolidarityCapital.of(DAY, List.of(
        DimensionGrade.of(SolidarityDimension.INSTITUTIONAL_ACCESS, Grade.MET, NOTE),
        DimensionGrade.of(SolidarityDimension.WARM_SOLIDARITY_TIES, Grade.MET, NOTE),
        DimensionGrade.of(SolidarityDimension.NON_INSTRUMENTAL_COOPERATION, Grade.MET, NOTE)));
    assertTrue(c.isFullyPresent());
    assertEquals(List.of(), c.weakest());
    assertEquals(Grade.MET, c.lowestGrade());
  }

  @Test
  void an_assessment_lists_every_problem_at_once() {
    assertEquals(List.of("ASSESSMENT_DATE_MISSING", "SOLIDARITY_EMPTY"),
        codes(() -> SolidarityCapital.of(null, List.of())));
    var v = SolidarityCapital.validate(DAY, List.of(
        DimensionGrade.of(SolidarityDimension.INSTITUTIONAL_ACCESS, Grade.MET, NOTE),
        DimensionGrade.of(SolidarityDimension.INSTITUTIONAL_ACCESS, Grade.NOT_MET)));
    assertEquals(List.of("SOLIDARITY_DIMENSION_DUPLICATE"),
        v.getError().map(Problem::code).toJavaList());
    assertEquals(List.of("SOLIDARITY_DIMENSION_MISSING", "GRADE_MISSING"),
        codes(() -> new DimensionGrade(null, null, List.of())));
  }
}
