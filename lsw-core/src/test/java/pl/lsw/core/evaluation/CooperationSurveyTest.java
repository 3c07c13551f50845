package pl.lsw.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.rules.Severity;

/**
 * The cooperation-quality survey of seed 001 §8.
 *
 * <p><b>The seed's figures.</b> Of the four charts only one survived the text extraction, without
 * its question: eleven labels, "4% 10% 8% 14% 48% 29% 24% 33% 12% 14% 4%", over the legend 1–6,
 * for the bars "pierwszy pomiar" (2019) and "drugi pomiar" (2021). Read as two stacked bars of six
 * answers each, with the labels in the order of their position along the axis, they are the first
 * wave 4, 8, 48, 24, 12, 4 (%) for answers 1–6 and the second 0, 10, 14, 29, 33, 14 (%), each
 * summing to 100%. That is the only reading in which the report's "wyraźnie … istotny progres
 * (ponad 10%)" holds (the bars the other way round would be a fall); the tests below use it. The
 * number of respondents is not published, so the counts are the percentages (100 answers): every
 * share, mean and change is the same for any multiple, which a test checks too.
 */
class CooperationSurveyTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 6, 1);
  private static final LocalDate SECOND_DAY = LocalDate.of(2021, 6, 1);
  private static final SurveyQuestion SEED_CHART = SurveyQuestion.of("SEED_CHART",
      "Pytanie z wykresu raportu", "The question of the report's chart");
  private static final AnswerCounts SEED_2019 = AnswerCounts.of(4, 8, 48, 24, 12, 4);
  private static final AnswerCounts SEED_2021 = AnswerCounts.of(0, 10, 14, 29, 33, 14);

  private static SurveyComparison comparison(AnswerCounts before, AnswerCounts after) {
    return SurveyComparison.of(
        SurveyWave.of("2019", FIRST_DAY, Map.of(SEED_CHART, before)),
        SurveyWave.of("2021", SECOND_DAY, Map.of(SEED_CHART, after)));
  }

  private static ParameterSet measuring(ProgressMeasure measure) {
    return StandardRules.parameters().with(EvaluationParameters.PROGRESS_MEASURE,
        EvaluationParameters.VALID_FROM, measure);
  }

  private static List<Finding> findings(SurveyComparison c, ParameterSet p) {
    return EvaluationRules.check(c, p).findings();
  }

  @Test
  void the_library_reproduces_the_seeds_published_shares() {
    List<Integer> printed2019 = List.of(4, 8, 48, 24, 12, 4);
    List<Integer> printed2021 = List.of(0, 10, 14, 29, 33, 14);
    for (int a = 1; a <= 6; a++) {
      assertEquals(Percent.of(printed2019.get(a - 1)), SEED_2019.share(a).percent());
      assertEquals(Percent.of(printed2021.get(a - 1)), SEED_2021.share(a).percent());
    }
    assertEquals(Ratio.ONE, SEED_2019.distribution().stream().reduce(Ratio.ZERO, Ratio::add));
    assertEquals(Ratio.ONE, SEED_2021.distribution().stream().reduce(Ratio.ZERO, Ratio::add));
  }

  @Test
  void the_seeds_chart_shows_progress_of_more_than_ten_percent_by_either_measure() {
    SurveyComparison c = comparison(SEED_2019, SEED_2021);
    QuestionChange points = c.changes(measuring(ProgressMeasure.PERCENTAGE_POINTS_OF_HIGH_ANSWERS))
        .get(0);
    assertEquals(Ratio.of(16, 100), points.highShareBefore());
    assertEquals(Ratio.of(47, 100), points.highShareAfter());
    assertEquals(Ratio.of(31), points.highSharePoints());
    assertTrue(points.isSignificant());
    assertEquals(new BigDecimal("3.4400"), SEED_2019.mean().decimal());
    assertEquals(new BigDecimal("4.2700"), SEED_2021.mean().decimal());
    QuestionChange mean = c.changes(measuring(ProgressMeasure.RELATIVE_CHANGE_OF_MEAN)).get(0);
    assertEquals(Ratio.of(83, 100), mean.meanChange());
    assertEquals(Ratio.of(8300, 344), mean.relativeChangeOfMean());
    assertEquals(new BigDecimal("24.13"), mean.progress().decimal(2));
    assertTrue(mean.isSignificant());
    assertEquals(List.of(), findings(c, StandardRules.parameters()));
    assertEquals(List.of(), findings(c, measuring(ProgressMeasure.RELATIVE_CHANGE_OF_MEAN)));
  }

  @Test
  void the_bars_read_the_other_way_round_would_be_no_progress_and_the_rule_says_so() {
    SurveyComparison c = comparison(SEED_2021, SEED_2019);
    List<Finding> f = findings(c, StandardRules.parameters());
    assertEquals(1, f.size());
    assertEquals("EVAL-SIGNIFICANT-PROGRESS.notSignificantPoints", f.get(0).messageKey());
    assertEquals(Severity.SHOULD, f.get(0).severity());
    assertEquals("answers[SEED_CHART]", f.get(0).path());
    String pl = f.get(0).message(Messages.POLISH);
    String en = f.get(0).message(Locale.ENGLISH);
    assertTrue(pl.contains("z 47% (2019) na 16% (2021), o -31,00 pkt proc."), pl);
    assertTrue(pl.contains("ponad 10 pkt proc."), pl);
    assertTrue(en.contains("from 47% (2019) to 16% (2021), by -31.00 percentage points"), en);
  }

  @Test
  void scaling_the_counts_changes_no_result() {
    AnswerCounts times7 = AnswerCounts.of(0, 70, 98, 203, 231, 98);
    assertEquals(SEED_2021.mean(), times7.mean());
    assertEquals(SEED_2021.distribution(), times7.distribution());
    assertEquals(SEED_2021.highShare(5), times7.highShare(5));
  }

  @Test
  void exactly_ten_percentage_points_is_not_more_than_ten_and_ten_point_zero_one_is() {
    AnswerCounts before = AnswerCounts.of(0, 0, 8000, 0, 2000, 0);
    AnswerCounts exactly = AnswerCounts.of(0, 0, 7000, 0, 3000, 0);
    AnswerCounts justMore = AnswerCounts.of(0, 0, 6999, 0, 3001, 0);
    ParameterSet p = measuring(ProgressMeasure.PERCENTAGE_POINTS_OF_HIGH_ANSWERS);
    QuestionChange ten = comparison(before, exactly).changes(p).get(0);
    assertEquals(Ratio.of(10), ten.progress());
    assertFalse(ten.isSignificant());
    assertEquals(1, findings(comparison(before, exactly), p).size());
    QuestionChange more = comparison(before, justMore).changes(p).get(0);
    assertEquals(Ratio.of(new BigDecimal("10.01")), more.progress());
    assertTrue(more.isSignificant());
    assertEquals(List.of(), findings(comparison(before, justMore), p));
  }

  @Test
  void exactly_ten_percent_rise_of_the_mean_is_not_more_than_ten_and_ten_point_zero_one_is() {
    AnswerCounts before = AnswerCounts.of(0, 0, 10000, 0, 0, 0);
    AnswerCounts exactly = AnswerCounts.of(0, 0, 7000, 3000, 0, 0);
    AnswerCounts justMore = AnswerCounts.of(0, 0, 6997, 3003, 0, 0);
    ParameterSet p = measuring(ProgressMeasure.RELATIVE_CHANGE_OF_MEAN);
    QuestionChange ten = comparison(before, exactly).changes(p).get(0);
    assertEquals(Ratio.of(new BigDecimal("3.3")), exactly.mean());
    assertEquals(Ratio.of(10), ten.progress());
    assertFalse(ten.isSignificant());
    List<Finding> f = findings(comparison(before, exactly), p);
    assertEquals(List.of("EVAL-SIGNIFICANT-PROGRESS.notSignificantMean"),
        f.stream().map(Finding::messageKey).toList());
    assertTrue(f.get(0).message(Locale.ENGLISH).contains("from 3.00 (2019) to 3.30 (2021), by 10%"),
        f.get(0).message(Locale.ENGLISH));
    assertTrue(f.get(0).message(Messages.POLISH).contains("o 10%, a istotny postęp to ponad 10%"),
        f.get(0).message(Messages.POLISH));
    QuestionChange more = comparison(before, justMore).changes(p).get(0);
    assertEquals(Ratio.of(new BigDecimal("10.01")), more.progress());
    assertTrue(more.isSignificant());
    assertEquals(List.of(), findings(comparison(before, justMore), p));
  }

  @Test
  void the_measure_the_threshold_and_the_high_answers_are_dated_parameters() {
    // the points rise 14 → 16% is 2 points (not significant), the mean rise 3.27 → 3.44 is 5.2%
    AnswerCounts before = AnswerCounts.of(10, 14, 29, 33, 14, 0);
    ParameterSet from2021 = StandardRules.parameters()
        .with(EvaluationParameters.PROGRESS_THRESHOLD, LocalDate.of(2021, 1, 1), Percent.of(1));
    assertEquals(1, findings(comparison(before, SEED_2019), StandardRules.parameters()).size());
    assertEquals(List.of(), findings(comparison(before, SEED_2019), from2021),
        "the 2021 wave is judged with the threshold valid on its day");
    RuleReport r = EvaluationRules.check(comparison(before, SEED_2019), StandardRules.parameters());
    assertEquals(LocalDate.of(2021, 6, 1), r.asOf());
    ParameterSet highFrom4 = StandardRules.parameters()
        .with(EvaluationParameters.HIGH_ANSWER_FROM, EvaluationParameters.VALID_FROM, 4);
    QuestionChange c = comparison(before, SEED_2019).changes(highFrom4).get(0);
    assertEquals(Ratio.of(47, 100), c.highShareBefore());
    assertEquals(Ratio.of(40, 100), c.highShareAfter());
    assertEquals(ProgressCriterion.asOf(StandardRules.parameters(), SECOND_DAY),
        new ProgressCriterion(ProgressMeasure.PERCENTAGE_POINTS_OF_HIGH_ANSWERS, Percent.of(10), 5));
  }

  @Test
  void the_four_standard_questions_and_a_custom_one_are_compared_by_code() {
    Map<SurveyQuestion, AnswerCounts> first = new LinkedHashMap<>();
    Map<SurveyQuestion, AnswerCounts> second = new LinkedHashMap<>();
    for (SurveyQuestion q : SurveyQuestion.standardQuestions()) {
      first.put(q, SEED_2019);
      second.put(q, SEED_2021);
    }
    SurveyQuestion custom = SurveyQuestion.of("FAMILY_VOICE", "Czy rodziny są słuchane?",
        "Are families heard?");
    second.put(custom, SEED_2021);
    SurveyComparison c = SurveyComparison.of(SurveyWave.of("2019", FIRST_DAY, first),
        SurveyWave.of("2021", SECOND_DAY, second));
    assertEquals(SurveyQuestion.standardQuestions(), c.commonQuestions());
    assertEquals(List.of(custom), c.questionsNotCompared());
    List<Finding> f = findings(c, StandardRules.parameters());
    assertEquals(List.of("EVAL-SIGNIFICANT-PROGRESS.notCompared"),
        f.stream().map(Finding::messageKey).toList());
    assertTrue(f.get(0).message(Messages.POLISH).contains("„Czy rodziny są słuchane?”"));
    assertEquals(4, SurveyQuestion.standardQuestions().stream().map(SurveyQuestion::code)
        .distinct().count());
  }

  @Test
  void bad_survey_input_lists_every_problem() {
    var counts = AnswerCounts.validate(List.of(1, -2, 0, -1, 0));
    assertEquals(List.of("ANSWER_COUNTS_SIZE", "ANSWER_COUNT_NEGATIVE", "ANSWER_COUNT_NEGATIVE"),
        counts.getError().map(Problem::code).toJavaList());
    assertEquals(List.of("ANSWER_COUNTS_EMPTY"),
        AnswerCounts.validate(List.of(0, 0, 0, 0, 0, 0)).getError().map(Problem::code).toJavaList());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> AnswerCounts.ofAnswers(java.util.Arrays.asList(1, 7, null, 0)));
    assertEquals(List.of("answers[1]", "answers[2]", "answers[3]"),
        e.problems().stream().map(Problem::path).toList());
    assertEquals(AnswerCounts.of(1, 0, 2, 0, 0, 1), AnswerCounts.ofAnswers(List.of(3, 1, 6, 3)));
    assertEquals(List.of("SURVEY_QUESTION_CODE", "SURVEY_QUESTION_TEXT"),
        SurveyQuestion.validate("joint", " ", "x").getError().map(Problem::code).toJavaList());
    SurveyQuestion twin = SurveyQuestion.of("ATMOSPHERE", "Inny tekst", "Other text");
    Map<SurveyQuestion, AnswerCounts> twice = new LinkedHashMap<>();
    twice.put(SurveyQuestion.ATMOSPHERE, SEED_2019);
    twice.put(twin, SEED_2019);
    assertEquals(List.of("SURVEY_WAVE_NAME", "SURVEY_QUESTION_DUPLICATE"),
        SurveyWave.validate(" ", FIRST_DAY, twice).getError().map(Problem::code).toJavaList());
    assertEquals(List.of("SURVEY_WAVE_EMPTY"),
        SurveyWave.validate("2019", FIRST_DAY, Map.of()).getError().map(Problem::code).toJavaList());
    SurveyWave w = SurveyWave.of("2019", FIRST_DAY, Map.of(SEED_CHART, SEED_2019));
    assertEquals(List.of("SURVEY_WAVES_ORDER"),
        SurveyComparison.validate(w, w).getError().map(Problem::code).toJavaList());
    InvalidInputException c = assertThrows(InvalidInputException.class,
        () -> new ProgressCriterion(ProgressMeasure.RELATIVE_CHANGE_OF_MEAN, Percent.of(-1), 1));
    assertEquals(List.of("PROGRESS_THRESHOLD_NEGATIVE", "HIGH_ANSWER_FROM_RANGE"),
        c.problems().stream().map(Problem::code).toList());
  }

  @Test
  void the_progress_measure_is_read_and_written_as_a_parameter() {
    assertEquals(ProgressMeasure.RELATIVE_CHANGE_OF_MEAN,
        ProgressMeasure.PARAMETER_TYPE.parse(" relative_change_of_mean ").get());
    assertEquals("PERCENTAGE_POINTS_OF_HIGH_ANSWERS",
        ProgressMeasure.PARAMETER_TYPE.format(ProgressMeasure.PERCENTAGE_POINTS_OF_HIGH_ANSWERS));
    assertEquals(List.of("PROGRESS_MEASURE_UNKNOWN"),
        ProgressMeasure.PARAMETER_TYPE.parse("median").getError().map(Problem::code).toJavaList());
    assertEquals("względna zmiana średniej odpowiedzi",
        ProgressMeasure.PARAMETER_TYPE.display(ProgressMeasure.RELATIVE_CHANGE_OF_MEAN,
            Messages.POLISH));
  }
}
