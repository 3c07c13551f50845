package pl.lsw.core.evaluation.record;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SolidarityCapital;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.Ladder;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.StageHistory;

/**
 * The evaluation of one partnership: every record its bodies keep about how the partners
 * cooperate, each with its id, who recorded it and when ({@link pl.lsw.core.evaluation.record.Recorded}) — the Najam
 * assessments of relationships (several assessors, dated), the assessments of the stage of
 * cooperation on a ladder, the observed interactions (for Park's forms of networking), the
 * network surveys, the waves of the cooperation-quality survey, the resources partners brought
 * and the monitoring and evaluation reviews; and the evaluation instruments: self-assessments
 * against the principles of partnership, learning-partnership profiles, benefits of cooperation,
 * SWOT analyses, assessments of solidarity capital and of the network's added value.
 *
 * <p>Polish: <i>ewaluacja partnerstwa</i>.
 *
 * <p><b>Commands</b> take the partnership (for who may act), the actor and the clock, and answer
 * a {@link pl.lsw.core.kernel.Refusal} listing every reason, or the {@link pl.lsw.core.kernel.Change} with the new state and one
 * {@link pl.lsw.core.evaluation.record.EvaluationChanged}. Who may act: a person of the partnership in a role of one of its
 * bodies ({@code EVALUATORS}: the Steering Committee, the Task Team, an Executive Consortium,
 * the network workers, a cooperation team) — not a partner representative acting alone. A record
 * is added under a new id ({@code EVALUATION_RECORD_EXISTS} otherwise), corrected with content of
 * its own kind ({@code EVALUATION_RECORD_KIND_MISMATCH}) or withdrawn; an unknown id is {@code
 * EVALUATION_RECORD_UNKNOWN}. A record is not of a day after today ({@code
 * EVALUATION_RECORD_IN_FUTURE}, see {@code RecordKind.dayOf}).
 *
 * <p>Immutable; each command returns a new state. The version is the store's optimistic lock.
 */
@Value.Immutable
abstract class AbstractPartnershipEvaluation {

  /** The roles that may record, correct and withdraw: every role of a body of the partnership. */
  public static final Set<ActingRole> EVALUATORS = Set.copyOf(
      EnumSet.complementOf(EnumSet.of(ActingRole.PARTNER_REPRESENTATIVE)));

  private static final Label WHAT_ADD = Label.of("zapisanie oceny lub badania w ewaluacji "
      + "partnerstwa", "recording an assessment or a survey in the partnership's evaluation");
  private static final Label WHAT_CORRECT = Label.of("poprawienie zapisu ewaluacji partnerstwa",
      "correcting a record of the partnership's evaluation");
  private static final Label WHAT_WITHDRAW = Label.of("wycofanie zapisu ewaluacji partnerstwa",
      "withdrawing a record of the partnership's evaluation");

  /** The partnership whose evaluation this is. */
  public abstract PartnershipId partnership();

  /** The version the state was read at; 0 for an evaluation not stored yet. */
  @Value.Default
  @Value.Auxiliary
  public long version() {
    return 0;
  }

  /** The Najam assessments of relationships, in the order recorded. */
  public abstract List<Recorded<RelationshipAssessment>> relationshipAssessments();

  /** The assessments of the stage of cooperation on a ladder, in the order recorded. */
  public abstract List<Recorded<LadderAssessment>> ladderAssessments();

  /** The observed interactions of partners, in the order recorded. */
  public abstract List<Recorded<Interaction>> interactions();

  /** The network surveys, in the order recorded. */
  public abstract List<Recorded<DatedNetworkSurvey>> networkSurveys();

  /** The waves of the cooperation-quality survey, in the order recorded. */
  public abstract List<Recorded<SurveyWave>> surveyWaves();

  /** The resources partners brought, in the order recorded. */
  public abstract List<Recorded<CooperationRecord.Resource>> resources();

  /** The monitoring and evaluation reviews, in the order recorded. */
  public abstract List<Recorded<Review>> reviews();

