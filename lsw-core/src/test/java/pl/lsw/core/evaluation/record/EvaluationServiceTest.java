package pl.lsw.core.evaluation.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;
import static pl.lsw.core.partnership.PartnershipFixture.STRANGER;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.CooperationLevel;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.EvaluationRules;
import pl.lsw.core.evaluation.NetworkSurvey;
import pl.lsw.core.evaluation.RelationshipRating;
import pl.lsw.core.evaluation.RelationshipScores;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyComparison;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.rules.RuleCode;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.typology.Assessor;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.InteractionKind;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;
import pl.lsw.core.typology.NajamType;
import pl.lsw.core.typology.NetworkingClassification;
import pl.lsw.core.typology.PartnershipProfile;
import pl.lsw.core.typology.ProfileChange;
import pl.lsw.core.typology.Relationship;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.SimilarityRating;
import pl.lsw.core.typology.TypologyRules;

class EvaluationServiceTest {

  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final ActingPerson MANAGER_ACTS = as(MANAGER, ActingRole.TASK_TEAM_MANAGER);
  static final Relationship NGO_OPS = Relationship.between(NGO, OPS);
  static final Relationship NGO_DISTRICT = Relationship.between(NGO, DISTRICT);

  InMemoryEvaluations evaluations;
  List<DomainEvent> published;
  EvaluationService service;
  RuleEnvironment environment =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());

  @BeforeEach
  void setUp() {
    EvaluationServiceFixture fixture = EvaluationServiceFixture.governed(0xe0a1L);
    evaluations = fixture.evaluations;
    published = fixture.published;
    service = fixture.service;
  }

  static RelationshipAssessment assessment(Relationship r, String assessor, LocalDate on,
      int goals, int means) {
    return RelationshipAssessment.of(r, Assessor.of(assessor), on, SimilarityRating.of(goals, means),
        StandardRules.parameters());
  }

  static SurveyWave wave(String name, LocalDate on, int low, int high) {
    return SurveyWave.of(name, on, Map.of(SurveyQuestion.JOINT_INITIATIVES,
        AnswerCounts.of(low, low, 0, 0, high, high)));
  }

  static EvaluationRecordId created(Either<Refusal, Change<PartnershipEvaluation>> outcome) {
    assertTrue(outcome.isRight(), () -> outcome.getLeft().message(Locale.ENGLISH));
    return outcome.get().createdId(EvaluationRecordId.class);
  }

  @Test
  void a_stranger_and_a_partner_representative_are_refused_and_nothing_is_stored() {
    Either<Refusal, Change<PartnershipEvaluation>> stranger = service.addRelationshipAssessment(ID,
        as(STRANGER, ActingRole.TASK_TEAM_MEMBER), assessment(NGO_OPS, "a", TODAY, 4, 4));
    assertTrue(stranger.getLeft().has("ACTOR_UNKNOWN"), stranger.getLeft().codes().toString());
    Either<Refusal, Change<PartnershipEvaluation>> representative = service.addSurveyWave(ID,
        as(NGO_HEAD, ActingRole.PARTNER_REPRESENTATIVE), wave("2026", TODAY, 1, 1));
    assertTrue(representative.getLeft().has("ACTOR_ROLE_NOT_ALLOWED"),
        representative.getLeft().codes().toString());
    assertFalse(representative.getLeft().message(Locale.forLanguageTag("pl")).isBlank());
    assertEquals(Optional.empty(), evaluations.find(ID));
    assertTrue(published.isEmpty());
  }

  @Test
  void an_unknown_partnership_is_refused_by_commands_and_queries() {
    PartnershipId unknown = PartnershipId.of(new UUID(7, 7));
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.addReview(unknown, MANAGER_ACTS,
        new Review.Monitoring(CooperationLevel.WITH_FAMILIES, DateRange.single(TODAY), TODAY))
        .getLeft().codes());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.profile(unknown, TODAY).getLeft().codes());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.typologyReport(unknown, "LSW_001", TODAY)
        .getLeft().codes());
    assertTrue(published.isEmpty());
  }

  @Test
  void each_kind_of_record_is_added_under_a_new_id_with_its_actor_and_an_event() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    List<EvaluationRecordId> ids = List.of(
        created(service.addRelationshipAssessment(ID, MANAGER_ACTS,
            assessment(NGO_OPS, "evaluator:x", day, 4, 4))),
        created(service.addLadderAssessment(ID, MANAGER_ACTS, LadderAssessment.assess(
            Ladders.SEED_001, day, List.of(Evidence.fromRecords("INFORMATION_EXCHANGE", "lista"))))),
        created(service.addInteraction(ID, MANAGER_ACTS, Interaction.of(NGO_OPS,
            InteractionKind.ADVICE, day))),
        created(service.addNetworkSurvey(ID, MANAGER_ACTS, DatedNetworkSurvey.of(day,
            NetworkSurvey.of(List.of(NGO, OPS), List.of(RelationshipRating.noTie(NGO, OPS)))))),
        created(service.addSurveyWave(ID, MANAGER_ACTS, wave("2026", day, 1, 2))),
        created(service.addResource(ID, MANAGER_ACTS, new CooperationRecord.Resource("Sala", day,
            NGO, Set.of(OPS), true, true))),
        created(service.addReview(ID, MANAGER_ACTS, new Review.Evaluation(
            CooperationLevel.BETWEEN_INSTITUTIONS, DateRange.of(day.minusMonths(6), day), day))));
    PartnershipEvaluation stored = evaluations.find(ID).orElseThrow();
    assertEquals(7, stored.version());
    RecordKind[] kinds = RecordKind.values();
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(Optional.of(kinds[i]), stored.kindOf(ids.get(i)));
      Recorded<?> r = stored.record(ids.get(i)).orElseThrow();
      assertEquals(MANAGER_ACTS.reference(), r.recordedBy());
      assertEquals(NOW, r.recordedAt());
      EvaluationChanged e = (EvaluationChanged) published.get(i);
      assertEquals("PartnershipEvaluation." + kinds[i].name() + "_ADDED", e.type());
      assertEquals(ids.get(i), e.record());
    }
    assertEquals(7, published.size());
  }

  @Test
  void a_record_is_corrected_with_its_own_kind_and_withdrawn_by_its_id() {
    EvaluationRecordId id = created(service.addSurveyWave(ID, MANAGER_ACTS,
        wave("2025", TODAY.minusYears(1), 1, 1)));
    SurveyWave corrected = wave("2025 (poprawiony)", TODAY.minusYears(1), 2, 3);
    assertTrue(service.correct(ID, MANAGER_ACTS, id, corrected).isRight());
    assertEquals(corrected, evaluations.find(ID).orElseThrow().surveyWaves().get(0).content());
    Refusal wrongKind = service.correct(ID, MANAGER_ACTS, id, Interaction.of(NGO_OPS,
        InteractionKind.ADVICE, TODAY)).getLeft();
    assertEquals(List.of("EVALUATION_RECORD_KIND_MISMATCH"), wrongKind.codes());
    EvaluationRecordId unknown = EvaluationRecordId.of(new UUID(1, 1));
    Refusal both = service.withdraw(ID, as(STRANGER, ActingRole.TASK_TEAM_MEMBER), unknown)
        .getLeft();
    assertTrue(both.has("ACTOR_UNKNOWN") && both.has("EVALUATION_RECORD_UNKNOWN"),
        both.codes().toString());
    Change<PartnershipEvaluation> withdrawn = service.withdraw(ID, MANAGER_ACTS, id).get();
    assertTrue(withdrawn.state().surveyWaves().isEmpty());
    assertEquals("PartnershipEvaluation.SURVEY_WAVE_WITHDRAWN",
        withdrawn.events().get(0).type());
    assertEquals(3, evaluations.find(ID).orElseThrow().version());
  }

  @Test
  void a_record_of_today_is_accepted_and_one_of_tomorrow_is_refused_also_as_a_correction() {
    EvaluationRecordId today = created(service.addInteraction(ID, MANAGER_ACTS,
        Interaction.of(NGO_OPS, InteractionKind.ADVICE, TODAY)));
    Refusal tomorrow = service.addInteraction(ID, MANAGER_ACTS, Interaction.of(NGO_OPS,
        InteractionKind.ADVICE, TODAY.plusDays(1))).getLeft();
    assertEquals(List.of("EVALUATION_RECORD_IN_FUTURE"), tomorrow.codes());
    assertTrue(tomorrow.message(Locale.ENGLISH).contains(TODAY.plusDays(1).toString()),
        tomorrow.message(Locale.ENGLISH));
    assertEquals(List.of("EVALUATION_RECORD_IN_FUTURE"), service.correct(ID, MANAGER_ACTS, today,
        Interaction.of(NGO_OPS, InteractionKind.ADVICE, TODAY.plusDays(1))).getLeft().codes());
    assertEquals(1, evaluations.find(ID).orElseThrow().version());
  }

  @Test
  void draining_is_checked_over_the_recorded_resources_of_a_period_and_only_draining() {
    LocalDate day = LocalDate.of(2026, 5, 1);
    for (int i = 0; i < 3; i++) {
      created(service.addResource(ID, MANAGER_ACTS, new CooperationRecord.Resource("Zasób " + i,
          day.plusDays(i), NGO, Set.of(OPS, DISTRICT), false, true)));
    }
    DateRange year = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30));
    RuleReport report = service.drainingReport(ID, year).get();
    assertEquals(List.of(RuleCode.of("TYP-DRAINING")), report.rulesEvaluated().stream()
        .map(r -> r.code()).toList());
    int tolerated = environment.parameters().valueAsOf(
        pl.lsw.core.evaluation.EvaluationParameters.DRAINING_TOLERATED_UNAGREED, year.end());
    assertEquals(0, tolerated, "by default no unagreed resource is tolerated");
    assertEquals(1, report.findingsOf(RuleCode.of("TYP-DRAINING")).size());
    assertEquals(0, service.drainingReport(ID, DateRange.of(LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31))).get().findings().size(), "no resource brought in 2025");
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.drainingReport(
        PartnershipId.of(new UUID(7, 7)), year).getLeft().codes());
  }

  @Test
  void the_profile_on_a_day_and_its_change_between_two_days_come_from_the_assessments() {
    LocalDate first = LocalDate.of(2026, 3, 1);
    LocalDate second = LocalDate.of(2026, 9, 1);
    List<RelationshipAssessment> all = List.of(
        assessment(NGO_OPS, "evaluator:a", first, 4, 1),
        assessment(NGO_OPS, "evaluator:b", first, 5, 2),
        assessment(NGO_DISTRICT, "evaluator:a", first, 1, 1),
        assessment(NGO_OPS, "evaluator:a", second, 4, 4),
        assessment(NGO_OPS, "evaluator:b", second, 5, 5));
    all.forEach(a -> created(service.addRelationshipAssessment(ID, MANAGER_ACTS, a)));
    PartnershipProfile before = service.profile(ID, first).get();
    assertEquals(PartnershipProfile.asOf(all, first), before);
    assertEquals(1, before.count(NajamType.COMPLEMENTARITY));
    assertEquals(PartnershipProfile.asOf(all, second), service.profile(ID, second).get());
    assertEquals(PartnershipProfile.asOf(all, first.minusDays(1)),
        service.profile(ID, first.minusDays(1)).get());
    ProfileChange change = service.profileChange(ID, first, second).get();
    assertEquals(ProfileChange.between(all, first, second), change);
    assertEquals(1, change.changes().size());
    assertEquals(List.of("PROFILE_DATE_ORDER"),
        service.profileChange(ID, second, first).getLeft().codes());
  }

  @Test
  void the_stage_history_its_latest_assessment_and_the_typology_report_use_one_ladder() {
    LocalDate march = LocalDate.of(2026, 3, 1);
    LadderAssessment atNetwork = LadderAssessment.assess(Ladders.SEED_001, march,
        List.of(Evidence.fromRecords("INFORMATION_EXCHANGE", "protokoły")));
    LadderAssessment other = LadderAssessment.assess(Ladders.HIMMELMAN, march.plusDays(1),
        List.of());
    created(service.addLadderAssessment(ID, MANAGER_ACTS, atNetwork));
    created(service.addLadderAssessment(ID, MANAGER_ACTS, other));
    assertEquals(List.of(atNetwork), service.stageHistory(ID, "LSW_001", TODAY).get()
        .assessments());
    assertTrue(service.stageHistory(ID, "LSW_001", TODAY).get().formalised(),
        "the district and the NGO are formal members");
    assertEquals(Optional.of(atNetwork), service.latestLadderAssessment(ID, "LSW_001", TODAY)
        .get());
    assertEquals(Optional.empty(), service.latestLadderAssessment(ID, "LSW_001",
        march.minusDays(1)).get());
    RuleReport report = service.typologyReport(ID, "LSW_001", TODAY).get();
    assertEquals(TypologyRules.check(service.stageHistory(ID, "LSW_001", TODAY).get(), TODAY,
        environment), report);
    assertEquals(1, report.findingsOf(RuleCode.of("TYP-FORMAL-NETWORK")).size());
    assertEquals(List.of("LADDER_UNKNOWN"), service.typologyReport(ID, "NO_SUCH", TODAY)
        .getLeft().codes());
  }

  @Test
  void networking_of_a_relationship_comes_from_the_interactions_in_the_period() {
    List<Interaction> observed = List.of(
        Interaction.of(NGO_OPS, InteractionKind.FORMAL_AGREEMENT, LocalDate.of(2026, 4, 1)),
        Interaction.of(NGO_OPS, InteractionKind.CLIENT_REFERRAL, LocalDate.of(2026, 5, 1)),
        Interaction.of(NGO_DISTRICT, InteractionKind.STRATEGIC_PLAN, LocalDate.of(2026, 5, 2)),
        Interaction.of(NGO_OPS, InteractionKind.INFORMATION_EXCHANGE, LocalDate.of(2025, 12, 31)));
    observed.forEach(i -> created(service.addInteraction(ID, MANAGER_ACTS, i)));
    DateRange year = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    NetworkingClassification c = service.networking(ID, NGO_OPS, year).get();
    assertEquals(NetworkingClassification.classify(NGO_OPS, observed, year), c);
    assertEquals(2, c.observed().size());
  }

  @Test
  void the_measures_of_a_survey_and_the_comparison_of_two_waves_come_from_their_records() {
    NetworkSurvey survey = NetworkSurvey.of(List.of(NGO, OPS, DISTRICT), List.of(
        RelationshipRating.tie(NGO, OPS, RelationshipScores.uniform(3)),
        RelationshipRating.noTie(OPS, DISTRICT)));
    EvaluationRecordId s = created(service.addNetworkSurvey(ID, MANAGER_ACTS,
        DatedNetworkSurvey.of(TODAY, survey)));
    pl.lsw.core.evaluation.NetworkMeasures measures = service.networkMeasures(ID, s).get();
    assertEquals(survey, measures.survey());
    assertEquals(survey.measures().directedDensity(), measures.directedDensity());
    assertEquals(1, measures.directedTies());
    SurveyWave w2019 = wave("2019", LocalDate.of(2019, 5, 1), 5, 1);
    SurveyWave w2021 = wave("2021", LocalDate.of(2021, 5, 1), 1, 5);
    EvaluationRecordId before = created(service.addSurveyWave(ID, MANAGER_ACTS, w2019));
    EvaluationRecordId after = created(service.addSurveyWave(ID, MANAGER_ACTS, w2021));
    assertEquals(SurveyComparison.of(w2019, w2021), service.compareWaves(ID, before, after).get());
    assertEquals(EvaluationRules.check(SurveyComparison.of(w2019, w2021),
        environment.parameters()), service.progressReport(ID, before, after).get());
    assertEquals(List.of("SURVEY_WAVES_ORDER"), service.compareWaves(ID, after, before).getLeft()
        .codes());
    assertEquals(List.of("EVALUATION_RECORD_OTHER_KIND"), service.networkMeasures(ID, before)
        .getLeft().codes());
    EvaluationRecordId none = EvaluationRecordId.of(new UUID(2, 2));
    assertEquals(List.of("EVALUATION_RECORD_UNKNOWN", "EVALUATION_RECORD_OTHER_KIND"),
        service.compareWaves(ID, none, s).getLeft().codes());
  }
}
