package pl.lsw.core.evaluation.record;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.EvaluationRules;
import pl.lsw.core.evaluation.NetworkMeasures;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyComparison;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.ProgressCriterion;
import pl.lsw.core.evaluation.evidence.EvidenceOverview;
import pl.lsw.core.evaluation.evidence.PartnershipRecords;
import pl.lsw.core.evaluation.evidence.RecordEvidence;
import pl.lsw.core.evaluation.evidence.RecordEvidenceMap;
import pl.lsw.core.evaluation.report.EvaluationReport;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.BenefitSummary;
import pl.lsw.core.evaluation.instrument.InstrumentRules;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SolidarityCapital;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.rules.RuleEngine;
import pl.lsw.core.rules.RuleEnvironment;
import pl.lsw.core.rules.RuleReport;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.Ladder;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;
import pl.lsw.core.typology.NetworkingClassification;
import pl.lsw.core.typology.PartnershipProfile;
import pl.lsw.core.typology.ProfileChange;
import pl.lsw.core.typology.Relationship;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.StageHistory;
import pl.lsw.core.typology.TypologyRules;

/**
 * The application service of a partnership's evaluation ({@link PartnershipEvaluation}): it
 * records the cooperation-typology assessments, the evaluation surveys and the evaluation
 * instruments ({@link pl.lsw.core.evaluation.instrument}), and answers the questions the
 * typology, the evaluation and the instrument functions answer over them.
 *
 * <p>Every command names the partnership, then its actor (a person of the partnership acting in
 * a role of one of its bodies, {@link PartnershipEvaluation#EVALUATORS}), and answers {@code
 * Either<Refusal, Change<PartnershipEvaluation>>}: a refusal lists every reason in both languages
 * and changes nothing; a success returns the evaluation as stored, one {@link EvaluationChanged}
 * (published after the save) and, for a new record, its id ({@code
 * change.createdId(EvaluationRecordId.class)}). A command or query about a partnership that does
 * not exist is refused with {@code PARTNERSHIP_UNKNOWN}. The evaluation of a partnership is
 * created with its first record.
 *
 * <pre>{@code
 * EvaluationRecordId wave = lsw.evaluation().addSurveyWave(kokon, manager, wave2019).get()
 *     .createdId(EvaluationRecordId.class);
 * PartnershipProfile profile = lsw.evaluation().profile(kokon, today).get();
 * }</pre>
 *
 * <p>Thread-safe when its ports are. Polish: <i>obsługa ewaluacji partnerstwa</i>.
 */
public final class EvaluationService {

  private final PartnershipEvaluationRepository evaluations;
  private final PartnershipRepository partnerships;
  private final InitiativeBaseRepository actionBases;
  private final DispatchRepository dispatches;
  private final OrganisationRepository organisations;
  private final Clock clock;
  private final IdSource ids;
  private final RuleEnvironment environment;
  private final CommandRunner<PartnershipId, PartnershipEvaluation> runner;

  /**
   * A service over the given ports.
   *
   * @param evaluations where the evaluations are kept
   * @param partnerships where partnerships are read (who may act, their members, meetings and
   *     decisions)
   * @param actionBases where the Action Bases are read (joint actions, as evidence)
   * @param dispatches where the information sent to members is read (as evidence)
   * @param organisations where the names of organisations are read (for explanations)
   * @param clock the time of changes
   * @param ids the source of new record ids
   * @param events where events go after a save
   * @param environment the rules' environment
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public EvaluationService(PartnershipEvaluationRepository evaluations,
      PartnershipRepository partnerships, InitiativeBaseRepository actionBases,
      DispatchRepository dispatches, OrganisationRepository organisations, Clock clock,
      IdSource ids, EventPublisher events, RuleEnvironment environment,
      AccessPolicy policy) {
    this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.actionBases = Objects.requireNonNull(actionBases, "actionBases");
    this.dispatches = Objects.requireNonNull(dispatches, "dispatches");
    this.organisations = Objects.requireNonNull(organisations, "organisations");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.runner = new CommandRunner<>("evaluation", new CommandRunner.Store<>() {
      @Override
      public Optional<PartnershipEvaluation> find(PartnershipId id) {
        return partnerships.findById(id)
            .map(p -> evaluations.find(id).orElseGet(() -> PartnershipEvaluation.empty(id)));
      }

      @Override
      public PartnershipEvaluation save(PartnershipEvaluation state, List<DomainEvent> events) {
        return evaluations.save(state);
      }
    }, events, id -> RecordProblems.PROBLEMS.problem("partnership", "PARTNERSHIP_UNKNOWN",
        "id", id), policy);
  }

  /**
   * The evaluation of a partnership as stored.
   *
   * @param partnership the partnership
   * @return the evaluation, or empty when it has no record yet
   */
  public Optional<PartnershipEvaluation> find(PartnershipId partnership) {
    return evaluations.find(partnership);
  }

