package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.rules.ParameterSet;

/**
 * One assessor's assessment, on one day, of a relationship between two partners: the similarity
 * of their goals and means and the resulting Najam type with its explanation.
 *
 * <p>Immutable. Polish: <i>ocena relacji między partnerami</i>.
 *
 * @param relationship the relationship assessed
 * @param assessor who assessed it
 * @param assessedOn the day of the assessment
 * @param classification the rating, the thresholds valid that day and the type
 * @param note the assessor's remark; empty for none
 */
public record RelationshipAssessment(Relationship relationship, Assessor assessor,
    LocalDate assessedOn, NajamClassification classification, String note) {

  /** The longest note accepted. */
  public static final int MAX_NOTE = 2000;

  private static final Label NOTE = Label.of("uwagi do oceny", "note on the assessment");

  /**
   * Refuses nulls and a note that is untrimmed or too long.
   *
   * @param relationship the relationship
   * @param assessor the assessor
   * @param assessedOn the day
   * @param classification the classification
   * @param note the note, empty for none
   * @throws pl.lsw.core.kernel.InvalidInputException {@code ASSESSMENT_NOTE_UNTRIMMED},
   *     {@code ASSESSMENT_NOTE_TOO_LONG}
   */
  public RelationshipAssessment {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(note, "note");
    List<Problem> problems = new ArrayList<>();
    if (!note.isEmpty()) {
      TextChecks.requireText(problems, "note", "ASSESSMENT_NOTE", NOTE, note, MAX_NOTE);
    }
    TypologyProblems.throwIfAny(problems);
  }

  /**
   * An assessment classified with the given thresholds, without a note.
   *
   * @param relationship the relationship
   * @param assessor the assessor
   * @param assessedOn the day
   * @param rating the similarity of goals and means
   * @param thresholds the thresholds to apply
   * @return the assessment
   */
  public static RelationshipAssessment of(Relationship relationship, Assessor assessor,
      LocalDate assessedOn, SimilarityRating rating, NajamThresholds thresholds) {
    return new RelationshipAssessment(relationship, assessor, assessedOn,
        NajamClassification.of(rating, thresholds), "");
  }

  /**
   * An assessment classified with the thresholds valid on {@code assessedOn}, without a note.
   *
   * @param relationship the relationship
   * @param assessor the assessor
   * @param assessedOn the day; the thresholds are taken as valid on it
   * @param rating the similarity of goals and means
   * @param parameters the parameter values, e.g. {@code StandardRules.parameters()}
   * @return the assessment
   */
  public static RelationshipAssessment of(Relationship relationship, Assessor assessor,
      LocalDate assessedOn, SimilarityRating rating, ParameterSet parameters) {
    return of(relationship, assessor, assessedOn, rating,
        NajamThresholds.asOf(parameters, assessedOn));
  }

  /**
   * The same assessment with a note.
   *
   * @param text the note, empty for none
   * @return the assessment with the note
   */
  public RelationshipAssessment withNote(String text) {
    return new RelationshipAssessment(relationship, assessor, assessedOn, classification, text);
  }

  /** @return the type */
  public NajamType type() {
    return classification.type();
  }
}
