package pl.lsw.core.typology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Property;

class NajamPropertyTest {

  private static int grade(Random rnd) {
    return 1 + rnd.nextInt(5);
  }

  private static NajamThresholds thresholds(Random rnd) {
    return new NajamThresholds(grade(rnd), grade(rnd));
  }

  @Test
  void raising_goal_similarity_never_makes_goals_different() {
    Property.forAll("goals monotone", rnd -> {
      NajamThresholds t = thresholds(rnd);
      int goals = grade(rnd);
      int means = grade(rnd);
      int higher = goals + rnd.nextInt(6 - goals);
      NajamType before = NajamClassification.of(SimilarityRating.of(goals, means), t).type();
      NajamType after = NajamClassification.of(SimilarityRating.of(higher, means), t).type();
      assertTrue(!before.similarGoals() || after.similarGoals(), before + " -> " + after);
      assertEquals(before.similarMeans(), after.similarMeans());
      assertFalse(before == NajamType.COMPLEMENTARITY && after == NajamType.CONFRONTATION);
      assertFalse(before == NajamType.COOPERATION && after == NajamType.COOPTATION);
    });
  }

  @Test
  void raising_means_similarity_never_makes_means_different() {
    Property.forAll("means monotone", rnd -> {
      NajamThresholds t = thresholds(rnd);
      int goals = grade(rnd);
      int means = grade(rnd);
      int higher = means + rnd.nextInt(6 - means);
      NajamType before = NajamClassification.of(SimilarityRating.of(goals, means), t).type();
      NajamType after = NajamClassification.of(SimilarityRating.of(goals, higher), t).type();
      assertTrue(!before.similarMeans() || after.similarMeans(), before + " -> " + after);
      assertEquals(before.similarGoals(), after.similarGoals());
    });
  }

  @Test
  void raising_a_threshold_never_turns_different_into_similar() {
    Property.forAll("thresholds antitone", rnd -> {
      SimilarityRating r = SimilarityRating.of(grade(rnd), grade(rnd));
      NajamThresholds low = thresholds(rnd);
      NajamThresholds high = new NajamThresholds(
          low.goalsSimilarFrom() + rnd.nextInt(6 - low.goalsSimilarFrom()),
          low.meansSimilarFrom() + rnd.nextInt(6 - low.meansSimilarFrom()));
      NajamType a = NajamClassification.of(r, low).type();
      NajamType b = NajamClassification.of(r, high).type();
      assertTrue(a.similarGoals() || !b.similarGoals());
      assertTrue(a.similarMeans() || !b.similarMeans());
    });
  }

  @Test
  void the_type_is_the_comparison_with_each_threshold_and_the_explanation_has_three_parts() {
    Property.forAll("type from thresholds", rnd -> {
      SimilarityRating r = SimilarityRating.of(grade(rnd), grade(rnd));
      NajamThresholds t = thresholds(rnd);
      NajamClassification c = NajamClassification.of(r, t);
      assertEquals(r.goals() >= t.goalsSimilarFrom(), c.goalsSimilar());
      assertEquals(r.means() >= t.meansSimilarFrom(), c.meansSimilar());
      assertEquals(3, c.explanation(java.util.Locale.ENGLISH).size());
      assertTrue(c.explain(java.util.Locale.ENGLISH).contains(c.type().englishName()));
    });
  }
}
