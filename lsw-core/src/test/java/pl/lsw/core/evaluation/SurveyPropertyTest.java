package pl.lsw.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.testing.Property;

class SurveyPropertyTest {

  private static AnswerCounts anyCounts(Random rnd) {
    while (true) {
      int[] c = new int[6];
      for (int i = 0; i < 6; i++) {
        c[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(60);
      }
      if (Arrays.stream(c).sum() > 0) {
        return AnswerCounts.of(c[0], c[1], c[2], c[3], c[4], c[5]);
      }
    }
  }

  @Test
  void shares_sum_to_one_the_mean_lies_on_the_scale_and_high_shares_shrink_as_high_rises() {
    Property.forAll("answer counts", rnd -> {
      AnswerCounts a = anyCounts(rnd);
      assertEquals(Ratio.ONE, a.distribution().stream().reduce(Ratio.ZERO, Ratio::add));
      assertTrue(!a.mean().isLessThan(Ratio.ONE) && !a.mean().isGreaterThan(Ratio.of(6)));
      for (int h = 2; h <= 6; h++) {
        assertTrue(!a.highShare(h).isGreaterThan(a.highShare(h - 1)));
      }
      assertEquals(Ratio.ONE, a.highShare(1));
    });
  }

  @Test
  void significance_is_exactly_progress_above_the_threshold_and_the_rule_agrees() {
    AtomicInteger significant = new AtomicInteger();
    AtomicInteger not = new AtomicInteger();
    SurveyQuestion q = SurveyQuestion.ATMOSPHERE;
    Property.forAll("significant progress", rnd -> {
      ProgressMeasure m = ProgressMeasure.values()[rnd.nextInt(2)];
      ProgressCriterion c = new ProgressCriterion(m, Percent.of(rnd.nextInt(21)), 2 + rnd.nextInt(5));
      SurveyComparison s = SurveyComparison.of(
          SurveyWave.of("2019", LocalDate.of(2019, 5, 1), Map.of(q, anyCounts(rnd))),
          SurveyWave.of("2021", LocalDate.of(2021, 5, 1), Map.of(q, anyCounts(rnd))));
      QuestionChange change = s.changes(c).get(0);
      assertEquals(change.progress().compareTo(Ratio.of(c.threshold().value())) > 0,
          change.isSignificant());
      var params = pl.lsw.core.StandardRules.parameters()
          .with(EvaluationParameters.PROGRESS_MEASURE, EvaluationParameters.VALID_FROM, m)
          .with(EvaluationParameters.PROGRESS_THRESHOLD, EvaluationParameters.VALID_FROM,
              c.threshold())
          .with(EvaluationParameters.HIGH_ANSWER_FROM, EvaluationParameters.VALID_FROM,
              c.highFrom());
      assertEquals(change.isSignificant(), EvaluationRules.check(s, params).findings().isEmpty());
      (change.isSignificant() ? significant : not).incrementAndGet();
    });
    assertTrue(significant.get() > 0 && not.get() > 0, significant + " / " + not);
  }

  @Test
  void a_missing_count_is_a_problem_not_a_crash() {
    var v = AnswerCounts.validate(Arrays.asList(1, null, 2, 0, 0, 0));
    assertEquals(List.of("ANSWER_COUNT_MISSING"), v.getError().map(Problem::code).toJavaList());
    assertEquals("counts[1]", v.getError().get(0).path());
  }

  @Test
  void the_polish_and_english_problem_files_have_the_same_keys() {
    var bundle = EvaluationProblems.PROBLEMS.bundle();
    assertEquals(bundle.ownKeys(Messages.POLISH), bundle.ownKeys(Locale.ENGLISH));
    assertTrue(bundle.ownKeys(Locale.ENGLISH).size() >= 30);
  }
}
