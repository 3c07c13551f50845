package pl.lsw.core.evaluation.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.STRANGER;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.BenefitSummary;
import pl.lsw.core.evaluation.instrument.EvidenceNote;
import pl.lsw.core.evaluation.instrument.Grade;
import pl.lsw.core.evaluation.instrument.InstrumentRules;
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

/** The evaluation instruments recorded and queried through {@link EvaluationService}. */
class EvaluationInstrumentServiceTest {

  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final ActingPerson MANAGER_ACTS = as(MANAGER, ActingRole.TASK_TEAM_MANAGER);
  static final ActingPerson STRANGER_ACTS = as(STRANGER, ActingRole.TASK_TEAM_MEMBER);
  static final EvidenceNote MINUTES = EvidenceNote.fromRecords("Protokół KS z 12.03.2026");

  InMemoryEvaluations evaluations;
  List<DomainEvent> published;
  EvaluationService service;
  RuleEnvironment environment =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());

  @BeforeEach
  void setUp() {
    EvaluationServiceFixture fixture = EvaluationServiceFixture.governed(0xe0a2L);
    evaluations = fixture.evaluations;
    published = fixture.published;
    service = fixture.service;
  }

  static EvaluationRecordId created(Either<Refusal, Change<PartnershipEvaluation>> outcome) {
    assertTrue(outcome.isRight(), () -> outcome.getLeft().message(Locale.ENGLISH));
    return outcome.get().createdId(EvaluationRecordId.class);
  }

  static PrinciplesSelfAssessment principles(LocalDate on, PrincipleRating... ratings) {
    return PrinciplesSelfAssessment.of(on, List.of(ratings));
  }

  static LearningProfile learning(LocalDate on) {
    return LearningProfile.of(on, List.of(new LearningProfile.TraitObservation(
        LearningTrait.CONTINUOUS_LEARNING, true, List.of(MINUTES))), List.of(
            new LearningProfile.DimensionPosition(LearningDimension.DECISIONS,
                LearningPosition.BETWEEN, null)));
  }

  static BenefitRecord benefit(StakeholderGroup group, LocalDate on) {
    return BenefitRecord.of(group, on, "Szersza oferta usług", "12 usług");
  }

  static SwotRecord swot(LocalDate on) {
    return SwotRecord.of(on, SwotPerspective.PARTNERSHIP, List.of(
        SwotItem.of(SwotQuadrant.STRENGTH, "Łączenie doświadczeń")));
  }

  static SolidarityCapital solidarity(LocalDate on) {
    return SolidarityCapital.of(on, List.of(SolidarityCapital.DimensionGrade.of(
        SolidarityDimension.WARM_SOLIDARITY_TIES, Grade.PARTLY_MET, MINUTES)));
  }

  @Test
  void each_instrument_is_added_under_its_kind_with_its_actor_and_an_event() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    PrinciplesSelfAssessment p = principles(day, PrincipleRating.of(Principle.TRUST, Grade.MET,
        MINUTES));
    LearningProfile l = learning(day);
    BenefitRecord b = benefit(StakeholderGroup.INSTITUTIONS, day);
    SwotRecord s = swot(day);
    SolidarityCapital c = solidarity(day);
    List<EvaluationRecordId> ids = List.of(
        created(service.addPrinciplesSelfAssessment(ID, MANAGER_ACTS, p)),
        created(service.addLearningProfile(ID, MANAGER_ACTS, l)),
        created(service.addBenefit(ID, MANAGER_ACTS, b)),
        created(service.addSwot(ID, MANAGER_ACTS, s)),
        created(service.addSolidarityCapital(ID, MANAGER_ACTS, c)));
    List<RecordKind> kinds = List.of(RecordKind.PRINCIPLES_SELF_ASSESSMENT,
        RecordKind.LEARNING_PROFILE, RecordKind.BENEFIT, RecordKind.SWOT,
        RecordKind.SOLIDARITY_CAPITAL);
    List<Object> contents = List.of(p, l, b, s, c);
    PartnershipEvaluation stored = evaluations.find(ID).orElseThrow();
    assertEquals(5, stored.version());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(Optional.of(kinds.get(i)), stored.kindOf(ids.get(i)));
      Recorded<?> r = stored.record(ids.get(i)).orElseThrow();
      assertEquals(contents.get(i), r.content());
      assertEquals(MANAGER_ACTS.reference(), r.recordedBy());
      assertEquals(NOW, r.recordedAt());
      EvaluationChanged e = (EvaluationChanged) published.get(i);
      assertEquals("PartnershipEvaluation." + kinds.get(i).name() + "_ADDED", e.type());
    }
    assertEquals(List.of(p), stored.principlesSelfAssessments().stream().map(Recorded::content)
        .toList());
    assertEquals(List.of(l), stored.learningProfiles().stream().map(Recorded::content).toList());
    assertEquals(List.of(b), stored.benefitsOfCooperation());
    assertEquals(List.of(s), stored.swots().stream().map(Recorded::content).toList());
    assertEquals(List.of(c), stored.solidarityCapitals().stream().map(Recorded::content)
        .toList());
  }

  @Test
  void a_stranger_and_a_partner_representative_are_refused_every_instrument_and_nothing_is_stored() {
    List<Either<Refusal, Change<PartnershipEvaluation>>> refused = List.of(
        service.addPrinciplesSelfAssessment(ID, STRANGER_ACTS, principles(TODAY,
            PrincipleRating.of(Principle.TRUST, Grade.NOT_MET))),
        service.addLearningProfile(ID, STRANGER_ACTS, learning(TODAY)),
        service.addBenefit(ID, STRANGER_ACTS, benefit(StakeholderGroup.LOCAL_COMMUNITY, TODAY)),
        service.addSwot(ID, STRANGER_ACTS, swot(TODAY)),
        service.addSolidarityCapital(ID, STRANGER_ACTS, solidarity(TODAY)));
    for (Either<Refusal, Change<PartnershipEvaluation>> r : refused) {
      assertTrue(r.getLeft().has("ACTOR_UNKNOWN"), r.getLeft().codes().toString());
    }
    Refusal representative = service.addSwot(ID, as(NGO_HEAD,
        ActingRole.PARTNER_REPRESENTATIVE), swot(TODAY)).getLeft();
    assertTrue(representative.has("ACTOR_ROLE_NOT_ALLOWED"), representative.codes().toString());
    assertEquals(Optional.empty(), evaluations.find(ID));
    assertTrue(published.isEmpty());
  }

  @Test
  void an_instrument_of_tomorrow_is_refused_and_one_of_today_accepted() {
    assertEquals(List.of("EVALUATION_RECORD_IN_FUTURE"), service.addBenefit(ID, MANAGER_ACTS,
        benefit(StakeholderGroup.INSTITUTIONS, TODAY.plusDays(1))).getLeft().codes());
    assertEquals(List.of("EVALUATION_RECORD_IN_FUTURE"), service.addSolidarityCapital(ID,
        MANAGER_ACTS, solidarity(TODAY.plusDays(1))).getLeft().codes());
    created(service.addSwot(ID, MANAGER_ACTS, swot(TODAY)));
    assertEquals(1, evaluations.find(ID).orElseThrow().version());
  }

  @Test
  void an_instrument_is_corrected_with_its_own_kind_and_withdrawn() {
    EvaluationRecordId id = created(service.addLearningProfile(ID, MANAGER_ACTS,
        learning(TODAY.minusDays(10))));
    LearningProfile corrected = LearningProfile.of(TODAY.minusDays(9), List.of(), List.of(
        new LearningProfile.DimensionPosition(LearningDimension.RISK, LearningPosition.LEARNING,
            "Podejmujemy ryzyko")));
    assertTrue(service.correct(ID, MANAGER_ACTS, id, corrected).isRight());
    assertEquals(corrected, evaluations.find(ID).orElseThrow().learningProfiles().get(0)
        .content());
    assertEquals(List.of("EVALUATION_RECORD_KIND_MISMATCH"), service.correct(ID, MANAGER_ACTS,
        id, swot(TODAY)).getLeft().codes());
    Change<PartnershipEvaluation> withdrawn = service.withdraw(ID, MANAGER_ACTS, id).get();
    assertTrue(withdrawn.state().learningProfiles().isEmpty());
    assertEquals("PartnershipEvaluation.LEARNING_PROFILE_WITHDRAWN",
        withdrawn.events().get(0).type());
  }

  @Test
  void the_principles_report_checks_the_latest_self_assessment_on_or_before_the_day() {
    LocalDate march = LocalDate.of(2026, 3, 1);
    LocalDate june = LocalDate.of(2026, 6, 1);
    PrinciplesSelfAssessment withoutEvidence = principles(march,
        PrincipleRating.of(Principle.TRUST, Grade.MET),
        PrincipleRating.of(Principle.EQUALITY, Grade.PARTLY_MET),
        PrincipleRating.of(Principle.RESPONSIBILITY, Grade.NOT_MET));
    PrinciplesSelfAssessment withEvidence = principles(june,
        PrincipleRating.of(Principle.TRUST, Grade.MET, MINUTES));
    created(service.addPrinciplesSelfAssessment(ID, MANAGER_ACTS, withEvidence));
    created(service.addPrinciplesSelfAssessment(ID, MANAGER_ACTS, withoutEvidence));
    RuleCode code = RuleCode.of("EVAL-PRINCIPLE-EVIDENCE");

    RuleReport inMay = service.principlesReport(ID, june.minusDays(1)).get();
    assertEquals(InstrumentRules.check(withoutEvidence, environment.parameters()), inMay);
    assertEquals(2, inMay.findingsOf(code).size(), "trust and equality lack evidence");
    assertEquals(march, inMay.asOf());

    RuleReport onTheDay = service.principlesReport(ID, june).get();
    assertEquals(List.of(), onTheDay.findingsOf(code), "the June one, recorded first, is latest");
    assertEquals(List.of(code), onTheDay.rulesEvaluated().stream().map(r -> r.code()).toList());

    RuleReport before = service.principlesReport(ID, march.minusDays(1)).get();
    assertTrue(before.rulesEvaluated().isEmpty() && before.findings().isEmpty()
        && before.isComplete(), before.toString());
    assertEquals(march.minusDays(1), before.asOf());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.principlesReport(
        PartnershipId.of(new UUID(7, 7)), june).getLeft().codes());
  }

  @Test
  void the_benefits_of_a_period_are_counted_per_group() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate end = LocalDate.of(2026, 6, 30);
    List<BenefitRecord> all = List.of(
        benefit(StakeholderGroup.INSTITUTIONS, start.minusDays(1)),
        benefit(StakeholderGroup.INSTITUTIONS, start),
        benefit(StakeholderGroup.HELPING_PROFESSIONS, end),
        benefit(StakeholderGroup.INSTITUTIONS, end.plusDays(1)));
    all.forEach(b -> created(service.addBenefit(ID, MANAGER_ACTS, b)));
    DateRange half = DateRange.of(start, end);
    BenefitSummary summary = service.benefits(ID, half).get();
    assertEquals(BenefitSummary.of(half, all), summary);
    assertEquals(List.of(all.get(1), all.get(2)), summary.benefits(), "both ends included");
    assertEquals(1, summary.count(StakeholderGroup.INSTITUTIONS));
    assertEquals(List.of(StakeholderGroup.PERSONS_AND_FAMILIES, StakeholderGroup.LOCAL_COMMUNITY),
        summary.groupsWithoutBenefit());
    assertEquals(0, service.benefits(ID, DateRange.single(start.minusDays(2))).get().total());
    assertEquals(List.of("PARTNERSHIP_UNKNOWN"), service.benefits(
        PartnershipId.of(new UUID(7, 7)), half).getLeft().codes());
  }

  @Test
  void an_added_value_is_added_corrected_and_withdrawn_and_not_of_tomorrow() {
    pl.lsw.core.kernel.Label measure = pl.lsw.core.kernel.Label.of("rodziny objęte wsparciem",
        "families supported");
    DatedAddedValue value = DatedAddedValue.of(TODAY, new pl.lsw.core.evaluation.NetworkAddedValue(
        measure, pl.lsw.core.evaluation.Ratio.of(10), pl.lsw.core.evaluation.Ratio.of(4),
        pl.lsw.core.evaluation.Ratio.of(3)));
    assertEquals(List.of("EVALUATION_RECORD_IN_FUTURE"), service.addAddedValue(ID, MANAGER_ACTS,
        DatedAddedValue.of(TODAY.plusDays(1), value.value())).getLeft().codes());
    EvaluationRecordId id = created(service.addAddedValue(ID, MANAGER_ACTS, value));
    PartnershipEvaluation stored = evaluations.find(ID).orElseThrow();
    assertEquals(List.of(value), stored.addedValues().stream().map(Recorded::content).toList());
    assertEquals(Optional.of(RecordKind.ADDED_VALUE), stored.kindOf(id));
    assertEquals(pl.lsw.core.evaluation.Ratio.of(13), value.withNetwork());

    DatedAddedValue corrected = DatedAddedValue.of(TODAY.minusDays(1),
        new pl.lsw.core.evaluation.NetworkAddedValue(measure, pl.lsw.core.evaluation.Ratio.of(10),
            pl.lsw.core.evaluation.Ratio.of(4), pl.lsw.core.evaluation.Ratio.of(-10)));
    assertTrue(service.correct(ID, MANAGER_ACTS, id, corrected).isRight());
    assertEquals(corrected, evaluations.find(ID).orElseThrow().addedValues().get(0).content());
    assertEquals(List.of("EVALUATION_RECORD_KIND_MISMATCH"), service.correct(ID, MANAGER_ACTS,
        id, swot(TODAY)).getLeft().codes());
    Change<PartnershipEvaluation> withdrawn = service.withdraw(ID, MANAGER_ACTS, id).get();
    assertTrue(withdrawn.state().addedValues().isEmpty());
    assertEquals("PartnershipEvaluation.ADDED_VALUE_WITHDRAWN", withdrawn.events().get(0).type());
  }

  @Test
  void a_dated_added_value_refuses_nulls() {
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> DatedAddedValue.of(null, null));
    org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
        () -> DatedAddedValue.of(TODAY, null));
  }
}