  // ------------------------------------------------------------------ commands

  /**
   * Records one assessor's Najam assessment of a relationship.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param assessment the assessment
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addRelationshipAssessment(
      PartnershipId partnership, ActingPerson actor, RelationshipAssessment assessment) {
    return add("addRelationshipAssessment", partnership, actor, RecordKind.RELATIONSHIP_ASSESSMENT, assessment);
  }

  /**
   * Records an assessment of the stage of cooperation on a ladder, with its evidence.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param assessment the assessment
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addLadderAssessment(
      PartnershipId partnership, ActingPerson actor, LadderAssessment assessment) {
    return add("addLadderAssessment", partnership, actor, RecordKind.LADDER_ASSESSMENT, assessment);
  }

  /**
   * Records an observed interaction of two partners.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param interaction the interaction
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addInteraction(
      PartnershipId partnership, ActingPerson actor, Interaction interaction) {
    return add("addInteraction", partnership, actor, RecordKind.INTERACTION, interaction);
  }

  /**
   * Records a survey of the network held on a day.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param survey the dated survey
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addNetworkSurvey(
      PartnershipId partnership, ActingPerson actor, DatedNetworkSurvey survey) {
    return add("addNetworkSurvey", partnership, actor, RecordKind.NETWORK_SURVEY, survey);
  }

  /**
   * Records a wave of the cooperation-quality survey.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param wave the wave
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addSurveyWave(PartnershipId partnership,
      ActingPerson actor, SurveyWave wave) {
    return add("addSurveyWave", partnership, actor, RecordKind.SURVEY_WAVE, wave);
  }

  /**
   * Records a resource a partner brought (for {@code TYP-DRAINING}).
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param resource the resource
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addResource(PartnershipId partnership,
      ActingPerson actor, CooperationRecord.Resource resource) {
    return add("addResource", partnership, actor, RecordKind.RESOURCE, resource);
  }

  /**
   * Records a monitoring or an evaluation at one level of cooperation.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param review the review
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addReview(PartnershipId partnership,
      ActingPerson actor, Review review) {
    return add("addReview", partnership, actor, RecordKind.REVIEW, review);
  }

  /**
   * Records a self-assessment against the principles of partnership (for {@code
   * EVAL-PRINCIPLE-EVIDENCE}, see {@link #principlesReport}).
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param assessment the self-assessment
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addPrinciplesSelfAssessment(
      PartnershipId partnership, ActingPerson actor, PrinciplesSelfAssessment assessment) {
    return add("addPrinciplesSelfAssessment", partnership, actor, RecordKind.PRINCIPLES_SELF_ASSESSMENT, assessment);
  }

  /**
   * Records a profile of the partnership as a learning partnership.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param profile the profile
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addLearningProfile(
      PartnershipId partnership, ActingPerson actor, LearningProfile profile) {
    return add("addLearningProfile", partnership, actor, RecordKind.LEARNING_PROFILE, profile);
  }

  /**
   * Records a benefit of cooperation for a group of stakeholders (see {@link #benefits}).
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param benefit the benefit
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addBenefit(PartnershipId partnership,
      ActingPerson actor, BenefitRecord benefit) {
    return add("addBenefit", partnership, actor, RecordKind.BENEFIT, benefit);
  }

  /**
   * Records a SWOT analysis of cooperation.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param swot the analysis
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addSwot(PartnershipId partnership,
      ActingPerson actor, SwotRecord swot) {
    return add("addSwot", partnership, actor, RecordKind.SWOT, swot);
  }

  /**
   * Records an assessment of the partnership's solidarity capital.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param capital the assessment
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addSolidarityCapital(
      PartnershipId partnership, ActingPerson actor, SolidarityCapital capital) {
    return add("addSolidarityCapital", partnership, actor, RecordKind.SOLIDARITY_CAPITAL, capital);
  }

  /**
   * Records an assessment of the network's added value (X, Y and S(Y) on one measure).
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param value the dated added value
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addAddedValue(
      PartnershipId partnership, ActingPerson actor, DatedAddedValue value) {
    return add("addAddedValue", partnership, actor, RecordKind.ADDED_VALUE, value);
  }

  /**
   * Corrects a record of any kind: its content becomes {@code content}, of the record's own kind
   * (see {@link PartnershipEvaluation#correct}).
   *
   * @param partnership the partnership
   * @param actor who corrects it
   * @param record the record
   * @param content the corrected content
   * @return the change, or every reason ({@code EVALUATION_RECORD_UNKNOWN}, {@code
   *     EVALUATION_RECORD_KIND_MISMATCH} …)
   */
  public Either<Refusal, Change<PartnershipEvaluation>> correct(PartnershipId partnership,
      ActingPerson actor, EvaluationRecordId record, Object content) {
    return run("correct", partnership, actor, (e, p) -> e.correct(p, actor, record, content, clock));
  }

