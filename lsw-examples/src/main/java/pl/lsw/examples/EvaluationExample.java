package pl.lsw.examples;

import static pl.lsw.examples.Outcomes.applied;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.Lsw;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.CooperationLevel;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.NetworkAddedValue;
import pl.lsw.core.evaluation.NetworkMeasures;
import pl.lsw.core.evaluation.NetworkSurvey;
import pl.lsw.core.evaluation.ProgressCriterion;
import pl.lsw.core.evaluation.QuestionChange;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.evaluation.RelationshipRating;
import pl.lsw.core.evaluation.RelationshipScores;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyComparison;
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
import pl.lsw.core.evaluation.record.DatedAddedValue;
import pl.lsw.core.evaluation.record.DatedNetworkSurvey;
import pl.lsw.core.evaluation.record.EvaluationRecordId;
import pl.lsw.core.evaluation.record.EvaluationService;
import pl.lsw.core.evaluation.record.PartnershipEvaluation;
import pl.lsw.core.evaluation.record.Recorded;
import pl.lsw.core.evaluation.report.EvaluationReport;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.typology.Assessor;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.InteractionKind;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;
import pl.lsw.core.typology.NajamThresholds;
import pl.lsw.core.typology.PartnershipProfile;
import pl.lsw.core.typology.Relationship;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.SimilarityRating;
import pl.lsw.core.typology.StageHistory;
import pl.lsw.interchange.evaluation.EvaluationReportCsv;

/**
 * The evaluation of Praski Kokon (seed 001 §2.2.3–§2.2.4, §8; seed 002; seed 004): the example
 *
 * <ol>
 *   <li>records Najam's relationship types of the partners in two rounds after Tabela 2 —
 *       complementarity dominating, a confrontation between an NGO and the OPS worked out, the
 *       city's co-optation never resolved, and one relationship an NGO sees differently from the
 *       evaluator — and shows the profile and what changed;
 *   <li>records the stage path coordination → cooperation → partnership on the seed's ladder, each
 *       indicator with its evidence (from records or from a person), and what each stage lacked;
 *   <li>classifies the relationship of two NGOs by Park's forms of networking from their
 *       interactions;
 *   <li>checks the threats over the period: a method of work brought without agreed terms, a
 *       partner present only on paper;
 *   <li>records a PARTNER-style survey in which every member rates every other, and shows density,
 *       centralisation, trust and value;
 *   <li>records the two waves of the cooperation-quality survey (the seed's chart figures and
 *       illustrative answers to the four standard questions) and judges the progress;
 *   <li>records the partners' self-assessment against the eight principles (one grade without
 *       evidence, which {@code EVAL-PRINCIPLE-EVIDENCE} names), solidarity capital, a learning
 *       profile, benefits for three stakeholder groups and a SWOT analysis;
 *   <li>writes the partnership evaluation report as text, as CSV, and two SVG pictures.
 * </ol>
 *
 * <p>Running it again on the same database shows the stored evaluation instead of recording it a
 * second time.
 */
final class EvaluationExample {

  static final LocalDate FIRST = LocalDate.of(2025, 6, 30);
  static final LocalDate MIDDLE = LocalDate.of(2025, 12, 31);
  static final LocalDate SECOND = LocalDate.of(2026, 6, 30);
  static final DateRange PERIOD = DateRange.ofOrThrow(LocalDate.of(2025, 4, 7), SECOND);

  static final String CITY = "Miasto Stołeczne Warszawa";
  static final String OD = "Stowarzyszenie Otwarte Drzwi";
  static final String KORALE = "Fundacja Wspierania Rodzin \"Korale\"";
  static final String CAL = "Stowarzyszenie Centrum Wspierania Aktywności Lokalnej CAL";
  static final String OPS = "Ośrodek Pomocy Społecznej Dzielnicy Praga-Północ";

  static final SurveyQuestion SEED_CHART = SurveyQuestion.of("SEED_CHART",
      "Ocena współpracy w LSW (wykres raportu ewaluacyjnego)",
      "Rating of cooperation in the LSW (the evaluation report's chart)");

