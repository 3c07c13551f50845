package pl.lsw.core.evaluation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Problem;

/**
 * The answers to one survey question in one wave, as the number of respondents who gave each
 * answer from {@value #MIN_ANSWER} (worst) to {@value #MAX_ANSWER} (best). Only counts are held,
 * never who answered.
 *
 * <p>Rules, all reported at once: six counts ({@code ANSWER_COUNTS_SIZE}), none missing ({@code
 * ANSWER_COUNT_MISSING}) or negative ({@code ANSWER_COUNT_NEGATIVE}), at least one answer in all ({@code ANSWER_COUNTS_EMPTY}); each single
 * answer given to {@link #ofAnswers} is from 1 to 6 ({@code ANSWER_RANGE}).
 *
 * <p>Polish: <i>rozkład odpowiedzi na pytanie</i>.
 *
 * @param counts the number of answers 1, 2, … 6, in that order
 */
public record AnswerCounts(List<Integer> counts) {

  /** The lowest answer. */
  public static final int MIN_ANSWER = 1;
  /** The highest answer. */
  public static final int MAX_ANSWER = 6;

  /**
   * Checks and copies the counts.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public AnswerCounts {
    Objects.requireNonNull(counts, "counts");
    List<Problem> problems = new ArrayList<>();
    if (counts.size() != MAX_ANSWER) {
      problems.add(EvaluationProblems.PROBLEMS.problem("counts", "ANSWER_COUNTS_SIZE",
          "size", counts.size(), "expected", MAX_ANSWER));
    }
    long total = 0;
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i) == null) {
        problems.add(EvaluationProblems.PROBLEMS.problem("counts[" + i + "]",
            "ANSWER_COUNT_MISSING", "answer", i + 1));
      } else if (counts.get(i) < 0) {
        problems.add(EvaluationProblems.PROBLEMS.problem("counts[" + i + "]",
            "ANSWER_COUNT_NEGATIVE", "answer", i + 1, "count", counts.get(i)));
      } else {
        total += counts.get(i);
      }
    }
    if (total == 0) {
      problems.add(EvaluationProblems.PROBLEMS.problem("counts", "ANSWER_COUNTS_EMPTY"));
    }
    EvaluationProblems.throwIfAny(problems);
    counts = List.copyOf(counts);
  }

  /**
   * The counts of answers 1 to 6.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static AnswerCounts of(int one, int two, int three, int four, int five, int six) {
    return new AnswerCounts(List.of(one, two, three, four, five, six));
  }

  /** The counts, or every problem of them. */
  public static Validation<Seq<Problem>, AnswerCounts> validate(List<Integer> counts) {
    return EvaluationProblems.validation(() -> new AnswerCounts(counts));
  }

  /**
   * The counts of single answers, each from 1 to 6.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every answer out of range (with its
   *     position) and an empty list
   */
  public static AnswerCounts ofAnswers(Collection<Integer> answers) {
    Objects.requireNonNull(answers, "answers");
    List<Problem> problems = new ArrayList<>();
    Integer[] c = {0, 0, 0, 0, 0, 0};
    int i = 0;
    for (Integer a : answers) {
      if (a == null || a < MIN_ANSWER || a > MAX_ANSWER) {
        problems.add(EvaluationProblems.PROBLEMS.problem("answers[" + i + "]", "ANSWER_RANGE",
            "value", String.valueOf(a), "min", MIN_ANSWER, "max", MAX_ANSWER));
      } else {
        c[a - 1]++;
      }
      i++;
    }
    if (answers.isEmpty()) {
      problems.add(EvaluationProblems.PROBLEMS.problem("answers", "ANSWER_COUNTS_EMPTY"));
    }
    EvaluationProblems.throwIfAny(problems);
    return new AnswerCounts(List.of(c));
  }

  /** The number of answers in all. */
  public long total() {
    return counts.stream().mapToLong(Integer::longValue).sum();
  }

  /**
   * The number of respondents who gave {@code answer}.
   *
   * @throws IllegalArgumentException when the answer is not from 1 to 6
   */
  public int count(int answer) {
    if (answer < MIN_ANSWER || answer > MAX_ANSWER) {
      throw new IllegalArgumentException("an answer is from 1 to 6, not " + answer);
    }
    return counts.get(answer - 1);
  }

  /** The share of respondents who gave {@code answer}, exact. */
  public Ratio share(int answer) {
    return Ratio.of(count(answer), total());
  }

  /** The shares of answers 1 to 6, exact, summing to 1. */
  public List<Ratio> distribution() {
    List<Ratio> out = new ArrayList<>();
    for (int a = MIN_ANSWER; a <= MAX_ANSWER; a++) {
      out.add(share(a));
    }
    return List.copyOf(out);
  }

  /** The mean answer, exact, from 1 to 6. */
  public Ratio mean() {
    long sum = 0;
    for (int a = MIN_ANSWER; a <= MAX_ANSWER; a++) {
      sum += (long) a * count(a);
    }
    return Ratio.of(sum, total());
  }

  /**
   * The share of high answers: those from {@code highFrom} to 6 (e.g. {@code highFrom = 5}: answers
   * 5 and 6), exact.
   *
   * @throws IllegalArgumentException when {@code highFrom} is not from 1 to 6
   */
  public Ratio highShare(int highFrom) {
    if (highFrom < MIN_ANSWER || highFrom > MAX_ANSWER) {
      throw new IllegalArgumentException("a high answer starts from 1 to 6, not " + highFrom);
    }
    long high = 0;
    for (int a = highFrom; a <= MAX_ANSWER; a++) {
      high += count(a);
    }
    return Ratio.of(high, total());
  }
}