  /**
   * Withdraws a record of any kind.
   *
   * @param partnership the partnership
   * @param actor who withdraws it
   * @param record the record
   * @return the change, or every reason ({@code EVALUATION_RECORD_UNKNOWN} …)
   */
  public Either<Refusal, Change<PartnershipEvaluation>> withdraw(PartnershipId partnership,
      ActingPerson actor, EvaluationRecordId record) {
    return run("withdraw", partnership, actor, (e, p) -> e.withdraw(p, actor, record, clock));
  }

  // ------------------------------------------------------------------ queries

  /**
   * The Najam profile of the partnership's relationships as of a day ({@link
   * PartnershipProfile#asOf}).
   *
   * @param partnership the partnership
   * @param day the day
   * @return the profile, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, PartnershipProfile> profile(PartnershipId partnership, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return runner.load(partnership)
        .map(e -> PartnershipProfile.asOf(e.assessmentsOfRelationships(), day));
  }

  /**
   * The relationships that changed type between two days ({@link ProfileChange#between}).
   *
   * @param partnership the partnership
   * @param from the earlier day
   * @param to the later day
   * @return the change, or the refusal ({@code PARTNERSHIP_UNKNOWN}, {@code PROFILE_DATE_ORDER})
   */
  public Either<Refusal, ProfileChange> profileChange(PartnershipId partnership, LocalDate from,
      LocalDate to) {
    return runner.load(partnership).flatMap(e -> guarded(
        () -> ProfileChange.between(e.assessmentsOfRelationships(), from, to)));
  }

  /**
   * The stage history on a ladder: its assessments, oldest first, and whether the partnership is
   * formalised on {@code day} (see {@link PartnershipEvaluation#stageHistory}).
   *
   * @param partnership the partnership
   * @param ladder the ladder's code ({@link Ladders#byCode})
   * @param day the day the partnership's form is taken on
   * @return the history, or the refusal ({@code PARTNERSHIP_UNKNOWN}, {@code LADDER_UNKNOWN})
   */
  public Either<Refusal, StageHistory> stageHistory(PartnershipId partnership, String ladder,
      LocalDate day) {
    Objects.requireNonNull(day, "day");
    return withLadder(partnership, ladder, (e, l) -> Either.right(
        e.stageHistory(partnershipOf(partnership), l, day)));
  }