  private final Lsw lsw;
  private final ExampleOptions options;
  private final EvaluationService evaluation;
  private final Map<String, Organisation> organisations = new LinkedHashMap<>();
  private Partnership kokon;

  private EvaluationExample(Lsw lsw, ExampleOptions options) {
    this.lsw = lsw;
    this.options = options;
    this.evaluation = lsw.evaluation();
  }

  static void run(ExampleOptions options) throws Exception {
    new EvaluationExample(ExampleLsw.open(options.database()), options).tell();
  }

  private void tell() throws Exception {
    kokon = PartnershipExample.praskiKokon(lsw, options);
    for (String name : List.of(CITY, OD, KORALE, CAL, OPS)) {
      organisations.put(name, organisation(name));
    }
    boolean stored = evaluation.find(kokon.id()).map(e -> !e.relationshipAssessments().isEmpty())
        .orElse(false);
    if (stored) {
      say(text("Ewaluacja LSW „" + kokon.name() + "” jest już w bazie danych (wersja "
              + evaluation.find(kokon.id()).orElseThrow().version() + "): pokazuję zapisany stan.",
          "The evaluation of the LSW \"" + kokon.name() + "\" is already in the database (version "
              + evaluation.find(kokon.id()).orElseThrow().version() + "): showing the stored state."));
    } else {
      record();
    }
    show();
  }

  // ------------------------------------------------------------------ recording