  /** The self-assessments against the principles of partnership, in the order recorded. */
  public abstract List<Recorded<PrinciplesSelfAssessment>> principlesSelfAssessments();

  /** The profiles of a learning partnership, in the order recorded. */
  public abstract List<Recorded<LearningProfile>> learningProfiles();

  /** The benefits of cooperation, in the order recorded. */
  public abstract List<Recorded<BenefitRecord>> benefits();

  /** The SWOT analyses of cooperation, in the order recorded. */
  public abstract List<Recorded<SwotRecord>> swots();

  /** The assessments of solidarity capital, in the order recorded. */
  public abstract List<Recorded<SolidarityCapital>> solidarityCapitals();

  /** The assessments of the network's added value, in the order recorded. */
  public abstract List<Recorded<DatedAddedValue>> addedValues();

  /** Ids are unique across every kind; a broken state is a programming error. */
  @Value.Check
  protected void check() {
    Set<EvaluationRecordId> ids = new HashSet<>();
    for (RecordKind kind : RecordKind.values()) {
      for (Recorded<?> r : records(kind)) {
        if (!ids.add(r.id())) {
          throw new IllegalStateException("the evaluation holds record " + r.id() + " twice");
        }
        if (!kind.accepts(r.content())) {
          throw new IllegalStateException("record " + r.id() + " is not a " + kind);
        }
      }
    }
  }

  /**
   * An empty evaluation of a partnership, not stored yet.
   *
   * @param partnership the partnership
   * @return the evaluation
   */
  public static PartnershipEvaluation empty(PartnershipId partnership) {
    return PartnershipEvaluation.builder().partnership(partnership).build();
  }

  // ------------------------------------------------------------------ queries

  /**
   * The records of one kind.
   *
   * @param kind the kind
   * @return its records, in the order recorded
   */
  public List<Recorded<?>> records(RecordKind kind) {
    return switch (Objects.requireNonNull(kind, "kind")) {
      case RELATIONSHIP_ASSESSMENT -> List.copyOf(relationshipAssessments());
      case LADDER_ASSESSMENT -> List.copyOf(ladderAssessments());
      case INTERACTION -> List.copyOf(interactions());
      case NETWORK_SURVEY -> List.copyOf(networkSurveys());
      case SURVEY_WAVE -> List.copyOf(surveyWaves());
      case RESOURCE -> List.copyOf(resources());
      case REVIEW -> List.copyOf(reviews());
      case PRINCIPLES_SELF_ASSESSMENT -> List.copyOf(principlesSelfAssessments());
      case LEARNING_PROFILE -> List.copyOf(learningProfiles());
      case BENEFIT -> List.copyOf(benefits());
      case SWOT -> List.copyOf(swots());
      case SOLIDARITY_CAPITAL -> List.copyOf(solidarityCapitals());
      case ADDED_VALUE -> List.copyOf(addedValues());
    };
  }

  /**
   * The record with this id, of any kind.
   *
   * @param id the id
   * @return the record, or empty
   */
  public Optional<Recorded<?>> record(EvaluationRecordId id) {
    return kindOf(id).flatMap(k -> records(k).stream().filter(r -> r.id().equals(id))
        .findFirst());
  }

