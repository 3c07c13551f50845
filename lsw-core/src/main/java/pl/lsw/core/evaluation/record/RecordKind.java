package pl.lsw.core.evaluation.record;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SolidarityCapital;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.kernel.Displayable;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.RelationshipAssessment;

/**
 * The kinds of record a partnership's evaluation keeps, each with the type of its content. A new
 * kind of record is a new constant here and a new list of {@link PartnershipEvaluation}.
 *
 * <p>Polish: <i>rodzaj zapisu ewaluacji</i>.
 */
public enum RecordKind implements Displayable {
  /** One assessor's Najam assessment of a relationship. Polish: <i>ocena relacji (Najam)</i>. */
  RELATIONSHIP_ASSESSMENT(RelationshipAssessment.class, "ocena relacji między partnerami",
      "an assessment of a relationship between partners"),
  /** The stage of cooperation on a ladder. Polish: <i>ocena stopnia współpracy</i>. */
  LADDER_ASSESSMENT(LadderAssessment.class, "ocena stopnia współpracy",
      "an assessment of the stage of cooperation"),
  /** An observed interaction of two partners. Polish: <i>zaobserwowana interakcja</i>. */
  INTERACTION(Interaction.class, "zaobserwowana interakcja partnerów",
      "an observed interaction of partners"),
  /** A dated survey of the network. Polish: <i>badanie sieci</i>. */
  NETWORK_SURVEY(DatedNetworkSurvey.class, "badanie sieci współpracy",
      "a survey of the cooperation network"),
  /** A wave of the cooperation-quality survey. Polish: <i>pomiar jakości współpracy</i>. */
  SURVEY_WAVE(SurveyWave.class, "pomiar ankiety jakości współpracy",
      "a wave of the cooperation-quality survey"),
  /** A resource a partner brought. Polish: <i>zasób wniesiony przez partnera</i>. */
  RESOURCE(CooperationRecord.Resource.class, "zasób wniesiony przez partnera",
      "a resource brought by a partner"),
  /** A monitoring or an evaluation at one level. Polish: <i>monitoring lub ewaluacja</i>. */
  REVIEW(Review.class, "monitoring lub ewaluacja współpracy",
      "a monitoring or an evaluation of cooperation"),
  /**
   * A self-assessment against the principles of partnership. Polish: <i>samoocena
   * przestrzegania zasad partnerstwa</i>.
   */
  PRINCIPLES_SELF_ASSESSMENT(PrinciplesSelfAssessment.class,
      "samoocena przestrzegania zasad partnerstwa",
      "a self-assessment against the principles of partnership"),
  /** A profile of a learning partnership. Polish: <i>profil partnerstwa uczącego się</i>. */
  LEARNING_PROFILE(LearningProfile.class, "profil partnerstwa uczącego się",
      "a profile of a learning partnership"),
  /** A benefit of cooperation for a group. Polish: <i>korzyść ze współpracy</i>. */
  BENEFIT(BenefitRecord.class, "korzyść ze współpracy", "a benefit of cooperation"),
  /** A SWOT analysis of cooperation. Polish: <i>analiza SWOT współpracy</i>. */
  SWOT(SwotRecord.class, "analiza SWOT współpracy", "a SWOT analysis of cooperation"),
  /** An assessment of solidarity capital. Polish: <i>ocena kapitału solidarności</i>. */
  SOLIDARITY_CAPITAL(SolidarityCapital.class, "ocena kapitału solidarności",
      "an assessment of solidarity capital"),
  /** A dated assessment of a network's added value. Polish: <i>wartość dodana sieci</i>. */
  ADDED_VALUE(DatedAddedValue.class, "ocena wartości dodanej sieci",
      "an assessment of the network's added value");

  private final Class<?> contentType;
  private final String polishName;
  private final String englishName;

  RecordKind(Class<?> contentType, String polishName, String englishName) {
    this.contentType = contentType;
    this.polishName = polishName;
    this.englishName = englishName;
  }

  /** @return the type of the content of a record of this kind */
  public Class<?> contentType() {
    return contentType;
  }

  /**
   * Whether the content is of this kind's type.
   *
   * @param content the content
   * @return true when it is an instance of {@link #contentType()}
   */
  public boolean accepts(Object content) {
    return contentType.isInstance(Objects.requireNonNull(content, "content"));
  }

  /**
   * The day a record's content is of: the day of the assessment, the observation, the survey, the
   * wave, the review, the SWOT analysis, the day the resource was brought or the benefit
   * recorded, the day the added value was assessed.
   *
   * @param content the content, of this kind's type
   * @return its day
   * @throws IllegalArgumentException when the content is of another kind
   */
  public LocalDate dayOf(Object content) {
    if (!accepts(content)) {
      throw new IllegalArgumentException("not a " + name() + ": " + content);
    }
    return switch (this) {
      case RELATIONSHIP_ASSESSMENT -> ((RelationshipAssessment) content).assessedOn();
      case LADDER_ASSESSMENT -> ((LadderAssessment) content).assessedOn();
      case INTERACTION -> ((Interaction) content).on();
      case NETWORK_SURVEY -> ((DatedNetworkSurvey) content).surveyedOn();
      case SURVEY_WAVE -> ((SurveyWave) content).heldOn();
      case RESOURCE -> ((CooperationRecord.Resource) content).broughtOn();
      case REVIEW -> ((Review) content).heldOn();
      case PRINCIPLES_SELF_ASSESSMENT -> ((PrinciplesSelfAssessment) content).assessedOn();
      case LEARNING_PROFILE -> ((LearningProfile) content).assessedOn();
      case BENEFIT -> ((BenefitRecord) content).recordedOn();
      case SWOT -> ((SwotRecord) content).heldOn();
      case SOLIDARITY_CAPITAL -> ((SolidarityCapital) content).assessedOn();
      case ADDED_VALUE -> ((DatedAddedValue) content).assessedOn();
    };
  }

  @Override
  public String polishName() {
    return polishName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