  private void record() {
    say(text("== Zapis ocen i badań", "== Recording assessments and surveys"));
    List<RelationshipAssessment> najam = relationshipAssessments();
    for (RelationshipAssessment a : najam) {
      applied(evaluation.addRelationshipAssessment(kokon.id(), manager(), a));
    }
    say(text("  oceny relacji (Najam): " + najam.size(),
        "  relationship assessments (Najam): " + najam.size()));
    for (LadderAssessment a : stagePath()) {
      applied(evaluation.addLadderAssessment(kokon.id(), manager(), a));
    }
    for (Interaction i : interactions()) {
      applied(evaluation.addInteraction(kokon.id(), manager(), i));
    }
    applied(evaluation.addNetworkSurvey(kokon.id(), manager(), networkSurvey()));
    for (SurveyWave w : surveyWaves()) {
      applied(evaluation.addSurveyWave(kokon.id(), manager(), w));
    }
    applied(evaluation.addResource(kokon.id(), manager(), new CooperationRecord.Resource(
        "metoda pracy z rodziną „Korale”", LocalDate.of(2025, 5, 12), id(KORALE),
        Set.of(id(OD), id(OPS)), false, false)));
    for (Review r : reviews()) {
      applied(evaluation.addReview(kokon.id(), manager(), r));
    }
    applied(evaluation.addPrinciplesSelfAssessment(kokon.id(), manager(), principles()));
    applied(evaluation.addSolidarityCapital(kokon.id(), manager(), SolidarityCapital.of(SECOND,
        List.of(
            SolidarityCapital.DimensionGrade.of(SolidarityDimension.INSTITUTIONAL_ACCESS,
                Grade.MET, EvidenceNote.fromRecords("Lokalny Koszyk Usług uzgodniony przez partnerów")),
            SolidarityCapital.DimensionGrade.of(SolidarityDimension.WARM_SOLIDARITY_TIES,
                Grade.PARTLY_MET, EvidenceNote.fromPerson("grupa wsparcia rodziców spotyka się sama")),
            SolidarityCapital.DimensionGrade.of(SolidarityDimension.NON_INSTRUMENTAL_COOPERATION,
                Grade.NOT_MET)))));
    applied(evaluation.addLearningProfile(kokon.id(), manager(), LearningProfile.of(SECOND,
        List.of(
            new LearningProfile.TraitObservation(LearningTrait.CLEAR_DIRECTION, true,
                List.of(EvidenceNote.fromRecords("program współpracy z celami na dwa lata"))),
            new LearningProfile.TraitObservation(LearningTrait.CONTINUOUS_LEARNING, true,
                List.of(EvidenceNote.fromPerson("wspólne superwizje specjalistów"))),
            new LearningProfile.TraitObservation(LearningTrait.CHANGE_AS_VALUE, false, List.of())),
        List.of(
            new LearningProfile.DimensionPosition(LearningDimension.MISTAKES,
                LearningPosition.LEARNING, "błędy omawiane na Zespole Zadaniowym"),
            new LearningProfile.DimensionPosition(LearningDimension.PROCEDURES,
                LearningPosition.TRADITIONAL, "procedury OPS bez zmian")))));
    for (BenefitRecord b : List.of(
        BenefitRecord.of(StakeholderGroup.PERSONS_AND_FAMILIES, LocalDate.of(2026, 3, 31),
            "rodziny trafiają do klubu rodzica bez skierowania z OPS"),
        BenefitRecord.of(StakeholderGroup.HELPING_PROFESSIONS, LocalDate.of(2026, 4, 30),
            "wspólne superwizje pedagogów, psychologów i pracowników socjalnych"),
        BenefitRecord.of(StakeholderGroup.INSTITUTIONS, LocalDate.of(2026, 5, 31),
            "jeden harmonogram dyżurów partnerów zamiast trzech"))) {
      applied(evaluation.addBenefit(kokon.id(), manager(), b));
    }
    applied(evaluation.addSwot(kokon.id(), manager(), SwotRecord.of(SECOND,
        SwotPerspective.PARTNERSHIP, List.of(
            SwotItem.of(SwotQuadrant.STRENGTH, "partnerzy znają nawzajem swoje usługi"),
            SwotItem.of(SwotQuadrant.WEAKNESS, "decyzje finansowe zależą od jednego partnera"),
            SwotItem.of(SwotQuadrant.OPPORTUNITY, "centrum usług społecznych w dzielnicy"),
            SwotItem.of(SwotQuadrant.THREAT, "rotacja kadr w organizacjach")))));
    // The numbers are illustrative, not measured: X = 40 families a year the partners supported
    // on their own, Y = 30 the network's own value on the same scale, S(Y) = 25 more families
    // reached through the network, so X + S(Y) = 65.
    applied(evaluation.addAddedValue(kokon.id(), manager(), DatedAddedValue.of(SECOND,
        new NetworkAddedValue(Label.of("rodziny objęte wsparciem w roku",
            "families supported a year"), Ratio.of(40), Ratio.of(30), Ratio.of(25)))));
    Either<Refusal, Change<PartnershipEvaluation>> stranger = evaluation.addRelationshipAssessment(
        kokon.id(), ActingPerson.of(PersonId.of(new UUID(0x57, 0x57)),
            ActingRole.STEERING_COMMITTEE_MEMBER), najam.get(0));
    say(text("  ocena zgłoszona przez osobę spoza partnerstwa — odmowa:",
        "  an assessment given by a person outside the partnership — refused:"));
    say(Outcomes.reasons(stranger.getLeft().reasons(), options.locale()).stripTrailing());
  }

  /** Tabela 2 of seed 001 as two rounds of ratings of goals and means on a 1–5 scale. */
  private List<RelationshipAssessment> relationshipAssessments() {
    Assessor evaluator = Assessor.of("ewaluator zewnętrzny");
    List<RelationshipAssessment> out = new ArrayList<>();
    out.add(rate(OD, KORALE, evaluator, FIRST, 5, 2));
    out.add(rate(OD, CAL, evaluator, FIRST, 4, 3));
    out.add(rate(KORALE, CAL, evaluator, FIRST, 4, 2));
    out.add(rate(OPS, OD, evaluator, FIRST, 3, 2)
        .withNote("odmienne kultury działania, nadmierna proceduralność"));
    out.add(rate(CITY, OD, evaluator, FIRST, 2, 4));
    out.add(rate(OD, KORALE, evaluator, SECOND, 5, 3));
    out.add(rate(OD, CAL, evaluator, SECOND, 4, 3));
    out.add(rate(KORALE, CAL, evaluator, SECOND, 5, 2));
    out.add(rate(OPS, OD, evaluator, SECOND, 4, 3)
        .withNote("wspólne podejście wypracowane w dyskusjach"));
    out.add(rate(CITY, OD, evaluator, SECOND, 2, 4).withNote("nierównowaga partnerów"));
    out.add(rate(CITY, KORALE, evaluator, SECOND, 4, 4));
    out.add(rate(CITY, KORALE, Assessor.organisation(id(KORALE)), SECOND, 4, 2));
    return out;
  }

