package pl.lsw.core.evaluation.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.CooperationLevel;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.NetworkAddedValue;
import pl.lsw.core.evaluation.NetworkSurvey;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.evaluation.RelationshipRating;
import pl.lsw.core.evaluation.RelationshipScores;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.EvidenceNote;
import pl.lsw.core.evaluation.instrument.Grade;
import pl.lsw.core.evaluation.instrument.LearningDimension;
import pl.lsw.core.evaluation.instrument.LearningPosition;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.evaluation.instrument.LearningTrait;
import pl.lsw.core.evaluation.instrument.Principle;
import pl.lsw.core.evaluation.instrument.PrincipleRating;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SolidarityCapital;
import pl.lsw.core.evaluation.instrument.SolidarityDimension;
import pl.lsw.core.evaluation.instrument.StakeholderGroup;
import pl.lsw.core.evaluation.instrument.SwotItem;
import pl.lsw.core.evaluation.instrument.SwotPerspective;
import pl.lsw.core.evaluation.instrument.SwotQuadrant;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.testing.ConcurrentSaves;
import pl.lsw.core.typology.Assessor;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.InteractionKind;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;
import pl.lsw.core.typology.NajamThresholds;
import pl.lsw.core.typology.Relationship;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.SimilarityRating;

/**
 * The contract every {@link PartnershipEvaluationRepository} keeps. A store proves it with an
 * empty subclass that implements {@link #emptyRepository()}; the tests are {@code public final}
 * so that a subclass cannot weaken them. Each test gets a fresh, empty repository.
 *
 * <p>A stored evaluation comes back equal to what was saved, every record kind with every field:
 * its id, who recorded it and when (to the nanosecond), and its content — the relationship, the
 * assessor, the rating, the thresholds and the note of a Najam assessment; the ladder and the
 * evidence (in order) of a ladder assessment; an interaction's kind, day and note; a network
 * survey's day, members (in order) and ratings with their scores or none; a survey wave's name,
 * day and answers (questions with both texts, in order, and their six counts); a resource's
 * users and agreements; a review's kind, level, work and day; and the evaluation instruments
 * ({@link #withInstruments}): a principles self-assessment's ratings in order with their grades
 * and evidence, a learning profile's traits (present or not, with evidence) and positions (with a
 * note or none), a benefit's group, day, description and indicator or none, a SWOT analysis's
 * perspective and items in order, and a solidarity capital's grades with evidence, every text at
 * its longest accepted length too; and the network's added values ({@link #withAddedValues}): the
 * day, the measure's names and the exact fractions X, Y and S(Y), a negative S(Y) and numbers of
 * {@value #ADDED_VALUE_DIGITS} digits too. Versions are optimistic: the first
 * save inserts (version 0 → 1), each later save needs the stored version, and a stale save writes
 * nothing.
 */
public abstract class PartnershipEvaluationRepositoryContract {

  private PartnershipEvaluationRepository repository;

  /** A new, empty repository of the store under test, not shared with any other test. */
  protected abstract PartnershipEvaluationRepository emptyRepository();

  @BeforeEach
  final void createEmptyRepository() {
    repository = emptyRepository();
  }

  static final OrganisationId A = OrganisationId.of(UUID.fromString("a1111111-2222-4333-8444-555555555555"));
  static final OrganisationId B = OrganisationId.of(UUID.fromString("b1111111-2222-4333-8444-555555555555"));
  static final OrganisationId C = OrganisationId.of(UUID.fromString("c1111111-2222-4333-8444-555555555555"));
  static final Instant AT = Instant.parse("2026-11-20T10:15:30.123456789Z");
  static final String ACTOR = "person:41111111-2222-4333-8444-555555555555/TASK_TEAM_MANAGER";

  private static int next = 1;

  private static EvaluationRecordId id() {
    return EvaluationRecordId.of(new UUID(0x5eedL, next++));
  }

  private static <T> Recorded<T> recorded(T content, int seconds) {
    return Recorded.of(id(), content, ACTOR, AT.plusSeconds(seconds));
  }

