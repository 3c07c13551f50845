package pl.lsw.core.evaluation;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.rules.ParameterType;

/**
 * What "a rise of more than 10%" between two survey waves measures (rule {@code
 * EVAL-SIGNIFICANT-PROGRESS}); the report (seed 001 §8) does not say, so the choice is an explicit,
 * dated rule parameter ({@link EvaluationParameters#PROGRESS_MEASURE}).
 *
 * <p>Polish: <i>miara postępu między pomiarami</i>.
 */
public enum ProgressMeasure implements Displayable {
  /**
   * The share of high answers (see {@link EvaluationParameters#HIGH_ANSWER_FROM}) in the later
   * wave minus the share in the earlier one, in percentage points: 16% → 47% is a rise of 31
   * points. Polish: <i>punkty procentowe udziału wysokich odpowiedzi</i>.
   */
  PERCENTAGE_POINTS_OF_HIGH_ANSWERS("punkty procentowe udziału wysokich odpowiedzi",
      "percentage points of the share of high answers"),
  /**
   * The relative change of the mean answer, in per cent: {@code (later − earlier) / earlier ×
   * 100}; a mean of 3.0 → 3.3 is a rise of 10%. Polish: <i>względna zmiana średniej</i>.
   */
  RELATIVE_CHANGE_OF_MEAN("względna zmiana średniej odpowiedzi", "relative change of the mean answer");

  /**
   * The parameter type of a measure: written as the constant's name ({@code
   * RELATIVE_CHANGE_OF_MEAN}), read case-insensitively; anything else is {@code
   * PROGRESS_MEASURE_UNKNOWN}.
   */
  public static final ParameterType<ProgressMeasure> PARAMETER_TYPE = new ParameterType<>() {
    @Override
    public String name() {
      return "progress-measure";
    }

    @Override
    public Class<ProgressMeasure> valueClass() {
      return ProgressMeasure.class;
    }

    @Override
    public Validation<Seq<Problem>, ProgressMeasure> parse(String text) {
      String s = text == null ? "" : TextChecks.strip(text).toUpperCase(Locale.ROOT);
      for (ProgressMeasure m : values()) {
        if (m.name().equals(s)) {
          return Validation.valid(m);
        }
      }
      return Validation.invalid(List.of(EvaluationProblems.PROBLEMS.problem("",
          "PROGRESS_MEASURE_UNKNOWN", "value", String.valueOf(text))));
    }

    @Override
    public String format(ProgressMeasure value) {
      return value.name();
    }

    @Override
    public String display(ProgressMeasure value, Locale locale) {
      return value.display(locale);
    }

    @Override
    public String toString() {
      return name();
    }
  };

  private final String polishName;
  private final String englishName;

  ProgressMeasure(String polishName, String englishName) {
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** The Polish name. */
  @Override
  public String polishName() {
    return polishName;
  }

  /** The English name. */
  @Override
  public String englishName() {
    return englishName;
  }
}
