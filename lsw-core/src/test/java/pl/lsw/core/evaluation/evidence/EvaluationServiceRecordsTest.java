package pl.lsw.core.evaluation.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.evaluation.evidence.RecordsFixture.FIRST;
import static pl.lsw.core.evaluation.evidence.RecordsFixture.PERIOD;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.EvaluationRules;
import pl.lsw.core.evaluation.record.EvaluationRecordId;
import pl.lsw.core.evaluation.record.EvaluationService;
import pl.lsw.core.evaluation.record.EvaluationServiceFixture;
import pl.lsw.core.evaluation.record.InMemoryEvaluations;
import pl.lsw.core.evaluation.report.EvaluationReport;
import pl.lsw.core.evaluation.report.ReportSection;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;

/** The evaluation service reads the partnership's records through its ports, as the functions do. */
class EvaluationServiceRecordsTest {

  static final ActingPerson MANAGER_ACTS = as(MANAGER, ActingRole.TASK_TEAM_MANAGER);
  static final CooperationRecord.Resource METHOD = new CooperationRecord.Resource(
      "metoda pracy z rodziną", FIRST, NGO, Set.of(OPS), true, false);

  InMemoryEvaluations evaluations;
  EvaluationService service;
  RuleEnvironment environment =
      RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish());

  @BeforeEach
  void setUp() {
    EvaluationServiceFixture fixture = EvaluationServiceFixture.of(0xe0a3L,
        RecordsFixture.partnership());
    fixture.actionBases.save(RecordsFixture.actionBase().withVersion(0));
    RecordsFixture.dispatches().forEach(fixture.dispatches::save);
    evaluations = fixture.evaluations;
    service = fixture.service;
  }

  private PartnershipRecords direct() {
    return PartnershipRecords.of(PERIOD, RecordsFixture.partnership(),
        Optional.of(RecordsFixture.actionBase()), RecordsFixture.dispatches(), id -> Optional.empty());
  }

  @Test
  void theServiceReadsTheSameRecordsAsTheFunction() {
    assertEquals(direct(), service.records(ID, PERIOD).get());
  }

  @Test
  void theThreatsRunOverTheRecordsAndTheRecordedResources() {
    service.addResource(ID, MANAGER_ACTS, METHOD).get();
    RuleReport report = service.threatReport(ID, PERIOD).get();
    RuleReport expected = EvaluationRules.check(direct().toCooperationRecord(List.of(METHOD)),
        environment.parameters());
    assertEquals(expected.findings(), report.findings());
    assertTrue(report.findings().stream().anyMatch(f -> f.code().value().equals("TYP-DRAINING")),
        report.findings().toString());
  }

  @Test
  void aLadderAssessmentFromRecordsIsStoredWithItsSources() {
    Evidence trust = Evidence.fromPerson("MUTUAL_TRUST", "wywiad z partnerami");
    EvaluationRecordId id = service.addLadderAssessmentFromRecords(ID, MANAGER_ACTS,
        Ladders.SEED_001.code(), PERIOD, List.of(trust)).get().createdId(EvaluationRecordId.class);
    LadderAssessment stored = (LadderAssessment) evaluations.find(ID).orElseThrow().record(id)
        .orElseThrow().content();
    assertEquals(RecordEvidence.assess(Ladders.SEED_001, PERIOD.end(), direct(), List.of(trust)),
        stored);
    assertEquals("COOPERATION", stored.reached().orElseThrow().code());
    assertEquals(service.recordsEvidence(ID, Ladders.SEED_001.code(), PERIOD).get().fromRecords(),
        RecordEvidence.overview(Ladders.SEED_001, PERIOD.end(), direct(), List.of()).fromRecords());
  }

  @Test
  void aStrangerCannotRecordAnAssessmentFromRecords() {
    ActingPerson stranger = ActingPerson.of(
        pl.lsw.core.partnership.governance.PersonId.of(new UUID(9, 9)),
        ActingRole.TASK_TEAM_MANAGER);
    assertTrue(service.addLadderAssessmentFromRecords(ID, stranger, Ladders.SEED_001.code(),
        PERIOD, List.of()).isLeft());
    assertTrue(evaluations.find(ID).isEmpty());
    assertTrue(service.addLadderAssessmentFromRecords(ID, MANAGER_ACTS, "NO_SUCH_LADDER", PERIOD,
        List.of()).getLeft().has("LADDER_UNKNOWN"));
  }

  @Test
  void theReportBringsTheStagesAndTheThreatsOfThePeriodTogether() {
    service.addResource(ID, MANAGER_ACTS, METHOD).get();
    service.addLadderAssessmentFromRecords(ID, MANAGER_ACTS, Ladders.SEED_001.code(), PERIOD,
        List.of()).get();
    EvaluationReport report = service.report(ID, PERIOD).get();
    assertEquals(RecordsFixture.partnership().name(), report.partnershipName());
    assertEquals("COOPERATION", report.rows(ReportSection.STAGES).get(0).value());
    assertTrue(report.rows(ReportSection.FINDINGS).stream()
        .anyMatch(r -> r.value().equals("TYP-DRAINING")), report.render(java.util.Locale.ENGLISH));
    assertTrue(service.report(pl.lsw.core.partnership.PartnershipId.of(new UUID(7, 7)), PERIOD)
        .getLeft().has("PARTNERSHIP_UNKNOWN"));
  }

  @Test
  void theReportWritesTheLatestSelfAssessmentOfThePeriodAndItsFindings() {
    var principles = pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment.of(FIRST, List.of(
        pl.lsw.core.evaluation.instrument.PrincipleRating.of(
            pl.lsw.core.evaluation.instrument.Principle.TRUST,
            pl.lsw.core.evaluation.instrument.Grade.MET)));
    var before = pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment.of(FIRST.minusDays(1),
        List.of(pl.lsw.core.evaluation.instrument.PrincipleRating.of(
            pl.lsw.core.evaluation.instrument.Principle.TRUST,
            pl.lsw.core.evaluation.instrument.Grade.NOT_MET)));
    service.addPrinciplesSelfAssessment(ID, MANAGER_ACTS, principles).get();
    service.addPrinciplesSelfAssessment(ID, MANAGER_ACTS, before).get();
    service.addBenefit(ID, MANAGER_ACTS, pl.lsw.core.evaluation.instrument.BenefitRecord.of(
        pl.lsw.core.evaluation.instrument.StakeholderGroup.INSTITUTIONS, FIRST,
        "wspólny harmonogram dyżurów")).get();
    EvaluationReport report = service.report(ID, PERIOD).get();
    assertEquals("MET", report.rows(ReportSection.INSTRUMENTS).stream()
        .filter(r -> r.subject().display(java.util.Locale.ENGLISH).equals(
            pl.lsw.core.evaluation.instrument.Principle.TRUST.englishName()))
        .findFirst().orElseThrow().value());
    assertTrue(report.rows(ReportSection.INSTRUMENTS).stream()
        .anyMatch(r -> r.measure().display(java.util.Locale.ENGLISH).equals("benefits recorded")
            && r.value().equals("1")), report.render(java.util.Locale.ENGLISH));
    // the trust rated as met without evidence: one finding of the principles' rule
    assertEquals(1, report.rows(ReportSection.FINDINGS).stream()
        .filter(r -> r.value().equals("EVAL-PRINCIPLE-EVIDENCE")).count());
  }

  @Test
  void theReportWritesEveryAddedValueAssessedInThePeriod() {
    pl.lsw.core.kernel.Label families = pl.lsw.core.kernel.Label.of("rodziny objęte wsparciem",
        "families supported");
    var inPeriod = pl.lsw.core.evaluation.record.DatedAddedValue.of(PERIOD.start(),
        new pl.lsw.core.evaluation.NetworkAddedValue(families,
            pl.lsw.core.evaluation.Ratio.of(10), pl.lsw.core.evaluation.Ratio.of(4),
            pl.lsw.core.evaluation.Ratio.of(3)));
    var before = pl.lsw.core.evaluation.record.DatedAddedValue.of(PERIOD.start().minusDays(1),
        new pl.lsw.core.evaluation.NetworkAddedValue(families,
            pl.lsw.core.evaluation.Ratio.of(99), pl.lsw.core.evaluation.Ratio.of(1),
            pl.lsw.core.evaluation.Ratio.of(1)));
    var costly = pl.lsw.core.evaluation.record.DatedAddedValue.of(PERIOD.end(),
        new pl.lsw.core.evaluation.NetworkAddedValue(pl.lsw.core.kernel.Label.of(
            "godziny pracy", "hours of work"), pl.lsw.core.evaluation.Ratio.of(5, 2),
            pl.lsw.core.evaluation.Ratio.of(1), pl.lsw.core.evaluation.Ratio.of(-1, 2)));
    service.addAddedValue(ID, MANAGER_ACTS, costly).get();
    service.addAddedValue(ID, MANAGER_ACTS, before).get();
    service.addAddedValue(ID, MANAGER_ACTS, inPeriod).get();
    EvaluationReport report = service.report(ID, PERIOD).get();
    List<String> rows = report.rows(ReportSection.ADDED_VALUE).stream()
        .map(r -> r.render(java.util.Locale.ENGLISH)).toList();
    assertEquals(List.of(
        "families supported — without the network (X): 10.00",
        "families supported — the network (Y): 4.00",
        "families supported — with the network (X + S(Y)): 13.00",
        "hours of work — without the network (X): 2.50",
        "hours of work — the network (Y): 1.00",
        "hours of work — with the network (X + S(Y)): 2.00"), rows,
        report.render(java.util.Locale.ENGLISH));
    assertEquals(List.of("10.00", "4.00", "13.00", "2.50", "1.00", "2.00"),
        report.rows(ReportSection.ADDED_VALUE).stream().map(r -> r.value()).toList());
    assertTrue(service.report(ID, pl.lsw.core.kernel.DateRange.single(
        PERIOD.start().minusDays(2))).get().rows(ReportSection.ADDED_VALUE).isEmpty());
  }
}
