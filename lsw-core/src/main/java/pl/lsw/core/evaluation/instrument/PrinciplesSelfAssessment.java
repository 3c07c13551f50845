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
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * A partnership's self-assessment against the eight {@link Principle}s of seed 001 §3 on a day:
 * a {@link Grade} per principle rated, each with its evidence, and a summary — which principles are
 * met, partly met, not met or not rated, the weakest ones and an explanation in Polish or English.
 * Rule {@code EVAL-PRINCIPLE-EVIDENCE} ({@link InstrumentRules#PRINCIPLE_EVIDENCE}) reports a
 * principle graded met or partly met without evidence.
 *
 * <p>Not every principle has to be rated: one left out is listed by {@link #unrated()} and counts
 * as not met in {@link #shareMet()}.
 *
 * <p>Rules, all reported at once: a date ({@code ASSESSMENT_DATE_MISSING}); at least one rating
 * ({@code RATINGS_EMPTY}); no principle rated twice ({@code PRINCIPLE_DUPLICATE}).
 *
 * <p>Immutable. Polish: <i>samoocena przestrzegania zasad partnerstwa</i>.
 *
 * @param assessedOn the day of the assessment
 * @param ratings the ratings, in the order given
 */
public record PrinciplesSelfAssessment(LocalDate assessedOn, List<PrincipleRating> ratings) {

  /**
   * Copies the ratings and checks the assessment.
   *
   * @param assessedOn the day
   * @param ratings the ratings
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public PrinciplesSelfAssessment {
    ratings = List.copyOf(ratings);
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "assessedOn", "ASSESSMENT_DATE",
        Label.of("data oceny", "date of the assessment"), assessedOn);
    if (ratings.isEmpty()) {
      problems.add(InstrumentProblems.PROBLEMS.problem("ratings", "RATINGS_EMPTY"));
    }
    InstrumentProblems.duplicates(problems, "ratings", "PRINCIPLE_DUPLICATE",
        ratings.stream().map(PrincipleRating::principle).toList(), "principle");
    InstrumentProblems.throwIfAny(problems);
  }

  /**
   * The assessment.
   *
   * @param assessedOn the day
   * @param ratings the ratings
   * @return the assessment
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static PrinciplesSelfAssessment of(LocalDate assessedOn, List<PrincipleRating> ratings) {
    return new PrinciplesSelfAssessment(assessedOn, ratings);
  }

  /**
   * The assessment, or every problem of it.
   *
   * @param assessedOn the day
   * @param ratings the ratings
   * @return the assessment or the problems
   */
  public static Validation<Seq<Problem>, PrinciplesSelfAssessment> validate(LocalDate assessedOn,
      List<PrincipleRating> ratings) {
    return InstrumentProblems.validation(() -> new PrinciplesSelfAssessment(assessedOn, ratings));
  }

  /**
   * The rating of a principle.
   *
   * @param principle the principle
   * @return its rating, empty when it was not rated
   */
  public Optional<PrincipleRating> rating(Principle principle) {
    return ratings.stream().filter(r -> r.principle() == principle).findFirst();
  }

  /**
   * The principles with a grade, in the seed's order.
   *
   * @param grade the grade
   * @return the principles graded so
   */
  public List<Principle> graded(Grade grade) {
    return Arrays.stream(Principle.values())
        .filter(p -> rating(p).map(r -> r.grade() == grade).orElse(false)).toList();
  }

  /** @return the principles met, in the seed's order */
  public List<Principle> met() {
    return graded(Grade.MET);
  }

  /** @return the principles partly met, in the seed's order */
  public List<Principle> partlyMet() {
    return graded(Grade.PARTLY_MET);
  }

  /** @return the principles not met, in the seed's order */
  public List<Principle> notMet() {
    return graded(Grade.NOT_MET);
  }

  /** @return the principles not rated, in the seed's order */
  public List<Principle> unrated() {
    return Arrays.stream(Principle.values()).filter(p -> rating(p).isEmpty()).toList();
  }

  /** @return the lowest grade given */
  public Grade lowestGrade() {
    return ratings.stream().map(PrincipleRating::grade).min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /**
   * The weakest principles: those rated with the lowest grade given, in the seed's order; empty
   * when every principle rated is met.
   *
   * @return the weakest principles
   */
  public List<Principle> weakest() {
    Grade lowest = lowestGrade();
    return lowest == Grade.MET ? List.of() : graded(lowest);
  }

  /** @return the ratings graded met or partly met without evidence, in the order given */
  public List<PrincipleRating> withoutEvidence() {
    return ratings.stream().filter(PrincipleRating::lacksEvidence).toList();
  }

  /** @return the share of the eight principles that are met, exactly (unrated count as not met) */
  public Ratio shareMet() {
    return Ratio.of(met().size(), Principle.values().length);
  }

  /**
   * The assessment for people: the share met, then one line per principle in the seed's order
   * with its grade (or that it was not rated) and the number of pieces of evidence, then the
   * weakest principles (or that all rated are met).
   *
   * @param locale the reader's locale (Polish unless English)
   * @return the lines
   */
  public List<String> explanation(Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(InstrumentProblems.TEXTS.format("principles.summary", Map.of("date", assessedOn,
        "met", met().size(), "total", Principle.values().length, "share", shareMet().percent()),
        locale));
    for (Principle p : Principle.values()) {
      Optional<PrincipleRating> r = rating(p);
      lines.add(r.isPresent()
          ? InstrumentProblems.TEXTS.format("principles.rated", Map.of("principle", p,
              "grade", r.get().grade(), "evidence", r.get().evidence().size()), locale)
          : InstrumentProblems.TEXTS.format("principles.unrated", Map.of("principle", p),
              locale));
    }
    List<Principle> weakest = weakest();
    lines.add(weakest.isEmpty()
        ? InstrumentProblems.TEXTS.format("principles.allMet", Map.of(), locale)
        : InstrumentProblems.TEXTS.format("principles.weakest", Map.of("principles", weakest,
            "grade", lowestGrade()), locale));
    return lines;
  }
}