  /**
   * The latest assessment on a ladder made by a day.
   *
   * @param partnership the partnership
   * @param ladder the ladder's code
   * @param day the day
   * @return the assessment (empty when none was made by the day), or the refusal ({@code
   *     PARTNERSHIP_UNKNOWN}, {@code LADDER_UNKNOWN})
   */
  public Either<Refusal, Optional<LadderAssessment>> latestLadderAssessment(
      PartnershipId partnership, String ladder, LocalDate day) {
    return stageHistory(partnership, ladder, day).map(h -> h.latest(day));
  }

  /**
   * The form of networking of a relationship within a period, from the observed interactions
   * ({@link NetworkingClassification#classify}).
   *
   * @param partnership the partnership
   * @param relationship the relationship
   * @param period the days, both ends included
   * @return the classification, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, NetworkingClassification> networking(PartnershipId partnership,
      Relationship relationship, DateRange period) {
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(period, "period");
    return runner.load(partnership).map(e -> NetworkingClassification.classify(relationship,
        e.observedInteractions(), period));
  }

  /**
   * The measures of a network survey ({@link pl.lsw.core.evaluation.NetworkSurvey#measures()}).
   *
   * @param partnership the partnership
   * @param survey the survey's record
   * @return the measures, or the refusal ({@code PARTNERSHIP_UNKNOWN}, {@code
   *     EVALUATION_RECORD_UNKNOWN}, {@code EVALUATION_RECORD_OTHER_KIND})
   */
  public Either<Refusal, NetworkMeasures> networkMeasures(PartnershipId partnership,
      EvaluationRecordId survey) {
    return runner.load(partnership).flatMap(e -> content(e, survey, RecordKind.NETWORK_SURVEY,
        DatedNetworkSurvey.class, "survey")).map(DatedNetworkSurvey::measures);
  }

  /**
   * The comparison of two waves of the cooperation-quality survey.
   *
   * @param partnership the partnership
   * @param before the earlier wave's record
   * @param after the later wave's record
   * @return the comparison, or every reason ({@code PARTNERSHIP_UNKNOWN}, {@code
   *     EVALUATION_RECORD_UNKNOWN}, {@code EVALUATION_RECORD_OTHER_KIND}, {@code
   *     SURVEY_WAVES_ORDER})
   */
  public Either<Refusal, SurveyComparison> compareWaves(PartnershipId partnership,
      EvaluationRecordId before, EvaluationRecordId after) {
    return runner.load(partnership).flatMap(e -> {
      Either<Refusal, SurveyWave> first = content(e, before, RecordKind.SURVEY_WAVE,
          SurveyWave.class, "before");
      Either<Refusal, SurveyWave> second = content(e, after, RecordKind.SURVEY_WAVE,
          SurveyWave.class, "after");
      if (first.isLeft() || second.isLeft()) {
        Refusal r = first.isLeft() ? first.getLeft() : second.getLeft();
        return Either.left(first.isLeft() && second.isLeft() ? r.and(second.getLeft()) : r);
      }
      return guarded(() -> SurveyComparison.of(first.get(), second.get()));
    });
  }

  /**
   * Checks the comparison of two waves with {@code EVAL-SIGNIFICANT-PROGRESS} ({@link
   * EvaluationRules#check(SurveyComparison, pl.lsw.core.rules.ParameterSet)}).
   *
   * @param partnership the partnership
   * @param before the earlier wave's record
   * @param after the later wave's record
   * @return the report, or every reason as {@link #compareWaves}
   */
  public Either<Refusal, RuleReport> progressReport(PartnershipId partnership,
      EvaluationRecordId before, EvaluationRecordId after) {
    return compareWaves(partnership, before, after)
        .map(c -> EvaluationRules.check(c, environment.parameters()));
  }

