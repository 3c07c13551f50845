package pl.lsw.core.evaluation.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import pl.lsw.core.evaluation.NetworkSurvey;
import pl.lsw.core.evaluation.RelationshipRating;
import pl.lsw.core.evaluation.RelationshipScores;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.kernel.DateRange;
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
 * users and agreements; a review's kind, level, work and day. Versions are optimistic: the first
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
  public final void the_evaluations_of_two_partnerships_are_kept_apart() {
    PartnershipEvaluation a = repository.save(full(partnership()));
    PartnershipEvaluation b = repository.save(PartnershipEvaluation.empty(partnership()));
    assertEquals(2, repository.find(a.partnership()).orElseThrow().surveyWaves().size());
    assertTrue(repository.find(b.partnership()).orElseThrow().surveyWaves().isEmpty());
  }
}
