package pl.lsw.core.evaluation.instrument;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * An assessment of a partnership's solidarity capital (seed 001 §7) on a day: a {@link Grade} and
 * evidence for each of its three {@link SolidarityDimension}s, and a summary — the dimensions met,
 * the weakest ones, the dimensions graded present without evidence, and an explanation in Polish or
 * English. The seed calls the mechanism promising but in need of more practice, so a dimension may
 * be left unassessed ({@link #unassessed()}).
 *
 * <p>Rules, all reported at once: a date ({@code ASSESSMENT_DATE_MISSING}); at least one dimension
 * ({@code SOLIDARITY_EMPTY}); no dimension twice ({@code SOLIDARITY_DIMENSION_DUPLICATE}).
 *
 * <p>Immutable. Polish: <i>ocena kapitału solidarności</i>.
 *
 * @param assessedOn the day
 * @param dimensions the grades per dimension, in the order given
 */
public record SolidarityCapital(LocalDate assessedOn, List<DimensionGrade> dimensions) {

  /**
   * The grade of one dimension with its evidence.
   *
   * <p>Immutable; stored as the dimension's code, the grade's name and the evidence. Polish:
   * <i>ocena wymiaru kapitału solidarności</i>.
   *
   * @param dimension the dimension
   * @param grade the grade
   * @param evidence the evidence, possibly none
   */
  public record DimensionGrade(SolidarityDimension dimension, Grade grade,
      List<EvidenceNote> evidence) {

    /**
     * Copies the evidence and refuses a missing dimension or grade, listing both.
     *
     * @param dimension the dimension
     * @param grade the grade
     * @param evidence the evidence
     * @throws pl.lsw.core.kernel.InvalidInputException {@code SOLIDARITY_DIMENSION_MISSING},
     *     {@code GRADE_MISSING}
     */
    public DimensionGrade {
      evidence = List.copyOf(evidence);
      List<Problem> problems = new ArrayList<>();
      TextChecks.requirePresent(problems, "dimension", "SOLIDARITY_DIMENSION",
          Label.of("wymiar kapitału solidarności", "dimension of solidarity capital"), dimension);
      TextChecks.requirePresent(problems, "grade", "GRADE", Label.of("ocena", "grade"), grade);
      InstrumentProblems.throwIfAny(problems);
    }

    /**
     * A grade.
     *
     * @param dimension the dimension
     * @param grade the grade
     * @param evidence the evidence
     * @return the grade
     */
    public static DimensionGrade of(SolidarityDimension dimension, Grade grade,
        EvidenceNote... evidence) {
      return new DimensionGrade(dimension, grade, List.of(evidence));
    }

    /**
     * A grade rebuilt from stored values.
     *
     * @param dimensionCode the dimension's code
     * @param gradeName the grade's name
     * @param evidence the evidence
     * @return the grade
     * @throws IllegalArgumentException when a code or name is unknown
     */
    public static DimensionGrade of(String dimensionCode, String gradeName,
        List<EvidenceNote> evidence) {
      return new DimensionGrade(SolidarityDimension.valueOf(dimensionCode),
          Grade.valueOf(gradeName), evidence);
    }
  }

  /**
   * Copies the grades and checks the assessment.
   *
   * @param assessedOn the day
   * @param dimensions the grades
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public SolidarityCapital {
    dimensions = List.copyOf(dimensions);
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "assessedOn", "ASSESSMENT_DATE",
        Label.of("data oceny", "date of the assessment"), assessedOn);
    if (dimensions.isEmpty()) {
      problems.add(InstrumentProblems.PROBLEMS.problem("dimensions", "SOLIDARITY_EMPTY"));
    }
    InstrumentProblems.duplicates(problems, "dimensions", "SOLIDARITY_DIMENSION_DUPLICATE",
        dimensions.stream().map(DimensionGrade::dimension).toList(), "dimension");
    InstrumentProblems.throwIfAny(problems);
  }

  /**
   * The assessment.
   *
   * @param assessedOn the day
   * @param dimensions the grades
   * @return the assessment
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static SolidarityCapital of(LocalDate assessedOn, List<DimensionGrade> dimensions) {
    return new SolidarityCapital(assessedOn, dimensions);
  }

  /**
   * The assessment, or every problem of it.
   *
   * @param assessedOn the day
   * @param dimensions the grades
   * @return the assessment or the problems
   */
  public static Validation<Seq<Problem>, SolidarityCapital> validate(LocalDate assessedOn,
      List<DimensionGrade> dimensions) {
    return InstrumentProblems.validation(() -> new SolidarityCapital(assessedOn, dimensions));
  }

  /**
   * The grade of a dimension.
   *
   * @param dimension the dimension
   * @return its grade, empty when not assessed
   */
  public Optional<Grade> grade(SolidarityDimension dimension) {
    return dimensions.stream().filter(d -> d.dimension() == dimension)
        .map(DimensionGrade::grade).findFirst();
  }

  /**
   * The dimensions with a grade.
   *
   * @param grade the grade
   * @return the dimensions graded so, in the seed's order
   */
  public List<SolidarityDimension> graded(Grade grade) {
    return Arrays.stream(SolidarityDimension.values())
        .filter(d -> grade(d).map(g -> g == grade).orElse(false)).toList();
  }

  /** @return the dimensions met, in the seed's order */
  public List<SolidarityDimension> met() {
    return graded(Grade.MET);
  }

  /** @return the dimensions not assessed, in the seed's order */
  public List<SolidarityDimension> unassessed() {
    return Arrays.stream(SolidarityDimension.values()).filter(d -> grade(d).isEmpty()).toList();
  }

  /** @return the lowest grade given */
  public Grade lowestGrade() {
    return dimensions.stream().map(DimensionGrade::grade).min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** @return the dimensions with the lowest grade given, in the seed's order; empty when all are met */
  public List<SolidarityDimension> weakest() {
    Grade lowest = lowestGrade();
    return lowest == Grade.MET ? List.of() : graded(lowest);
  }

  /** @return the dimensions graded met or partly met without evidence, in the order given */
  public List<SolidarityDimension> withoutEvidence() {
    return dimensions.stream().filter(d -> d.grade().claimsPresence() && d.evidence().isEmpty())
        .map(DimensionGrade::dimension).toList();
  }

  /** @return whether every one of the three dimensions is assessed and met */
  public boolean isFullyPresent() {
    return met().size() == SolidarityDimension.values().length;
  }

  /**
   * The assessment for people: one line per dimension in the seed's order with its grade (or that
   * it was not assessed), then the weakest dimensions or that all assessed are met.
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> explanation(Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(InstrumentProblems.TEXTS.format("solidarity.summary", Map.of("date", assessedOn,
        "met", met().size(), "total", SolidarityDimension.values().length), locale));
    for (SolidarityDimension d : SolidarityDimension.values()) {
      Optional<Grade> g = grade(d);
      lines.add(g.isPresent()
          ? InstrumentProblems.TEXTS.format("solidarity.graded", Map.of("dimension", d,
              "grade", g.get()), locale)
          : InstrumentProblems.TEXTS.format("solidarity.unassessed", Map.of("dimension", d),
              locale));
    }
    List<SolidarityDimension> weakest = weakest();
    lines.add(weakest.isEmpty()
        ? InstrumentProblems.TEXTS.format("solidarity.allMet", Map.of(), locale)
        : InstrumentProblems.TEXTS.format("solidarity.weakest", Map.of("dimensions", weakest,
            "grade", lowestGrade()), locale));
    return lines;
  }
}