  /**
   * Checks the stage history on a ladder with {@code TYP-FORMAL-NETWORK} and {@code
   * TYP-BEYOND-COOPERATION} as of a day ({@link TypologyRules#check}).
   *
   * @param partnership the partnership
   * @param ladder the ladder's code
   * @param day the day
   * @return the report, or the refusal ({@code PARTNERSHIP_UNKNOWN}, {@code LADDER_UNKNOWN})
   */
  public Either<Refusal, RuleReport> typologyReport(PartnershipId partnership, String ladder,
      LocalDate day) {
    return stageHistory(partnership, ladder, day)
        .map(h -> TypologyRules.check(h, day, environment));
  }

  /**
   * Checks the resources recorded for the partnership with {@code TYP-DRAINING} over a period:
   * the rule is given a {@link CooperationRecord} of the period holding the partnership's members
   * (and any other organisation a resource names) and the recorded resources, and nothing else,
   * so the other threat rules, which need decisions, meetings and exchanges, are not run.
   *
   * @param partnership the partnership
   * @param period the days, both ends included; the rule is judged on the last
   * @return the report, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, RuleReport> drainingReport(PartnershipId partnership, DateRange period) {
    Objects.requireNonNull(period, "period");
    return runner.load(partnership).map(e -> {
      java.util.Set<pl.lsw.core.organisation.OrganisationId> members =
          new java.util.LinkedHashSet<>();
      partnershipOf(partnership).memberships().forEach(m -> members.add(m.organisation()));
      List<CooperationRecord.Resource> resources = e.resources().stream()
          .map(Recorded::content).toList();
      resources.forEach(r -> {
        members.add(r.broughtBy());
        members.addAll(r.usedBy().stream().sorted(java.util.Comparator.comparing(
            pl.lsw.core.organisation.OrganisationId::value)).toList());
      });
      CooperationRecord record = new CooperationRecord(period, List.copyOf(members), List.of(),
          List.of(), List.of(), List.of(), resources, java.util.Map.of());
      return RuleEngine.evaluate(record, "cooperation " + period,
          List.of(EvaluationRules.DRAINING), period.end(), environment.parameters());
    });
  }

  // ------------------------------------------------------------------ from the records

  /**
   * What the partnership's own records say about a period: its members, the meetings of its
   * bodies and who attended, its joint decisions, the joint actions of its Action Base and the
   * information sent to its members (see {@link PartnershipRecords}).
   *
   * @param partnership the partnership
   * @param period the days, both ends included
   * @return the records, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, PartnershipRecords> records(PartnershipId partnership, DateRange period) {
    Objects.requireNonNull(period, "period");
    return runner.load(partnership).map(e -> recordsOf(partnershipOf(partnership), period));
  }

  /**
   * Which indicators of a ladder the records of a period evidence, which only a person can
   * evidence, and the stage the records alone reach.
   *
   * @param partnership the partnership
   * @param ladder the ladder's code ({@link Ladders#byCode})
   * @param period the days, both ends included; the assessment is of the last
   * @return the overview, or the refusal {@code PARTNERSHIP_UNKNOWN} or {@code LADDER_UNKNOWN}
   */
  public Either<Refusal, EvidenceOverview> recordsEvidence(PartnershipId partnership,
      String ladder, DateRange period) {
    return recordsEvidence(partnership, ladder, period, pl.lsw.core.kernel.Messages.POLISH);
  }

