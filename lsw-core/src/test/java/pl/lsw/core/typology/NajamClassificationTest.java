package pl.lsw.core.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.ParameterSet;

class NajamClassificationTest {

  private static final Locale PL = Locale.forLanguageTag("pl");
  private static final NajamThresholds T = NajamThresholds.DEFAULT;

  private static NajamType type(int goals, int means) {
    return NajamClassification.of(SimilarityRating.of(goals, means), T).type();
  }

  @Test
  void the_four_types_follow_the_two_criteria() {
    assertEquals(NajamType.COOPERATION, type(5, 5));
    assertEquals(NajamType.COMPLEMENTARITY, type(5, 1));
    assertEquals(NajamType.COOPTATION, type(1, 5));
    assertEquals(NajamType.CONFRONTATION, type(1, 1));
  }

  @Test
  void exactly_at_the_goals_threshold_goals_are_similar_and_one_below_different() {
    assertEquals(NajamType.COMPLEMENTARITY, type(4, 3));
    assertEquals(NajamType.CONFRONTATION, type(3, 3));
    assertEquals(NajamType.COOPERATION, type(4, 4));
    assertEquals(NajamType.COOPTATION, type(3, 4));
  }

  @Test
  void exactly_at_the_means_threshold_means_are_similar_and_one_below_different() {
    assertEquals(NajamType.COOPERATION, type(5, 4));
    assertEquals(NajamType.COMPLEMENTARITY, type(5, 3));
    assertEquals(NajamType.COOPTATION, type(2, 4));
    assertEquals(NajamType.CONFRONTATION, type(2, 3));
  }

  @Test
  void the_thresholds_are_dated_parameters_and_a_later_value_applies_from_its_day() {
    LocalDate from = LocalDate.of(2021, 1, 1);
    ParameterSet p = StandardRules.parameters()
        .with(TypologyParameters.NAJAM_GOALS_SIMILAR_FROM, from, 3);
    SimilarityRating r = SimilarityRating.of(3, 2);
    assertEquals(NajamType.CONFRONTATION, NajamClassification.of(r, p, from.minusDays(1)).type());
    assertEquals(NajamType.COMPLEMENTARITY, NajamClassification.of(r, p, from).type());
    assertEquals(new NajamThresholds(4, 4), NajamThresholds.asOf(StandardRules.parameters(),
        LocalDate.of(2019, 6, 1)));
  }

  @Test
  void the_explanation_names_the_inputs_the_thresholds_and_the_side_of_each() {
    NajamClassification c = NajamClassification.of(SimilarityRating.of(4, 3), T);
    assertTrue(c.goalsSimilar());
    assertFalse(c.meansSimilar());
    assertEquals("Similarity of goals 4 (scale 1–5) reaches the threshold 4: similar goals."
        + " Similarity of means 3 (scale 1–5) is below the threshold 4: different means."
        + " Model of cooperation (four C's): complementarity.", c.explain(Locale.ENGLISH));
    assertEquals(List.of(
        "Podobieństwo celów 4 (skala 1–5) osiąga próg 4: cele podobne.",
        "Podobieństwo sposobów działania 3 (skala 1–5) jest poniżej progu 4: sposoby działania odmienne.",
        "Model współpracy (model czterech C): komplementarność."), c.explanation(PL));
  }

  @Test
  void ratings_off_the_scale_are_all_listed_at_once() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SimilarityRating.of(0, 6));
    assertEquals(List.of("goals", "means"), e.problems().stream().map(Problem::path).toList());
    assertEquals(List.of("RATING_OFF_SCALE", "RATING_OFF_SCALE"),
        e.problems().stream().map(Problem::code).toList());
    assertEquals("podobieństwo celów: ocena 0 leży poza skalą 1–5",
        e.problems().get(0).message(PL));
    assertEquals(2, SimilarityRating.validate(0, 6).getError().size());
    assertTrue(SimilarityRating.validate(1, 5).isValid());
    assertTrue(SimilarityRating.validate(5, 1).isValid());
  }

  @Test
  void thresholds_off_the_scale_and_a_type_that_does_not_follow_are_refused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new NajamThresholds(0, 6));
    assertEquals(2, e.problems().size());
    assertEquals("THRESHOLD_OFF_SCALE", e.problems().get(1).code());
    InvalidInputException m = assertThrows(InvalidInputException.class,
        () -> new NajamClassification(SimilarityRating.of(5, 5), T, NajamType.CONFRONTATION));
    assertEquals("NAJAM_TYPE_MISMATCH", m.problems().get(0).code());
    assertEquals("The type given, \"confrontation\", does not follow from the ratings and"
        + " thresholds, which give \"cooperation\"", m.problems().get(0).message());
  }

  @Test
  void a_type_knows_its_answers_to_the_two_criteria() {
    for (NajamType t : NajamType.values()) {
      assertEquals(t, NajamType.of(t.similarGoals(), t.similarMeans()));
    }
    assertEquals("kooptacja", NajamType.COOPTATION.display(PL));
    assertEquals("co-optation", NajamType.COOPTATION.display(Locale.ENGLISH));
  }
}