  /** An evaluation with every kind of record, each kind twice, with every optional part both present and absent. */
  public static PartnershipEvaluation full(PartnershipId partnership) {
    LocalDate day = LocalDate.of(2026, 10, 5);
    Map<SurveyQuestion, AnswerCounts> answers = new LinkedHashMap<>();
    answers.put(SurveyQuestion.STRENGTHS_AND_WEAKNESSES, AnswerCounts.of(0, 1, 2, 3, 4, 5));
    answers.put(SurveyQuestion.of("OWN_QUESTION", "Czy „klimat” się poprawił? ąęśćżźółń",
        "Did the \"climate\" improve?"), AnswerCounts.of(7, 0, 0, 0, 0, 0));
    answers.put(SurveyQuestion.JOINT_INITIATIVES, AnswerCounts.of(1, 1, 1, 1, 1, 1));
    return PartnershipEvaluation.builder()
        .partnership(partnership)
        .addRelationshipAssessments(
            recorded(RelationshipAssessment.of(Relationship.between(B, A),
                Assessor.of("evaluator:external-2021"), day, SimilarityRating.of(4, 2),
                NajamThresholds.DEFAULT).withNote("Cele wspólne, metody różne — „spór” 🙂"), 0),
            recorded(RelationshipAssessment.of(Relationship.between(A, C),
                Assessor.organisation(C), day.plusDays(1), SimilarityRating.of(3, 5),
                new NajamThresholds(3, 5)), 1))
        .addLadderAssessments(
            recorded(LadderAssessment.assess(Ladders.SEED_001, day, List.of(
                Evidence.fromRecords("INFORMATION_EXCHANGE", "Protokoły spotkań 2026"),
                Evidence.fromPerson("MUTUAL_ADJUSTMENT", "Wywiad z kierowniczką OPS"),
                Evidence.fromRecords("MUTUAL_TRUST", "Ankieta"))), 2),
            recorded(LadderAssessment.assess(Ladders.HIMMELMAN, day.plusMonths(1), List.of()), 3))
        .addInteractions(
            recorded(new Interaction(Relationship.between(A, B), InteractionKind.CLIENT_REFERRAL,
                day, "Skierowanie rodziny R-004"), 4),
            recorded(Interaction.of(Relationship.between(C, B), InteractionKind.STRATEGIC_PLAN,
                day.plusDays(3)), 5))
        .addNetworkSurveys(
            recorded(DatedNetworkSurvey.of(day, NetworkSurvey.of(List.of(C, A, B), List.of(
                RelationshipRating.tie(A, B, new RelationshipScores(1, 2, 3, 4, 4, 3)),
                RelationshipRating.unscoredTie(B, A),
                RelationshipRating.noTie(A, C)))), 6),
            recorded(DatedNetworkSurvey.of(day.plusYears(1), NetworkSurvey.of(List.of(A, B),
                List.of())), 7))
        .addSurveyWaves(
            recorded(SurveyWave.of("pierwszy pomiar", day, answers), 8),
            recorded(SurveyWave.of("2027", day.plusYears(1), Map.of(
                SurveyQuestion.ATMOSPHERE, AnswerCounts.of(0, 0, 0, 0, 0, 3))), 9))
        .addResources(
            recorded(new CooperationRecord.Resource("Sala konferencyjna", day, B, Set.of(A, C),
                true, false), 10),
            recorded(new CooperationRecord.Resource("Baza wolontariuszy", day.plusDays(2), A,
                Set.of(), false, true), 11))
        .addReviews(
            recorded(new Review.Monitoring(CooperationLevel.BETWEEN_SPECIALISTS,
                DateRange.of(day, day.plusMonths(6)), day.plusMonths(2)), 12),
            recorded(new Review.Evaluation(CooperationLevel.WITH_FAMILIES,
                DateRange.of(day.minusYears(1), day), day.plusDays(10)), 13))
        .build();
  }