  /**
   * As {@link #recordsEvidence(PartnershipId, String, DateRange)}, with the notes on the records
   * written in the reader's language.
   *
   * @param partnership the partnership
   * @param ladder the ladder's code ({@link Ladders#byCode})
   * @param period the days, both ends included; the assessment is of the last
   * @param locale the language of the notes (Polish unless English)
   * @return the overview, or the refusal {@code PARTNERSHIP_UNKNOWN} or {@code LADDER_UNKNOWN}
   */
  public Either<Refusal, EvidenceOverview> recordsEvidence(PartnershipId partnership,
      String ladder, DateRange period, java.util.Locale locale) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(locale, "locale");
    return withLadder(partnership, ladder, (e, l) -> Either.right(overview(l, period,
        partnershipOf(partnership), List.of(), locale)));
  }

  private EvidenceOverview overview(Ladder l, DateRange period, Partnership p,
      List<Evidence> fromPersons, java.util.Locale locale) {
    return RecordEvidence.overview(l, RecordEvidenceMap.forLadder(l), period.end(),
        recordsOf(p, period), fromPersons, environment.parameters(), locale);
  }

  /**
   * Records a ladder assessment made of the evidence the partnership's records give for a
   * period, together with what persons said about the indicators the records cannot show; the
   * assessment is of the period's last day and says of each indicator where its evidence came
   * from. The notes on the records are written in Polish, the partnership's language, and the
   * thresholds are the {@code TYP-RECORDS.*} parameters in force on the period's last day.
   *
   * @param partnership the partnership
   * @param actor who records it
   * @param ladder the ladder's code
   * @param period the days whose records are read
   * @param fromPersons evidence persons gave, possibly none
   * @return the change with the new record's id, or the refusal
   */
  public Either<Refusal, Change<PartnershipEvaluation>> addLadderAssessmentFromRecords(
      PartnershipId partnership, ActingPerson actor, String ladder, DateRange period,
      List<Evidence> fromPersons) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(actor, "actor");
    List<Evidence> persons = List.copyOf(fromPersons);
    return runner.authorise("addLadderAssessmentFromRecords", actor, Optional.of(partnership))
        .flatMap(permitted -> withLadder(partnership, ladder, (e, l) -> guarded(() -> overview(l, period,
        partnershipOf(partnership), persons, pl.lsw.core.kernel.Messages.POLISH).assessment()))
        .flatMap(a -> add("addLadderAssessmentFromRecords", partnership, actor,
            RecordKind.LADDER_ASSESSMENT, a)));
  }

  /**
   * Checks the threats to the partnership over a period ({@code TYP-DOMINATION}, {@code
   * TYP-PARALLEL-ACTION}, {@code TYP-DRAINING}, seed 001 §2.2.4) on what its records say (who
   * proposed its decisions, who attended its meetings, who acted together, who was informed)
   * and on the resources recorded in its evaluation; each finding names the data it used.
   *
   * @param partnership the partnership
   * @param period the days, both ends included; the rules are judged on the last
   * @return the report, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, RuleReport> threatReport(PartnershipId partnership, DateRange period) {
    Objects.requireNonNull(period, "period");
    return runner.load(partnership).map(e -> EvaluationRules.check(
        cooperationRecord(e, partnershipOf(partnership), period), environment.parameters()));
  }

  /**
   * The evaluation report of the partnership for a period (see {@link EvaluationReport}), on
   * the seed's ladder ({@link Ladders#SEED_001}).
   *
   * @param partnership the partnership
   * @param period the period
   * @return the report, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, EvaluationReport> report(PartnershipId partnership, DateRange period) {
    return report(partnership, period, Ladders.SEED_001.code());
  }

  /**
   * The evaluation report of the partnership for a period: the relationship types at its end
   * and what changed since its start; the stages on the given ladder until its end, and what the
   * latest lacks; the latest network survey in the period; the first and the last wave of the
   * cooperation-quality survey held in it (when there are two) judged by {@code
   * EVAL-SIGNIFICANT-PROGRESS}; the reviews held in it; the latest self-assessment against the
   * principles (with {@code EVAL-PRINCIPLE-EVIDENCE}), solidarity capital, learning profile and
   * SWOT analysis made in it, and the benefits recorded in it; every added value of the network
   * assessed in it (by its day, then in the order recorded); and the findings of the typology
   * rules and of the threats. Organisations are named by their names in the registry.
   *
   * @param partnership the partnership
   * @param period the period
   * @param ladder the ladder's code
   * @return the report, or the refusal {@code PARTNERSHIP_UNKNOWN} or {@code LADDER_UNKNOWN}
   */
  public Either<Refusal, EvaluationReport> report(PartnershipId partnership, DateRange period,
      String ladder) {
    Objects.requireNonNull(period, "period");
    return withLadder(partnership, ladder, (e, l) -> {
      Partnership p = partnershipOf(partnership);
      EvaluationReport.Builder b = EvaluationReport.builder(p.name(), period)
          .names(id -> name(id).orElse(id.toString()));
      List<RelationshipAssessment> assessments = e.assessmentsOfRelationships();
      b.profile(PartnershipProfile.asOf(assessments, period.end()));
      b.profileChange(ProfileChange.between(assessments, period.start(), period.end()));
      StageHistory stages = e.stageHistory(p, l, period.end());
      b.stages(stages);
      e.networkSurveys().stream().map(Recorded::content)
          .filter(s -> period.contains(s.surveyedOn()))
          .max(java.util.Comparator.comparing(DatedNetworkSurvey::surveyedOn))
          .ifPresent(s -> b.network(s.measures()));
      List<SurveyWave> waves = e.surveyWaves().stream().map(Recorded::content)
          .filter(w -> period.contains(w.heldOn()))
          .sorted(java.util.Comparator.comparing(SurveyWave::heldOn)).toList();
      if (waves.size() >= 2) {
        Either<Refusal, SurveyComparison> c = guarded(() -> SurveyComparison.of(waves.get(0),
            waves.get(waves.size() - 1)));
        c.forEach(comparison -> {
          b.survey(comparison, ProgressCriterion.asOf(environment.parameters(), period.end()));
          b.findings(EvaluationRules.check(comparison, environment.parameters()));
        });
      }
      b.reviews(e.reviews().stream().map(Recorded::content).toList());
      latest(e.principlesSelfAssessments(), PrinciplesSelfAssessment::assessedOn, period)
          .ifPresent(a -> {
            b.principles(a);
            b.findings(InstrumentRules.check(a, environment.parameters()));
          });
      latest(e.solidarityCapitals(), SolidarityCapital::assessedOn, period)
          .ifPresent(b::solidarityCapital);
      latest(e.learningProfiles(), LearningProfile::assessedOn, period).ifPresent(b::learning);
      if (e.benefitsOfCooperation().stream().anyMatch(r -> period.contains(r.recordedOn()))) {
        b.benefits(BenefitSummary.of(period, e.benefitsOfCooperation()));
      }
      latest(e.swots(), SwotRecord::heldOn, period).ifPresent(b::swot);
      e.addedValues().stream().map(Recorded::content)
          .filter(v -> period.contains(v.assessedOn()))
          .sorted(java.util.Comparator.comparing(DatedAddedValue::assessedOn))
          .forEach(v -> b.addedValue(v.value()));
      b.findings(TypologyRules.check(stages, period.end(), environment));
      b.findings(EvaluationRules.check(cooperationRecord(e, p, period), environment.parameters()));
      return Either.right(b.build());
    });
  }

  /** The record of a kind made last in the period (by its day, then by the order recorded). */
  private static <T> Optional<T> latest(List<Recorded<T>> records,
      java.util.function.Function<T, LocalDate> day, DateRange period) {
    T found = null;
    for (Recorded<T> r : records) {
      LocalDate d = day.apply(r.content());
      if (period.contains(d) && (found == null || !d.isBefore(day.apply(found)))) {
        found = r.content();
      }
    }
    return Optional.ofNullable(found);
  }

  private PartnershipRecords recordsOf(Partnership p, DateRange period) {
    java.time.ZoneId zone = PartnershipRecords.RECORDS_ZONE;
    java.time.Instant from = period.start().atStartOfDay(zone).toInstant();
    java.time.Instant until = period.end().plusDays(1).atStartOfDay(zone).toInstant();
    return PartnershipRecords.of(period, p, actionBases.find(p.id()),
        dispatches.findByPartnership(p.id(), from, until), this::name);
  }

  private CooperationRecord cooperationRecord(PartnershipEvaluation e, Partnership p,
      DateRange period) {
    return recordsOf(p, period).toCooperationRecord(e.resources().stream()
        .map(Recorded::content).toList());
  }

  private Optional<String> name(pl.lsw.core.organisation.OrganisationId id) {
    return organisations.findById(id).map(pl.lsw.core.organisation.Organisation::name);
  }

  /**
   * Checks the latest self-assessment against the principles made on or before a day with {@code
   * EVAL-PRINCIPLE-EVIDENCE} ({@link InstrumentRules#check}, as of the self-assessment's day);
   * when none was made by the day, the report checks no rule, has no finding and is complete
   * (as of {@code day}).
   *
   * @param partnership the partnership
   * @param day the day
   * @return the report, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, RuleReport> principlesReport(PartnershipId partnership, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return runner.load(partnership).map(e -> e.latestPrinciplesSelfAssessment(day)
        .map(a -> InstrumentRules.check(a, environment.parameters()))
        .orElseGet(() -> new RuleReport("principles of partnership " + partnership + " by "
            + day, day, List.of(), List.of(), List.of())));
  }

  /**
   * The benefits of cooperation recorded for the partnership in a period, counted per group
   * ({@link BenefitSummary#of}).
   *
   * @param partnership the partnership
   * @param period the days, both ends included
   * @return the summary, or the refusal {@code PARTNERSHIP_UNKNOWN}
   */
  public Either<Refusal, BenefitSummary> benefits(PartnershipId partnership, DateRange period) {
    Objects.requireNonNull(period, "period");
    return runner.load(partnership)
        .map(e -> BenefitSummary.of(period, e.benefitsOfCooperation()));
  }

  // ------------------------------------------------------------------ helpers

  private Either<Refusal, Change<PartnershipEvaluation>> add(String commandName, PartnershipId partnership,
      ActingPerson actor, RecordKind kind, Object content) {
    Objects.requireNonNull(content, "content");
    EvaluationRecordId id = EvaluationRecordId.of(ids.nextId());
    return run(commandName, partnership, actor, (e, p) -> e.add(p, actor, id, kind, content, clock));
  }

  private Either<Refusal, Change<PartnershipEvaluation>> run(String commandName, PartnershipId partnership,
      Actor actor, BiFunction<PartnershipEvaluation, Partnership,
          Either<Refusal, Change<PartnershipEvaluation>>> command) {
    return runner.run(commandName, partnership, actor, e -> command.apply(e, partnershipOf(partnership)));
  }

  private Partnership partnershipOf(PartnershipId partnership) {
    return partnerships.findById(partnership).orElseThrow();
  }

  private <T> Either<Refusal, T> withLadder(PartnershipId partnership, String code,
      BiFunction<PartnershipEvaluation, Ladder, Either<Refusal, T>> query) {
    Objects.requireNonNull(code, "ladder");
    return runner.load(partnership).flatMap(e -> Ladders.byCode(code)
        .<Either<Refusal, T>>map(l -> query.apply(e, l))
        .orElseGet(() -> Either.left(RecordProblems.PROBLEMS.refusal("ladder", "LADDER_UNKNOWN",
            "code", code))));
  }

  private static <T> Either<Refusal, T> content(PartnershipEvaluation e, EvaluationRecordId id,
      RecordKind kind, Class<T> type, String path) {
    Objects.requireNonNull(id, path);
    Optional<Recorded<?>> r = e.record(id);
    if (r.isEmpty()) {
      return Either.left(RecordProblems.PROBLEMS.refusal(path, "EVALUATION_RECORD_UNKNOWN",
          "id", id));
    }
    RecordKind actual = e.kindOf(id).orElseThrow();
    if (actual != kind) {
      return Either.left(RecordProblems.PROBLEMS.refusal(path, "EVALUATION_RECORD_OTHER_KIND",
          "id", id, "kind", kind, "actual", actual));
    }
    return Either.right(type.cast(r.get().content()));
  }

  private static <T> Either<Refusal, T> guarded(java.util.function.Supplier<T> make) {
    try {
      return Either.right(make.get());
    } catch (InvalidInputException ex) {
      return Either.left(Refusal.of(ex.problems()));
    }
  }
}
