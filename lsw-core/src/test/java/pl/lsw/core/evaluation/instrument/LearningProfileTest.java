package pl.lsw.core.evaluation.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.evaluation.instrument.LearningProfile.DimensionPosition;
import pl.lsw.core.evaluation.instrument.LearningProfile.TraitObservation;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

class LearningProfileTest {

  private static final LocalDate DAY = LocalDate.of(2021, 3, 1);
  private static final EvidenceNote NOTE = EvidenceNote.fromPerson("wywiad z koordynatorką LSW");

  private static List<String> codes(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).problems().stream()
        .map(Problem::code).toList();
  }

  private static TraitObservation present(LearningTrait t) {
    return new TraitObservation(t, true, List.of(NOTE));
  }

  @Test
  void the_seed_tables_are_data_with_both_poles_in_both_languages() {
    assertEquals(8, LearningTrait.values().length);
    assertEquals(11, LearningDimension.values().length);
    for (LearningTrait t : LearningTrait.values()) {
      assertTrue(!t.trait().englishName().isBlank() && !t.traditional().polishName().isBlank());
    }
    for (LearningDimension d : LearningDimension.values()) {
      assertTrue(!d.learning().polishName().isBlank() && !d.traditional().englishName().isBlank());
    }
    assertEquals("001 Tabela 4", LearningTrait.SOURCE.text());
    assertEquals("001 Tabela 5", LearningDimension.SOURCE.text());
  }

  @Test
  void the_share_of_traits_present_is_exact_over_all_eight_traits() {
    LearningProfile p = LearningProfile.of(DAY, List.of(present(LearningTrait.SHARED_PATH),
        present(LearningTrait.CHANGE_AS_VALUE),
        new TraitObservation(LearningTrait.CONFIDENCE, true, List.of()),
        new TraitObservation(LearningTrait.DETERMINATION, false, List.of())), List.of());
    assertEquals(Ratio.of(3, 8), p.shareOfTraitsPresent());
    assertEquals(List.of(LearningTrait.SHARED_PATH, LearningTrait.CONFIDENCE,
        LearningTrait.CHANGE_AS_VALUE), p.traitsPresent());
    assertEquals(5, p.traitsMissing().size());
    assertEquals(List.of(LearningTrait.CONFIDENCE), p.traitsPresentWithoutEvidence());
    assertEquals(Ratio.ZERO, p.shareOfDimensionsLearning());
    assertEquals(11, p.dimensionsNotPlaced().size());
  }

  @Test
  void positions_per_dimension_are_kept_and_explained() {
    LearningProfile p = LearningProfile.of(DAY, List.of(), List.of(
        new DimensionPosition(LearningDimension.MISTAKES, LearningPosition.LEARNING, null),
        DimensionPosition.of("RISK", "BETWEEN", "ryzyko tylko w ramach projektu")));
    assertEquals(LearningPosition.BETWEEN, p.position(LearningDimension.RISK).orElseThrow());
    assertEquals(List.of(LearningDimension.MISTAKES), p.dimensionsAt(LearningPosition.LEARNING));
    assertEquals(Ratio.of(1, 11), p.shareOfDimensionsLearning());
    assertEquals(Ratio.ZERO, p.shareOfTraitsPresent());
    List<String> en = p.explanation(Locale.ENGLISH);
    assertEquals(4, en.size(), en::toString);
    assertEquals("Dimension \"mistakes\": like a learning partnership (traditional: mistakes are"
        + " punished; learning: mistakes are learnt from).", en.get(2));
  }

  @Test
  void a_profile_lists_every_problem_at_once() {
    assertEquals(List.of("ASSESSMENT_DATE_MISSING", "LEARNING_PROFILE_EMPTY"),
        codes(() -> LearningProfile.of(null, List.of(), List.of())));
    var v = LearningProfile.validate(DAY,
        List.of(present(LearningTrait.SHARED_PATH), present(LearningTrait.SHARED_PATH)),
        List.of(new DimensionPosition(LearningDimension.RISK, LearningPosition.LEARNING, null),
            new DimensionPosition(LearningDimension.RISK, LearningPosition.TRADITIONAL, null)));
    assertEquals(List.of("LEARNING_TRAIT_DUPLICATE", "LEARNING_DIMENSION_DUPLICATE"),
        v.getError().map(Problem::code).toJavaList());
    assertEquals("positions[1]", v.getError().get(1).path());
  }

  @Test
  void a_position_note_is_checked_at_its_exact_limit() {
    String max = "n".repeat(DimensionPosition.MAX_NOTE);
    assertEquals(max, new DimensionPosition(LearningDimension.RISK, LearningPosition.BETWEEN, max)
        .noteIfAny().orElseThrow());
    assertEquals(List.of("LEARNING_DIMENSION_MISSING", "LEARNING_POSITION_MISSING",
            "POSITION_NOTE_TOO_LONG"),
        codes(() -> new DimensionPosition(null, null, max + "n")));
    assertEquals(List.of("POSITION_NOTE_EMPTY"),
        codes(() -> new DimensionPosition(LearningDimension.RISK, LearningPosition.BETWEEN, " ")));
    assertEquals(List.of("POSITION_NOTE_UNTRIMMED"),
        codes(() -> new DimensionPosition(LearningDimension.RISK, LearningPosition.BETWEEN, "a ")));
    assertEquals(List.of("LEARNING_TRAIT_MISSING"),
        codes(() -> new TraitObservation(null, true, List.of())));
  }
}