  /** A text of exactly {@code length} characters, Polish letters included. */
  private static String text(int length) {
    String unit = "Zażółć gęślą jaźń ";
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(unit);
    }
    String t = sb.substring(0, length).strip();
    return t + "x".repeat(length - t.length());
  }

  /**
   * The evaluation {@code base} with two records of each kind of evaluation instrument added,
   * every optional part both present and absent and every text once at its longest accepted
   * length.
   *
   * @param base the evaluation to add to
   * @return the evaluation with the instruments
   */
  public static PartnershipEvaluation withInstruments(PartnershipEvaluation base) {
    LocalDate day = LocalDate.of(2026, 9, 14);
    EvidenceNote longest = EvidenceNote.fromRecords(text(EvidenceNote.MAX_NOTE));
    EvidenceNote person = EvidenceNote.fromPerson("Relacja koordynatorki: „plan przyjęto”");
    return PartnershipEvaluation.builder().from(base)
        .addPrinciplesSelfAssessments(
            recorded(PrinciplesSelfAssessment.of(day, List.of(
                PrincipleRating.of(Principle.TRUST, Grade.MET, longest, person),
                PrincipleRating.of(Principle.EQUALITY, Grade.PARTLY_MET),
                PrincipleRating.of(Principle.RESPONSIBILITY, Grade.NOT_MET,
                    EvidenceNote.fromRecords("Protokół z 12.03.2026")))), 20),
            recorded(PrinciplesSelfAssessment.of(day.plusMonths(1), List.of(
                PrincipleRating.of(Principle.INNOVATION, Grade.MET, person))), 21))
        .addLearningProfiles(
            recorded(LearningProfile.of(day, List.of(
                new LearningProfile.TraitObservation(LearningTrait.SHARED_PATH, true,
                    List.of(person, longest)),
                new LearningProfile.TraitObservation(LearningTrait.DETERMINATION, false,
                    List.of())), List.of(
                new LearningProfile.DimensionPosition(LearningDimension.MISTAKES,
                    LearningPosition.LEARNING, text(LearningProfile.DimensionPosition.MAX_NOTE)),
                new LearningProfile.DimensionPosition(LearningDimension.COOPERATION,
                    LearningPosition.BETWEEN, null))), 22),
            recorded(LearningProfile.of(day.plusDays(1), List.of(), List.of(
                new LearningProfile.DimensionPosition(LearningDimension.RISK,
                    LearningPosition.TRADITIONAL, "Unikamy ryzyka"))), 23))
        .addBenefits(
            recorded(BenefitRecord.of(StakeholderGroup.HELPING_PROFESSIONS, day,
                text(BenefitRecord.MAX_DESCRIPTION), text(BenefitRecord.MAX_INDICATOR)), 24),
            recorded(BenefitRecord.of(StakeholderGroup.LOCAL_COMMUNITY, day.plusDays(2),
                "Nowe miejsce spotkań mieszkańców"), 25))
        .addSwots(
            recorded(SwotRecord.of(day, SwotPerspective.NGO, List.of(
                SwotItem.of(SwotQuadrant.THREAT, text(SwotItem.MAX_TEXT)),
                SwotItem.of(SwotQuadrant.STRENGTH, "Łączenie doświadczeń"),
                SwotItem.of(SwotQuadrant.THREAT, "Rotacja kadr"))), 26),
            recorded(SwotRecord.fromTemplate(day.plusDays(3), SwotPerspective.PARTNERSHIP,
                java.util.Locale.ENGLISH), 27))
        .addSolidarityCapitals(
            recorded(SolidarityCapital.of(day, List.of(
                SolidarityCapital.DimensionGrade.of(SolidarityDimension.WARM_SOLIDARITY_TIES,
                    Grade.PARTLY_MET, person, longest),
                SolidarityCapital.DimensionGrade.of(SolidarityDimension.INSTITUTIONAL_ACCESS,
                    Grade.NOT_MET))), 28),
            recorded(SolidarityCapital.of(day.plusDays(4), List.of(
                SolidarityCapital.DimensionGrade.of(
                    SolidarityDimension.NON_INSTRUMENTAL_COOPERATION, Grade.MET, person))), 29))
        .build();
  }

  /** The most digits a store must keep of a numerator or a denominator of an added value. */
  public static final int ADDED_VALUE_DIGITS = 38;

  /**
   * The evaluation {@code base} with three assessments of the network's added value: whole
   * numbers, fractions whose numerator and denominator have {@value #ADDED_VALUE_DIGITS} digits,
   * a negative S(Y) (down to exactly −X) and a zero one, and the measure's names at some length.
   *
   * @param base the evaluation to add to
   * @return the evaluation with the added values
   */
  public static PartnershipEvaluation withAddedValues(PartnershipEvaluation base) {
    LocalDate day = LocalDate.of(2026, 10, 5);
    BigInteger nines = new BigInteger("9".repeat(ADDED_VALUE_DIGITS));
    BigInteger tenPower = BigInteger.TEN.pow(ADDED_VALUE_DIGITS - 1);
    Ratio largeX = Ratio.of(nines, tenPower);
    Ratio largeY = Ratio.of(new BigInteger("12345678901234567890123456789012345678"),
        BigInteger.ONE);
    return PartnershipEvaluation.builder().from(base)
        .addAddedValues(
            recorded(DatedAddedValue.of(day, new NetworkAddedValue(
                Label.of("rodziny objęte wsparciem w roku", "families supported a year"),
                Ratio.of(40), Ratio.of(7), Ratio.of(25))), 30),
            recorded(DatedAddedValue.of(day.plusDays(1), new NetworkAddedValue(
                Label.of(text(300), "hours of work " + text(280)), largeX, largeY,
                Ratio.of(nines.negate(), tenPower.multiply(BigInteger.valueOf(3))))), 31),
            recorded(DatedAddedValue.of(day.plusDays(2), new NetworkAddedValue(
                Label.of("usługi", "services"), Ratio.of(5, 2), Ratio.ZERO,
                Ratio.of(-5, 2))), 32),
            recorded(DatedAddedValue.of(day.plusDays(2), new NetworkAddedValue(
                Label.of("usługi", "services"), Ratio.ZERO, Ratio.of(1, 3), Ratio.ZERO)), 33))
        .build();
  }

  private static PartnershipId partnership() {
    return PartnershipId.of(UUID.randomUUID());
  }

  @Test
  public final void an_evaluation_not_stored_is_not_found() {
    assertEquals(Optional.empty(), repository.find(partnership()));
  }

  @Test
  public final void a_stored_evaluation_comes_back_equal_with_every_record_and_version_one() {
    PartnershipEvaluation full = full(partnership());
    PartnershipEvaluation saved = repository.save(full);
    assertEquals(1, saved.version());
    PartnershipEvaluation found = repository.find(full.partnership()).orElseThrow();
    assertEquals(1, found.version());
    for (RecordKind kind : RecordKind.values()) {
      assertEquals(full.records(kind), found.records(kind), kind.name());
    }
    assertEquals(full, found);
    assertEquals(List.copyOf(full.surveyWaves().get(0).content().answers().keySet()),
        List.copyOf(found.surveyWaves().get(0).content().answers().keySet()),
        "the questions of a wave in the order asked");
    assertEquals(full.ladderAssessments().get(0).content().evidence(),
        found.ladderAssessments().get(0).content().evidence());
    assertEquals(AT, found.relationshipAssessments().get(0).recordedAt());
  }

  @Test
  public final void an_empty_evaluation_is_stored_too() {
    PartnershipEvaluation empty = PartnershipEvaluation.empty(partnership());
    repository.save(empty);
    assertEquals(empty, repository.find(empty.partnership()).orElseThrow());
  }

  @Test
  public final void a_save_replaces_every_kind_including_withdrawn_and_corrected_records() {
    PartnershipEvaluation v1 = repository.save(full(partnership()));
    Recorded<SurveyWave> first = v1.surveyWaves().get(0);
    PartnershipEvaluation v2 = v1.withReviews(List.of())
        .withRelationshipAssessments(v1.relationshipAssessments().subList(1, 2))
        .withNetworkSurveys(v1.networkSurveys().subList(0, 1))
        .withSurveyWaves(List.of(Recorded.of(first.id(), SurveyWave.of("poprawiony",
            first.content().heldOn(), Map.of(SurveyQuestion.ATMOSPHERE,
                AnswerCounts.of(2, 2, 2, 2, 2, 2))), "person:x/TASK_TEAM_MEMBER",
            AT.plusSeconds(100)), v1.surveyWaves().get(1)))
        .withResources(List.of(v1.resources().get(1), v1.resources().get(0)));
    PartnershipEvaluation saved = repository.save(v2);
    assertEquals(2, saved.version());
    PartnershipEvaluation found = repository.find(v1.partnership()).orElseThrow();
    assertEquals(v2, found);
    assertEquals(v2.resources(), found.resources(), "the new order");
  }

  @Test
  public final void a_stale_save_is_refused_and_writes_nothing() {
    PartnershipEvaluation v1 = repository.save(full(partnership()));
    repository.save(v1.withInteractions(v1.interactions()));
    PartnershipEvaluation stale = v1.withReviews(List.of());
    assertThrows(VersionConflictException.class, () -> repository.save(stale));
    assertEquals(2, repository.find(v1.partnership()).orElseThrow().reviews().size());
    assertEquals(2, repository.find(v1.partnership()).orElseThrow().version());
  }

  @Test
  public final void a_second_first_save_of_the_same_partnership_is_a_version_conflict() {
    PartnershipId p = partnership();
    repository.save(PartnershipEvaluation.empty(p));
    assertThrows(VersionConflictException.class, () -> repository.save(full(p)));
    assertEquals(PartnershipEvaluation.empty(p), repository.find(p).orElseThrow());
  }

  @Test
  public final void two_first_saves_at_once_have_exactly_one_winner() throws InterruptedException {
    PartnershipId p = partnership();
    ConcurrentSaves.Outcome<PartnershipEvaluation> outcome = ConcurrentSaves.race(
        repository::save, PartnershipEvaluation.empty(p), full(p));
    assertEquals(1, outcome.winners().size(), "winners: " + outcome.winners());
    assertEquals(1, outcome.failures().size());
    assertInstanceOf(VersionConflictException.class, outcome.failures().get(0));
    assertEquals(outcome.winners().get(0), repository.find(p).orElseThrow());
  }

  @Test
  public final void the_evaluation_instruments_come_back_equal_with_every_field() {
    PartnershipEvaluation full = withInstruments(full(partnership()));
    repository.save(full);
    PartnershipEvaluation found = repository.find(full.partnership()).orElseThrow();
    for (RecordKind kind : RecordKind.values()) {
      assertEquals(full.records(kind), found.records(kind), kind.name());
    }
    assertEquals(full, found);
    assertEquals(full.principlesSelfAssessments().get(0).content().ratings().get(0).evidence(),
        found.principlesSelfAssessments().get(0).content().ratings().get(0).evidence(),
        "the evidence of a rating in order");
    assertEquals(Optional.empty(), found.learningProfiles().get(0).content().positions().get(1)
        .noteIfAny());
    assertEquals(Optional.empty(), found.benefits().get(1).content().indicatorIfAny());
    assertEquals(SwotRecord.seedTemplate().size(), found.swots().get(1).content().items().size());
  }

  @Test
  public final void an_instrument_corrected_and_one_withdrawn_are_stored_so() {
    PartnershipEvaluation v1 = repository.save(withInstruments(full(partnership())));
    Recorded<SwotRecord> swot = v1.swots().get(0);
    Recorded<BenefitRecord> benefit = v1.benefits().get(1);
    Recorded<PrinciplesSelfAssessment> principles = v1.principlesSelfAssessments().get(0);
    PartnershipEvaluation v2 = v1
        .withSwots(List.of(Recorded.of(swot.id(), SwotRecord.of(swot.content().heldOn(),
            SwotPerspective.LOCAL_GOVERNMENT, List.of(SwotItem.of(SwotQuadrant.OPPORTUNITY,
                "Fundusze UE"))), "person:x/TASK_TEAM_MEMBER", AT.plusSeconds(200)),
            v1.swots().get(1)))
        .withBenefits(List.of(v1.benefits().get(0), Recorded.of(benefit.id(),
            BenefitRecord.of(StakeholderGroup.INSTITUTIONS, benefit.content().recordedOn(),
                "Wspólna baza usług", "12 usług od 5 partnerów"), ACTOR, AT.plusSeconds(201))))
        .withPrinciplesSelfAssessments(List.of(Recorded.of(principles.id(),
            PrinciplesSelfAssessment.of(principles.content().assessedOn(), List.of(
                PrincipleRating.of(Principle.TRUST, Grade.MET))), ACTOR, AT.plusSeconds(202))))
        .withLearningProfiles(v1.learningProfiles().subList(1, 2))
        .withSolidarityCapitals(List.of());
    assertEquals(2, repository.save(v2).version());
    PartnershipEvaluation found = repository.find(v1.partnership()).orElseThrow();
    assertEquals(v2, found);
    for (RecordKind kind : RecordKind.values()) {
      assertEquals(v2.records(kind), found.records(kind), kind.name());
    }
    PartnershipEvaluation v3 = found.withSwots(List.of(found.swots().get(1), found.swots().get(0)))
        .withSolidarityCapitals(v1.solidarityCapitals());
    repository.save(v3);
    assertEquals(v3, repository.find(v1.partnership()).orElseThrow(),
        "the new order, and records added back");
  }

  @Test
  public final void the_added_values_come_back_equal_with_every_field() {
    PartnershipEvaluation full = withAddedValues(withInstruments(full(partnership())));
    repository.save(full);
    PartnershipEvaluation found = repository.find(full.partnership()).orElseThrow();
    assertEquals(full.addedValues(), found.addedValues());
    assertEquals(full, found);
    NetworkAddedValue large = found.addedValues().get(1).content().value();
    assertEquals(ADDED_VALUE_DIGITS, large.withoutNetwork().numerator().toString().length());
    assertEquals(ADDED_VALUE_DIGITS, large.network().numerator().toString().length());
    assertTrue(large.addedValue().signum() < 0, large.addedValue().toString());
    assertEquals(Ratio.ZERO, found.addedValues().get(2).content().withNetwork(), "S(Y) = -X");
  }

  @Test
  public final void an_added_value_corrected_and_one_withdrawn_are_stored_so() {
    PartnershipEvaluation v1 = repository.save(withAddedValues(full(partnership())));
    Recorded<DatedAddedValue> first = v1.addedValues().get(0);
    DatedAddedValue corrected = DatedAddedValue.of(first.content().assessedOn().minusDays(1),
        new NetworkAddedValue(Label.of("rodziny", "families"), Ratio.of(41), Ratio.of(8, 3),
            Ratio.of(-13, 4)));
    PartnershipEvaluation v2 = v1.withAddedValues(List.of(
        Recorded.of(first.id(), corrected, "person:x/TASK_TEAM_MEMBER", AT.plusSeconds(300)),
        v1.addedValues().get(2)));
    assertEquals(2, repository.save(v2).version());
    PartnershipEvaluation found = repository.find(v1.partnership()).orElseThrow();
    assertEquals(v2, found);
    assertEquals(corrected, found.addedValues().get(0).content());
    PartnershipEvaluation v3 = found.withAddedValues(List.of());
    repository.save(v3);
    assertEquals(v3, repository.find(v1.partnership()).orElseThrow());
    assertTrue(repository.find(v1.partnership()).orElseThrow().addedValues().isEmpty());
  }

  @Test
  public final void the_evaluations_of_two_partnerships_are_kept_apart() {
    PartnershipEvaluation a = repository.save(full(partnership()));
    PartnershipEvaluation b = repository.save(PartnershipEvaluation.empty(partnership()));
    assertEquals(2, repository.find(a.partnership()).orElseThrow().surveyWaves().size());
    assertTrue(repository.find(b.partnership()).orElseThrow().surveyWaves().isEmpty());
  }

  @Test
  public final void a_state_read_from_another_store_is_no_longer_stored_here() {
    PartnershipEvaluation read = repository.save(full(partnership()));
    PartnershipEvaluationRepository elsewhere = emptyRepository();

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> elsewhere.save(read));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals(read.partnership().toString(), e.id());
    assertEquals(1L, e.version());
    assertTrue(elsewhere.find(read.partnership()).isEmpty(), "nothing is stored");
  }
}