  private RelationshipAssessment rate(String one, String other, Assessor who, LocalDate on,
      int goals, int means) {
    return RelationshipAssessment.of(Relationship.between(id(one), id(other)), who, on,
        SimilarityRating.of(goals, means), NajamThresholds.DEFAULT);
  }

  /** Coordination in the first half-year, cooperation at its end, partnership a year later. */
  static List<LadderAssessment> stagePath() {
    Evidence newsletter = Evidence.fromRecords("INFORMATION_EXCHANGE",
        "biuletyn LSW wysyłany do wszystkich partnerów co miesiąc");
    Evidence adjusted = Evidence.fromRecords("MUTUAL_ADJUSTMENT",
        "protokół Zespołu Zadaniowego: godziny klubu rodzica uzgodnione z dyżurami OPS");
    Evidence planned = Evidence.fromRecords("JOINT_PLANNING",
        "program współpracy przyjęty przez Komitet Sterujący: wspólne planowanie wsparcia rodzin");
    return List.of(
        LadderAssessment.assess(Ladders.SEED_001, FIRST, List.of(newsletter, adjusted)),
        LadderAssessment.assess(Ladders.SEED_001, MIDDLE, List.of(newsletter, adjusted, planned)),
        LadderAssessment.assess(Ladders.SEED_001, SECOND, List.of(newsletter, adjusted, planned,
            Evidence.fromPerson("MUTUAL_TRUST", "wywiady z partnerami: „znamy się i ufamy sobie”"),
            Evidence.fromPerson("OPENNESS_TO_CHANGE",
                "OPS zmienił godziny pracy asystentów rodzin po rozmowach w LSW"),
            Evidence.fromPerson("MUTUAL_LEARNING",
                "superwizje wspólne dla specjalistów trzech organizacji"))));
  }

  private List<Interaction> interactions() {
    Relationship r = Relationship.between(id(OD), id(KORALE));
    return List.of(
        Interaction.of(r, InteractionKind.INFORMATION_EXCHANGE, LocalDate.of(2025, 4, 20)),
        Interaction.of(r, InteractionKind.ADVICE, LocalDate.of(2025, 5, 6)),
        Interaction.of(r, InteractionKind.CLIENT_REFERRAL, LocalDate.of(2025, 6, 3)),
        Interaction.of(r, InteractionKind.REGULAR_MEETING, LocalDate.of(2025, 9, 10)),
        Interaction.of(r, InteractionKind.REGULAR_MEETING, LocalDate.of(2025, 10, 8)),
        Interaction.of(r, InteractionKind.SHARED_RESOURCES, LocalDate.of(2025, 11, 14)));
  }

  /**
   * Every member rates every other on reliability, support of the mission, openness, influence,
   * involvement and resources (1–4); the OPS and CAL rate the city lower than the city rates
   * them, and CAL has no tie with the OPS.
   */
  private DatedNetworkSurvey networkSurvey() {
    List<OrganisationId> members = List.of(id(CITY), id(OD), id(KORALE), id(CAL), id(OPS));
    List<RelationshipRating> ratings = new ArrayList<>();
    int[][] scores = {
        {0, 3, 3, 3, 4},
        {2, 0, 4, 3, 3},
        {3, 4, 0, 3, 3},
        {2, 3, 3, 0, 0},
        {2, 3, 4, 0, 0}};
    for (int i = 0; i < members.size(); i++) {
      for (int j = 0; j < members.size(); j++) {
        if (scores[i][j] > 0) {
          ratings.add(RelationshipRating.tie(members.get(i), members.get(j),
              RelationshipScores.uniform(scores[i][j])));
        }
      }
    }
    return DatedNetworkSurvey.of(LocalDate.of(2026, 6, 20), NetworkSurvey.of(members, ratings));
  }

