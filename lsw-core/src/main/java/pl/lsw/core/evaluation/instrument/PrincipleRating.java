package pl.lsw.core.evaluation.instrument;

import java.util.ArrayList;
import java.util.List;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * The grade a partnership gives itself for one {@link Principle}, with the evidence for it.
 * A principle graded met or partly met should have evidence (rule {@code
 * EVAL-PRINCIPLE-EVIDENCE}); the record itself accepts one without, so that the rule can say so.
 *
 * <p>Immutable; stored as the principle's code, the grade's name and the evidence. Polish:
 * <i>ocena spełnienia zasady</i>.
 *
 * @param principle the principle
 * @param grade the grade
 * @param evidence the evidence, possibly none
 */
public record PrincipleRating(Principle principle, Grade grade, List<EvidenceNote> evidence) {

  /**
   * Copies the evidence and refuses a missing principle or grade, listing both.
   *
   * @param principle the principle
   * @param grade the grade
   * @param evidence the evidence
   * @throws pl.lsw.core.kernel.InvalidInputException {@code PRINCIPLE_MISSING}, {@code
   *     GRADE_MISSING}
   */
  public PrincipleRating {
    evidence = List.copyOf(evidence);
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "principle", "PRINCIPLE",
        Label.of("zasada", "principle"), principle);
    TextChecks.requirePresent(problems, "grade", "GRADE", Label.of("ocena", "grade"), grade);
    InstrumentProblems.throwIfAny(problems);
  }

  /**
   * A rating.
   *
   * @param principle the principle
   * @param grade the grade
   * @param evidence the evidence
   * @return the rating
   */
  public static PrincipleRating of(Principle principle, Grade grade, EvidenceNote... evidence) {
    return new PrincipleRating(principle, grade, List.of(evidence));
  }

  /**
   * A rating rebuilt from stored values.
   *
   * @param principleCode the principle's code, e.g. {@code "TRUST"}
   * @param gradeName the grade's name, e.g. {@code "MET"}
   * @param evidence the evidence
   * @return the rating
   * @throws IllegalArgumentException when a code or name is unknown
   */
  public static PrincipleRating of(String principleCode, String gradeName,
      List<EvidenceNote> evidence) {
    return new PrincipleRating(Principle.valueOf(principleCode), Grade.valueOf(gradeName),
        evidence);
  }

  /** @return whether the grade claims the principle is at least partly met but has no evidence */
  public boolean lacksEvidence() {
    return grade.claimsPresence() && evidence.isEmpty();
  }
}