  /**
   * The kind of the record with this id.
   *
   * @param id the id
   * @return the kind, or empty when there is no such record
   */
  public Optional<RecordKind> kindOf(EvaluationRecordId id) {
    Objects.requireNonNull(id, "id");
    for (RecordKind k : RecordKind.values()) {
      if (records(k).stream().anyMatch(r -> r.id().equals(id))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** @return the content of every relationship assessment */
  public List<RelationshipAssessment> assessmentsOfRelationships() {
    return relationshipAssessments().stream().map(Recorded::content).toList();
  }

  /**
   * The latest self-assessment against the principles made on or before a day (of those of one
   * day, the one recorded last).
   *
   * @param day the day
   * @return the self-assessment, or empty when none was made by the day
   */
  public Optional<PrinciplesSelfAssessment> latestPrinciplesSelfAssessment(LocalDate day) {
    Objects.requireNonNull(day, "day");
    PrinciplesSelfAssessment latest = null;
    for (Recorded<PrinciplesSelfAssessment> r : principlesSelfAssessments()) {
      PrinciplesSelfAssessment a = r.content();
      if (!a.assessedOn().isAfter(day)
          && (latest == null || !a.assessedOn().isBefore(latest.assessedOn()))) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** @return the content of every recorded benefit of cooperation, in the order recorded */
  public List<BenefitRecord> benefitsOfCooperation() {
    return benefits().stream().map(Recorded::content).toList();
  }

  /** @return the content of every observed interaction */
  public List<Interaction> observedInteractions() {
    return interactions().stream().map(Recorded::content).toList();
  }

  /**
   * The ladder assessments on one ladder, oldest first (equal days in the order recorded).
   *
   * @param ladder the ladder
   * @return the assessments
   */
  public List<LadderAssessment> assessmentsOn(Ladder ladder) {
    Objects.requireNonNull(ladder, "ladder");
    return ladderAssessments().stream().map(Recorded::content)
        .filter(a -> a.ladder().code().equals(ladder.code()))
        .sorted(Comparator.comparing(LadderAssessment::assessedOn)).toList();
  }

  /**
   * The stage history on one ladder, the subject of the typology rules: the partnership named
   * {@code partnership:<id>}, formalised when on {@code day} at least two of its active members
   * are formal ones (each with a written declaration).
   *
   * @param partnership the partnership (its members)
   * @param ladder the ladder
   * @param day the day the partnership's form is taken on
   * @return the history
   */
  public StageHistory stageHistory(Partnership partnership, Ladder ladder, LocalDate day) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(day, "day");
    long formal = partnership.memberships().stream()
        .filter(m -> m.form() == MembershipForm.FORMAL && m.isActiveOn(day)).count();
    return new StageHistory("partnership:" + partnership().value(), formal >= 2,
        assessmentsOn(ladder));
  }

  // ------------------------------------------------------------------ commands

  /**
   * Adds a record of the given kind under a new id.
   *
   * @param partnership the partnership (who may act)
   * @param actor who records it
   * @param id the new record's id
   * @param kind the kind
   * @param content the content, of the kind's type
   * @param clock the time of the change
   * @return the change (created id: the record's), or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> add(Partnership partnership,
      ActingPerson actor, EvaluationRecordId id, RecordKind kind, Object content, Clock clock) {
    Objects.requireNonNull(id, "id");
    List<Problem> problems = access(partnership, actor, WHAT_ADD);
    if (kindOf(id).isPresent()) {
      problems.add(RecordProblems.PROBLEMS.problem("id", "EVALUATION_RECORD_EXISTS", "id", id));
    }
    kindMatches(problems, kind, content, clock);
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Instant at = clock.instant();
    List<Recorded<?>> next = new ArrayList<>(records(kind));
    next.add(Recorded.of(id, content, actor.reference(), at));
    return done(with(kind, next), EvaluationChange.ADDED, kind, id, actor, at, true);
  }

  /**
   * Corrects a record: its content becomes {@code content} (of the record's own kind), recorded
   * by the actor now; its place in the list stays.
   *
   * @param partnership the partnership (who may act)
   * @param actor who corrects it
   * @param id the record
   * @param content the corrected content
   * @param clock the time of the change
   * @return the change, or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> correct(Partnership partnership,
      ActingPerson actor, EvaluationRecordId id, Object content, Clock clock) {
    Objects.requireNonNull(id, "id");
    List<Problem> problems = access(partnership, actor, WHAT_CORRECT);
    Optional<RecordKind> kind = known(problems, id);
    kind.ifPresent(k -> kindMatches(problems, k, content, clock));
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Instant at = clock.instant();
    List<Recorded<?>> next = records(kind.get()).stream()
        .<Recorded<?>>map(r -> r.id().equals(id) ? Recorded.of(id, content, actor.reference(), at)
            : r).toList();
    return done(with(kind.get(), next), EvaluationChange.CORRECTED, kind.get(), id, actor, at,
        false);
  }

  /**
   * Withdraws a record.
   *
   * @param partnership the partnership (who may act)
   * @param actor who withdraws it
   * @param id the record
   * @param clock the time of the change
   * @return the change, or every reason
   */
  public Either<Refusal, Change<PartnershipEvaluation>> withdraw(Partnership partnership,
      ActingPerson actor, EvaluationRecordId id, Clock clock) {
    Objects.requireNonNull(id, "id");
    List<Problem> problems = access(partnership, actor, WHAT_WITHDRAW);
    Optional<RecordKind> kind = known(problems, id);
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Instant at = clock.instant();
    List<Recorded<?>> next = records(kind.get()).stream().filter(r -> !r.id().equals(id))
        .toList();
    return done(with(kind.get(), next), EvaluationChange.WITHDRAWN, kind.get(), id, actor, at,
        false);
  }

  // ------------------------------------------------------------------ helpers

  private static List<Problem> access(Partnership partnership, ActingPerson actor, Label what) {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(actor, "actor");
    return new ArrayList<>(partnership.accessProblems(actor, EVALUATORS, what));
  }

  private Optional<RecordKind> known(List<Problem> problems, EvaluationRecordId id) {
    Optional<RecordKind> kind = kindOf(id);
    if (kind.isEmpty()) {
      problems.add(RecordProblems.PROBLEMS.problem("id", "EVALUATION_RECORD_UNKNOWN", "id", id));
    }
    return kind;
  }

  private static void kindMatches(List<Problem> problems, RecordKind kind, Object content,
      Clock clock) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    if (!kind.accepts(content)) {
      problems.add(RecordProblems.PROBLEMS.problem("content", "EVALUATION_RECORD_KIND_MISMATCH",
          "kind", kind));
      return;
    }
    LocalDate day = kind.dayOf(content);
    LocalDate today = LocalDate.now(clock);
    if (day.isAfter(today)) {
      problems.add(RecordProblems.PROBLEMS.problem("content", "EVALUATION_RECORD_IN_FUTURE",
          "kind", kind, "day", day, "today", today));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private PartnershipEvaluation with(RecordKind kind, List<Recorded<?>> records) {
    PartnershipEvaluation self = (PartnershipEvaluation) this;
    List raw = records;
    return switch (kind) {
      case RELATIONSHIP_ASSESSMENT -> self.withRelationshipAssessments(raw);
      case LADDER_ASSESSMENT -> self.withLadderAssessments(raw);
      case INTERACTION -> self.withInteractions(raw);
      case NETWORK_SURVEY -> self.withNetworkSurveys(raw);
      case SURVEY_WAVE -> self.withSurveyWaves(raw);
      case RESOURCE -> self.withResources(raw);
      case REVIEW -> self.withReviews(raw);
      case PRINCIPLES_SELF_ASSESSMENT -> self.withPrinciplesSelfAssessments(raw);
      case LEARNING_PROFILE -> self.withLearningProfiles(raw);
      case BENEFIT -> self.withBenefits(raw);
      case SWOT -> self.withSwots(raw);
      case SOLIDARITY_CAPITAL -> self.withSolidarityCapitals(raw);
      case ADDED_VALUE -> self.withAddedValues(raw);
    };
  }

  private Either<Refusal, Change<PartnershipEvaluation>> done(PartnershipEvaluation next,
      EvaluationChange change, RecordKind kind, EvaluationRecordId id, ActingPerson actor,
      Instant at, boolean created) {
    EvaluationChanged event = new EvaluationChanged(partnership(), change, kind, id,
        actor.reference(), at);
    return Either.right(created ? Change.created(next, id, List.of(event))
        : Change.of(next, event));
  }
}
