package pl.lsw.core.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.CooperationLevel;
import pl.lsw.core.evaluation.NetworkSurvey;
import pl.lsw.core.evaluation.ProgressCriterion;
import pl.lsw.core.evaluation.RelationshipRating;
import pl.lsw.core.evaluation.RelationshipScores;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyComparison;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.instrument.EvidenceNote;
import pl.lsw.core.evaluation.instrument.Grade;
import pl.lsw.core.evaluation.instrument.Principle;
import pl.lsw.core.evaluation.instrument.PrincipleRating;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SwotItem;
import pl.lsw.core.evaluation.instrument.SwotPerspective;
import pl.lsw.core.evaluation.instrument.SwotQuadrant;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.WorkingDayCalendar;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.typology.Assessor;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;
import pl.lsw.core.typology.NajamThresholds;
import pl.lsw.core.typology.NajamType;
import pl.lsw.core.typology.PartnershipProfile;
import pl.lsw.core.typology.Relationship;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.SimilarityRating;
import pl.lsw.core.typology.StageHistory;
import pl.lsw.core.typology.TypologyRules;

/** The report writes what the domain functions computed, on small fixtures checked by hand. */
class EvaluationReportTest {

  private static final DateRange PERIOD =
      DateRange.ofOrThrow(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
  private static final Locale PL = Locale.forLanguageTag("pl");

  private static OrganisationId org(int i) {
    return OrganisationId.of(new UUID(0xE7A, i));
  }

  private static String name(OrganisationId id) {
    return "Organizacja " + id.value().getLeastSignificantBits();
  }

  /** A star of four: member 1 in the centre, every tie reported by both sides. */
  private static NetworkSurvey star() {
    List<OrganisationId> m = List.of(org(1), org(2), org(3), org(4));
    List<RelationshipRating> r = new ArrayList<>();
    for (int i = 1; i < 4; i++) {
      r.add(RelationshipRating.tie(m.get(0), m.get(i), RelationshipScores.uniform(3)));
      r.add(RelationshipRating.tie(m.get(i), m.get(0), RelationshipScores.uniform(4)));
    }
    return NetworkSurvey.of(m, r);
  }

  private static SurveyComparison seedSurvey() {
    SurveyQuestion q = SurveyQuestion.JOINT_INITIATIVES;
    return SurveyComparison.of(
        SurveyWave.of("2019", LocalDate.of(2019, 6, 1), Map.of(q, AnswerCounts.of(4, 8, 48, 24, 12, 4))),
        SurveyWave.of("2021", LocalDate.of(2021, 6, 1),
            Map.of(q, AnswerCounts.of(0, 10, 14, 29, 33, 14))));
  }

  private static String value(EvaluationReport report, ReportSection s, String measurePrefix) {
    return report.rows(s).stream()
        .filter(r -> r.measure().display(Locale.ENGLISH).startsWith(measurePrefix))
        .map(ReportRow::value).findFirst().orElseThrow(() -> new AssertionError(measurePrefix));
  }

  @Test
  void networkOfAStarIsWrittenAsComputedByHand() {
    EvaluationReport report = EvaluationReport.builder("Praski Kokon", PERIOD).names(
        EvaluationReportTest::name).network(star().measures()).build();
    // 4 members, 6 of 12 possible directed ties, 3 of 6 undirected, a star is fully centralised
    assertEquals("4", value(report, ReportSection.NETWORK, "members"));
    assertEquals("0.50", value(report, ReportSection.NETWORK, "density (directed"));
    assertEquals("0.50", value(report, ReportSection.NETWORK, "density (undirected"));
    assertEquals("1.00", value(report, ReportSection.NETWORK, "degree centralisation"));
    List<ReportRow> centre = report.rows(ReportSection.NETWORK).stream()
        .filter(r -> r.subject().display(PL).equals(name(org(1)))).collect(Collectors.toList());
    // the centre was rated 4 by each of the three others; in 3, out 3, undirected 3
    assertTrue(centre.stream().anyMatch(r -> r.value().equals("3/3/3")), centre.toString());
    assertTrue(centre.stream().anyMatch(r -> r.value().equals("4.00")
        && r.measure().display(Locale.ENGLISH).startsWith("trust")), centre.toString());
    assertTrue(report.render(PL).contains("gęstość (relacje skierowane): 0,50"),
        report.render(PL));
    assertTrue(report.render(Locale.ENGLISH).contains("density (directed ties): 0.50"));
  }

  @Test
  void surveyRowsReproduceTheSeedFigures() {
    ProgressCriterion c = ProgressCriterion.asOf(StandardRules.parameters(), PERIOD.end());
    EvaluationReport report = EvaluationReport.builder("Praski Kokon", PERIOD)
        .survey(seedSurvey(), c).build();
    // answers 5–6: 12 + 4 = 16% in 2019, 33 + 14 = 47% in 2021: 31 points, more than 10
    assertEquals("16.00", value(report, ReportSection.SURVEY, "share of high answers (2019"));
    assertEquals("47.00", value(report, ReportSection.SURVEY, "share of high answers (2021"));
    // means 344/100 and 427/100
    assertEquals("3.44", value(report, ReportSection.SURVEY, "mean (2019"));
    assertEquals("4.27", value(report, ReportSection.SURVEY, "mean (2021"));
    assertEquals("31.00", value(report, ReportSection.SURVEY, "progress"));
    assertEquals("true", value(report, ReportSection.SURVEY, "significant"));
    assertTrue(report.render(PL).contains("istotny postęp: tak"), report.render(PL));
    assertTrue(report.render(PL).contains("odsetek wysokich odpowiedzi (2021): 47%"), report.render(PL));
  }

  @Test
  void profileRowsCountEveryTypeAndTheDominantOne() {
    Relationship ab = Relationship.between(org(1), org(2));
    Relationship ac = Relationship.between(org(1), org(3));
    Relationship bc = Relationship.between(org(2), org(3));
    Assessor who = Assessor.of("evaluator:external");
    LocalDate on = LocalDate.of(2021, 6, 30);
    List<RelationshipAssessment> a = List.of(
        RelationshipAssessment.of(ab, who, on, SimilarityRating.of(5, 2), NajamThresholds.DEFAULT),
        RelationshipAssessment.of(ac, who, on, SimilarityRating.of(5, 1), NajamThresholds.DEFAULT),
        RelationshipAssessment.of(bc, who, on, SimilarityRating.of(5, 5), NajamThresholds.DEFAULT));
    PartnershipProfile profile = PartnershipProfile.asOf(a, PERIOD.end());
    EvaluationReport report = EvaluationReport.builder("Praski Kokon", PERIOD)
        .names(EvaluationReportTest::name).profile(profile).build();
    assertEquals("3", value(report, ReportSection.RELATIONSHIPS, "relationships assessed"));
    assertEquals("COMPLEMENTARITY", value(report, ReportSection.RELATIONSHIPS, "dominant"));
    for (NajamType t : NajamType.values()) {
      String count = report.rows(ReportSection.RELATIONSHIPS).stream()
          .filter(r -> r.subject().display(Locale.ENGLISH).equals(t.englishName()))
          .map(ReportRow::value).findFirst().orElseThrow();
      assertEquals(String.valueOf(profile.count(t)), count, t.name());
    }
    assertEquals(2, profile.count(NajamType.COMPLEMENTARITY));
    assertEquals(1, profile.count(NajamType.COOPERATION));
  }

  @Test
  void stagesFindingsAndReviewsNameWhatIsMissing() {
    LadderAssessment network = LadderAssessment.assess(Ladders.SEED_001, LocalDate.of(2021, 3, 1),
        List.of(Evidence.fromRecords("INFORMATION_EXCHANGE", "biuletyn do wszystkich członków")));
    StageHistory history = StageHistory.of("Praski Kokon", true, network);
    EvaluationReport report = EvaluationReport.builder("Praski Kokon", PERIOD)
        .stages(history)
        .findings(TypologyRules.check(history, PERIOD.end(),
            RuleEnvironment.of(StandardRules.parameters(), WorkingDayCalendar.polish())))
        .reviews(List.of(new Review.Monitoring(CooperationLevel.BETWEEN_INSTITUTIONS, PERIOD,
            LocalDate.of(2021, 5, 5)), new Review.Evaluation(CooperationLevel.WITH_FAMILIES,
            PERIOD, LocalDate.of(2022, 1, 5))))
        .build();
    assertEquals(network.reached().orElseThrow().code(),
        value(report, ReportSection.STAGES, "stage reached"));
    assertEquals("1", value(report, ReportSection.STAGES, "indicators evidenced by records"));
    assertEquals("0", value(report, ReportSection.STAGES, "indicators evidenced by a person"));
    assertEquals(network.missingForNext().stream().map(i -> i.code())
        .collect(Collectors.joining("|")), value(report, ReportSection.STAGES, "missing"));
    assertTrue(report.rows(ReportSection.FINDINGS).stream()
        .anyMatch(r -> r.value().equals("TYP-FORMAL-NETWORK")), report.render(Locale.ENGLISH));
    // one review in the period; the evaluation of 2022 is outside it: 5 of 6 pairs missing
    assertEquals(1, report.rows(ReportSection.REVIEWS).stream()
        .filter(r -> !r.value().isEmpty()).count());
    assertEquals(5, report.rows(ReportSection.REVIEWS).stream()
        .filter(r -> r.value().isEmpty()).count());
  }

  @Test
  void textHasEverySectionInBothLanguagesAndSaysWhatWasNotAssessed() {
    EvaluationReport empty = EvaluationReport.builder("Praski Kokon", PERIOD).build();
    String pl = empty.render(PL);
    String en = empty.render(Locale.ENGLISH);
    assertTrue(pl.startsWith("Ewaluacja partnerstwa Praski Kokon za okres 01.01.2021 – 31.12.2021"),
        pl);
    assertTrue(en.startsWith("Evaluation of the partnership Praski Kokon for 2021-01-01 – 2021-12-31"),
        en);
    for (ReportSection s : ReportSection.values()) {
      assertTrue(pl.contains(s.polishName()), s.name());
      assertTrue(en.contains(s.englishName()), s.name());
    }
    assertEquals(ReportSection.values().length, pl.split("nie oceniono w tym okresie", -1).length - 1);
    assertTrue(empty.rows().isEmpty());
  }

  @Test
  void instrumentsAreWrittenWithTheirGradesAndShares() {
    LocalDate on = LocalDate.of(2021, 6, 30);
    PrinciplesSelfAssessment principles = PrinciplesSelfAssessment.of(on, List.of(
        PrincipleRating.of(Principle.EQUALITY, Grade.MET, EvidenceNote.fromPerson("wywiady")),
        PrincipleRating.of(Principle.TRUST, Grade.MET, EvidenceNote.fromPerson("wywiady")),
        PrincipleRating.of(Principle.RESPONSIBILITY, Grade.MET, EvidenceNote.fromRecords("umowa")),
        PrincipleRating.of(Principle.INNOVATION, Grade.PARTLY_MET)));
    SwotRecord swot = SwotRecord.of(on, SwotPerspective.PARTNERSHIP, List.of(
        SwotItem.of(SwotQuadrant.STRENGTH, "wspólne superwizje"),
        SwotItem.of(SwotQuadrant.STRENGTH, "znajomość rodzin w dzielnicy"),
        SwotItem.of(SwotQuadrant.THREAT, "rotacja kadr")));
    EvaluationReport report = EvaluationReport.builder("Praski Kokon", PERIOD)
        .principles(principles).swot(swot).build();
    List<ReportRow> rows = report.rows(ReportSection.INSTRUMENTS);
    // 3 of the 8 principles met: 37.5%, written with two decimals
    assertEquals("37.50", value(report, ReportSection.INSTRUMENTS, "share of principles met"));
    assertEquals("PARTLY_MET", rows.stream()
        .filter(r -> r.subject().display(Locale.ENGLISH).equals(Principle.INNOVATION.englishName()))
        .map(ReportRow::value).findFirst().orElseThrow());
    assertEquals("", rows.stream()
        .filter(r -> r.subject().display(Locale.ENGLISH).equals(Principle.JOINT_PLANNING.englishName()))
        .map(ReportRow::value).findFirst().orElseThrow());
    assertEquals(List.of("2", "0", "0", "1"), rows.stream()
        .filter(r -> r.measure().display(Locale.ENGLISH).startsWith("SWOT"))
        .map(ReportRow::value).collect(Collectors.toList()));
    assertTrue(report.render(PL).contains("nie oceniono"), report.render(PL));
  }
}