  /**
   * The two waves: the seed's chart (read as percentages of 100 answers) and illustrative answers
   * to the four standard questions.
   */
  static List<SurveyWave> surveyWaves() {
    return List.of(
        SurveyWave.of("pierwszy pomiar", LocalDate.of(2025, 6, 15), Map.of(
            SEED_CHART, AnswerCounts.of(4, 8, 48, 24, 12, 4),
            SurveyQuestion.JOINT_INITIATIVES, AnswerCounts.of(1, 3, 6, 5, 3, 1),
            SurveyQuestion.KNOWLEDGE_OF_SERVICES, AnswerCounts.of(2, 4, 5, 5, 2, 1),
            SurveyQuestion.ATMOSPHERE, AnswerCounts.of(0, 2, 4, 7, 5, 1),
            SurveyQuestion.STRENGTHS_AND_WEAKNESSES, AnswerCounts.of(1, 2, 6, 6, 3, 1))),
        SurveyWave.of("drugi pomiar", LocalDate.of(2026, 6, 15), Map.of(
            SEED_CHART, AnswerCounts.of(0, 10, 14, 29, 33, 14),
            SurveyQuestion.JOINT_INITIATIVES, AnswerCounts.of(0, 1, 3, 6, 7, 2),
            SurveyQuestion.KNOWLEDGE_OF_SERVICES, AnswerCounts.of(0, 2, 4, 6, 5, 2),
            SurveyQuestion.ATMOSPHERE, AnswerCounts.of(0, 1, 4, 7, 6, 1),
            SurveyQuestion.STRENGTHS_AND_WEAKNESSES, AnswerCounts.of(0, 2, 5, 7, 4, 1))));
  }

  /** The eight principles of seed 001 §3 as the partners assessed them; one grade has no evidence. */
  private static PrinciplesSelfAssessment principles() {
    return PrinciplesSelfAssessment.of(SECOND, List.of(
        PrincipleRating.of(Principle.EQUALITY, Grade.PARTLY_MET,
            EvidenceNote.fromPerson("miasto wciąż przeważa w decyzjach finansowych")),
        PrincipleRating.of(Principle.JOINT_PLANNING, Grade.MET,
            EvidenceNote.fromRecords("program współpracy przyjęty przez Komitet Sterujący")),
        PrincipleRating.of(Principle.INNOVATION, Grade.MET,
            EvidenceNote.fromRecords("klub rodzica prowadzony wspólnie przez dwie organizacje")),
        PrincipleRating.of(Principle.TRUST, Grade.MET,
            EvidenceNote.fromPerson("wywiady z partnerami")),
        PrincipleRating.of(Principle.CONFLICT_MITIGATION, Grade.MET,
            EvidenceNote.fromPerson("spór organizacji pozarządowej z OPS rozwiązany w dyskusjach")),
        PrincipleRating.of(Principle.INTERDEPENDENCE, Grade.PARTLY_MET),
        PrincipleRating.of(Principle.RESPONSIBILITY, Grade.MET,
            EvidenceNote.fromRecords("umowa partnerska z podziałem zadań")),
        PrincipleRating.of(Principle.CONTINUOUS_CREATION, Grade.NOT_MET)));
  }

