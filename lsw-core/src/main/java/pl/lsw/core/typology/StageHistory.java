package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * The ladder assessments of one partnership over time, the subject of the rules {@code
 * TYP-FORMAL-NETWORK} and {@code TYP-BEYOND-COOPERATION} ({@link TypologyRules}): which
 * partnership (a reference for reports), whether it is formalised (an LSW with a signed
 * agreement is) and its assessments, oldest first, all against one ladder.
 *
 * <p>Immutable. Polish: <i>historia ocen stopnia współpracy partnerstwa</i>.
 *
 * @param subject how reports name the partnership, e.g. {@code "partnership:<id>"}
 * @param formalised whether the partnership is formalised
 * @param assessments the assessments, oldest first (equal days allowed), one ladder
 */
public record StageHistory(String subject, boolean formalised,
    List<LadderAssessment> assessments) {

  private static final Label SUBJECT = Label.of("partnerstwo", "partnership");

  /**
   * Copies the list and refuses a blank subject, assessments against different ladders or out
   * of date order, listing every problem.
   *
   * @param subject the subject
   * @param formalised whether formalised
   * @param assessments the assessments
   * @throws pl.lsw.core.kernel.InvalidInputException {@code HISTORY_SUBJECT_EMPTY}, {@code
   *     HISTORY_OTHER_LADDER}, {@code HISTORY_ORDER}
   */
  public StageHistory {
    assessments = List.copyOf(assessments);
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "subject", "HISTORY_SUBJECT", SUBJECT, subject, 200);
    for (int i = 1; i < assessments.size(); i++) {
      LadderAssessment a = assessments.get(i);
      LadderAssessment first = assessments.get(0);
      LadderAssessment previous = assessments.get(i - 1);
      if (!a.ladder().equals(first.ladder())) {
        problems.add(TypologyProblems.PROBLEMS.problem("assessments[" + i + "]",
            "HISTORY_OTHER_LADDER", "date", a.assessedOn(), "ladder", a.ladder().title(),
            "expected", first.ladder().title()));
      }
      if (a.assessedOn().isBefore(previous.assessedOn())) {
        problems.add(TypologyProblems.PROBLEMS.problem("assessments[" + i + "]", "HISTORY_ORDER",
            "date", a.assessedOn(), "previous", previous.assessedOn()));
      }
    }
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * A history.
   *
   * @param subject how reports name the partnership
   * @param formalised whether formalised
   * @param assessments the assessments, oldest first
   * @return the history
   */
  public static StageHistory of(String subject, boolean formalised,
      LadderAssessment... assessments) {
    return new StageHistory(subject, formalised, List.of(assessments));
  }

  /**
   * The assessments made on or before a day.
   *
   * @param day the day
   * @return those assessments, oldest first
   */
  public List<LadderAssessment> until(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return assessments.stream().filter(a -> !a.assessedOn().isAfter(day)).toList();
  }

  /**
   * The latest assessment made on or before a day.
   *
   * @param day the day
   * @return the assessment, if any
   */
  public Optional<LadderAssessment> latest(LocalDate day) {
    List<LadderAssessment> until = until(day);
    return until.isEmpty() ? Optional.empty() : Optional.of(until.get(until.size() - 1));
  }
}