  private static List<Review> reviews() {
    DateRange firstYear = DateRange.ofOrThrow(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 12, 31));
    return List.of(
        new Review.Monitoring(CooperationLevel.BETWEEN_INSTITUTIONS, firstYear,
            LocalDate.of(2025, 10, 8)),
        new Review.Monitoring(CooperationLevel.BETWEEN_SPECIALISTS, firstYear,
            LocalDate.of(2025, 10, 15)),
        new Review.Monitoring(CooperationLevel.WITH_FAMILIES, firstYear,
            LocalDate.of(2025, 10, 22)),
        new Review.Evaluation(CooperationLevel.BETWEEN_INSTITUTIONS, PERIOD, SECOND));
  }

  // ------------------------------------------------------------------ showing

  private void show() throws Exception {
    Locale locale = options.locale();
    PartnershipEvaluation stored = evaluation.find(kokon.id()).orElseThrow();

    say(text("\n== Typy relacji partnerów (Najam, Tabela 2)",
        "\n== The partners' relationship types (Najam, Table 2)"));
    for (LocalDate day : List.of(FIRST, SECOND)) {
      PartnershipProfile profile = ok(evaluation.profile(kokon.id(), day));
      profile.describe(locale, this::name).forEach(l -> say("  " + l));
    }
    say(text("  Co się zmieniło:", "  What changed:"));
    ok(evaluation.profileChange(kokon.id(), FIRST, SECOND)).describe(locale, this::name)
        .forEach(l -> say("    " + l));

    say(text("\n== Stopnie współpracy", "\n== Stages of cooperation"));
    StageHistory stages = ok(evaluation.stageHistory(kokon.id(), Ladders.SEED_001.code(), SECOND));
    for (LadderAssessment a : stages.assessments()) {
      a.explanation(locale).forEach(l -> say("  " + l));
    }
    say(text("  Co mówi sama dokumentacja partnerstwa (posiedzenia, decyzje, działania, informacja):",
        "  What the partnership's own records say (meetings, decisions, actions, information):"));
    ok(evaluation.recordsEvidence(kokon.id(), Ladders.SEED_001.code(), PERIOD, locale))
        .explanation(locale).forEach(l -> say("    " + l));
    RuleReport typology = ok(evaluation.typologyReport(kokon.id(), Ladders.SEED_001.code(), SECOND));
    say(findings(typology, text("  Rekomendacje typologii: brak.",
        "  Typology recommendations: none.")));

    say(text("\n== Formy sieciowania (C. Park)", "\n== Forms of networking (C. Park)"));
    ok(evaluation.networking(kokon.id(), Relationship.between(id(OD), id(KORALE)), PERIOD))
        .explanation(locale).forEach(l -> say("  " + l));

    say(text("\n== Zagrożenia partnerstwa", "\n== Threats to the partnership"));
    RuleReport threats = ok(evaluation.threatReport(kokon.id(), PERIOD));
    say(findings(threats, text("  Nie wykryto zagrożeń.", "  No threats detected.")));

    say(text("\n== Sieć współpracy (badanie w stylu PARTNER)",
        "\n== The cooperation network (a PARTNER-style survey)"));
    Recorded<DatedNetworkSurvey> survey = stored.networkSurveys().get(0);
    NetworkMeasures measures = ok(evaluation.networkMeasures(kokon.id(), survey.id()));
    say("  " + text("gęstość: ", "density: ") + decimal(measures.undirectedDensity())
        + text(", centralizacja stopnia: ", ", degree centralisation: ")
        + measures.degreeCentralisation().map(this::decimal).orElse("-"));
    measures.trustScores().forEach((member, trust) -> say("  " + name(member) + ": "
        + text("zaufanie ", "trust ") + decimal(trust) + text(", wartość ", ", value ")
        + measures.value(member).map(this::decimal).orElse("-")));

    say(text("\n== Badanie jakości współpracy: dwa pomiary",
        "\n== The cooperation-quality survey: two waves"));
    List<Recorded<SurveyWave>> waves = stored.surveyWaves();
    EvaluationRecordId before = waves.get(0).id();
    EvaluationRecordId after = waves.get(waves.size() - 1).id();
    SurveyComparison comparison = ok(evaluation.compareWaves(kokon.id(), before, after));
    ProgressCriterion criterion = ProgressCriterion.asOf(lsw.ruleEnvironment().parameters(), SECOND);
    for (QuestionChange c : comparison.changes(criterion)) {
      say("  " + c.question().text().display(locale) + ": " + text("wysokie odpowiedzi ",
          "high answers ") + Messages.display(c.highShareBefore().percent(), locale) + " → "
          + Messages.display(c.highShareAfter().percent(), locale)
          + (c.isSignificant() ? text(" (istotny postęp)", " (significant progress)") : ""));
    }
    say(findings(ok(evaluation.progressReport(kokon.id(), before, after)),
        text("  Wszystkie pytania wykazały istotny postęp.",
            "  Every question shows significant progress.")));

    say(text("\n== Narzędzia ewaluacji: zasady, korzyści", "\n== Evaluation instruments: principles, benefits"));
    stored.principlesSelfAssessments().get(0).content().explanation(locale)
        .forEach(l -> say("  " + l));
    say(findings(ok(evaluation.principlesReport(kokon.id(), SECOND)),
        text("  Każda ocena zasady ma swoje dowody.", "  Every principle's grade has its evidence.")));
    ok(evaluation.benefits(kokon.id(), PERIOD)).explanation(locale).forEach(l -> say("  " + l));

    EvaluationReport report = ok(evaluation.report(kokon.id(), PERIOD));
    say("\n" + report.render(locale).stripTrailing());
    Path dir = options.database().toAbsolutePath().getParent().resolve("evaluation");
    Files.createDirectories(dir);
    String suffix = locale.getLanguage().equals("en") ? "en" : "pl";
    write(dir.resolve("raport-" + suffix + ".csv"), EvaluationReportCsv.csv(report, locale));
    write(dir.resolve("relacje-" + suffix + ".svg"), EvaluationPictures.relationshipNetwork(
        ok(evaluation.profile(kokon.id(), SECOND)), this::name, locale));
    QuestionChange chart = comparison.changes(criterion).stream()
        .filter(c -> c.question().equals(SEED_CHART)).findFirst().orElseThrow();
    write(dir.resolve("badanie-" + suffix + ".svg"), EvaluationPictures.surveyChange(chart,
        comparison.before().name(), comparison.after().name(), locale));
    say(text("\nZapisano raport CSV i dwa rysunki SVG w katalogu " + dir,
        "\nWrote the CSV report and two SVG pictures to " + dir));
  }

  private String decimal(pl.lsw.core.evaluation.Ratio r) {
    String dot = r.decimal(2).toPlainString();
    return Messages.isPolish(options.locale()) ? dot.replace('.', ',') : dot;
  }

  private String findings(RuleReport report, String none) {
    if (report.findings().isEmpty()) {
      return none;
    }
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      sb.append("  - [").append(f.code()).append("] ").append(f.message(options.locale()))
          .append('\n');
    }
    return sb.toString().stripTrailing();
  }

  private static void write(Path file, String content) throws Exception {
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private <T> T ok(Either<Refusal, T> outcome) {
    if (outcome.isLeft()) {
      throw new IllegalStateException(Outcomes.reasons(outcome.getLeft().reasons(),
          options.locale()));
    }
    return outcome.get();
  }

  private OrganisationId id(String name) {
    return organisations.get(name).id();
  }

  private String name(OrganisationId id) {
    return organisations.values().stream().filter(o -> o.id().equals(id)).map(Organisation::name)
        .findFirst().orElse(id.toString());
  }

  private Organisation organisation(String name) {
    return PraskiKokon.partners().stream().filter(p -> p.draft().name().equals(name))
        .map(p -> Outcomes.registerOrFind(lsw.organisations(), p.draft())).findFirst()
        .orElseThrow();
  }

  private PersonId person(String name) {
    return kokon.persons().stream().filter(p -> p.name().equals(name)).map(Person::id).findFirst()
        .orElseThrow(() -> new IllegalStateException("no person " + name));
  }

  private ActingPerson manager() {
    return ActingPerson.of(person(PartnershipExample.TT_MANAGER), ActingRole.TASK_TEAM_MANAGER);
  }

  private String text(String polish, String english) {
    return options.text(polish, english);
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
