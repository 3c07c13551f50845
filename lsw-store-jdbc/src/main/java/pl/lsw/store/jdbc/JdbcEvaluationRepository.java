package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.ChildTable.indexed;
import static pl.lsw.store.jdbc.ChildTable.row;
import static pl.lsw.store.jdbc.ChildTable.timestamp;
import static pl.lsw.store.jdbc.Columns.decode;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.CooperationLevel;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.NetworkAddedValue;
import pl.lsw.core.evaluation.NetworkSurvey;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.evaluation.RelationshipRating;
import pl.lsw.core.evaluation.RelationshipScores;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.ReviewKind;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.EvidenceNote;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.evaluation.instrument.PrincipleRating;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SolidarityCapital;
import pl.lsw.core.evaluation.instrument.SwotItem;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.evaluation.record.DatedAddedValue;
import pl.lsw.core.evaluation.record.DatedNetworkSurvey;
import pl.lsw.core.evaluation.record.EvaluationRecordId;
import pl.lsw.core.evaluation.record.PartnershipEvaluation;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.evaluation.record.RecordKind;
import pl.lsw.core.evaluation.record.Recorded;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.typology.Assessor;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.EvidenceSource;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.InteractionKind;
import pl.lsw.core.typology.Ladder;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;
import pl.lsw.core.typology.NajamClassification;
import pl.lsw.core.typology.NajamThresholds;
import pl.lsw.core.typology.NajamType;
import pl.lsw.core.typology.Relationship;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.SimilarityRating;

/**
 * The evaluation of each partnership in the table {@code lsw_evaluation} (one row per
 * partnership, with the version), {@code lsw_evaluation_record} (one row per record of any kind:
 * its kind, its position among the records of its kind, who recorded it and when) and the content
 * tables of each kind (see {@code V13__partnership_evaluations.sql}, for the evaluation
 * instruments {@code V14__evaluation_instruments.sql} and for the network's added value {@code
 * V15__network_added_value.sql}), keyed by the record's id.
 * A new kind of record is one more {@link RecordKind}, its content tables here and in a
 * migration, and its case in {@link #load}.
 *
 * <p>A save is one transaction, as for the co-informing bases: an evaluation of version 0 is
 * inserted (version 1) with all its rows, a primary key already taken being a version conflict;
 * otherwise the root row is updated {@code SET version = version + 1 WHERE partnership_id = ?
 * AND version = ?} (no row changed: a version conflict), which locks it, and each child table's
 * stored rows are compared by primary key with the wanted ones, so that only what changed is
 * written. Any failure rolls everything back.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcEvaluationRepository implements PartnershipEvaluationRepository {

  private static final String AGGREGATE = "PartnershipEvaluation";

  /** The column with the owning partnership's id, first in every child table's primary key. */
  private static final String OWNER = "partnership_id";

  /** Every record with its kind, position and who recorded it when. */
  private static final ChildTable<PartnershipEvaluation> RECORDS = table(
      "lsw_evaluation_record", "record_id UUID", "kind TEXT, list_index INT, recorded_by TEXT, "
          + "recorded_at TIMESTAMP, recorded_at_nanos INT", e -> {
            List<List<Object>> rows = new ArrayList<>();
            for (RecordKind kind : RecordKind.values()) {
              rows.addAll(indexed(e.records(kind), (i, r) -> row(r.id().value(), kind.name(), i,
                  r.recordedBy(), timestamp(r.recordedAt()), r.recordedAt().getNano())));
            }
            return rows;
          });

  private static final ChildTable<PartnershipEvaluation> ASSESSMENTS = table(
      "lsw_evaluation_relationship_assessment", "record_id UUID", "first_organisation UUID, "
          + "second_organisation UUID, assessor TEXT, assessed_on DATE, goals INT, means INT, "
          + "goals_similar_from INT, means_similar_from INT, najam_type TEXT, note TEXT",
      e -> contents(e.relationshipAssessments(), (id, a) -> row(id,
          a.relationship().first().value(), a.relationship().second().value(),
          a.assessor().reference(), a.assessedOn(), a.classification().rating().goals(),
          a.classification().rating().means(), a.classification().thresholds().goalsSimilarFrom(),
          a.classification().thresholds().meansSimilarFrom(), a.type().name(), a.note())));

  private static final ChildTable<PartnershipEvaluation> LADDERS = table(
      "lsw_evaluation_ladder_assessment", "record_id UUID", "ladder_code TEXT, assessed_on DATE",
      e -> contents(e.ladderAssessments(), (id, a) -> row(id, a.ladder().code(),
          a.assessedOn())));

  private static final ChildTable<PartnershipEvaluation> EVIDENCE = table(
      "lsw_evaluation_ladder_evidence", "record_id UUID, list_index INT",
      "indicator TEXT, source TEXT, note TEXT", e -> parts(e.ladderAssessments(),
          LadderAssessment::evidence, (id, i, ev) -> row(id, i, ev.indicator(),
              ev.source().name(), ev.note())));

  private static final ChildTable<PartnershipEvaluation> INTERACTIONS = table(
      "lsw_evaluation_interaction", "record_id UUID", "first_organisation UUID, "
          + "second_organisation UUID, interaction_kind TEXT, observed_on DATE, note TEXT",
      e -> contents(e.interactions(), (id, x) -> row(id, x.relationship().first().value(),
          x.relationship().second().value(), x.kind().name(), x.on(), x.note())));

  private static final ChildTable<PartnershipEvaluation> SURVEYS = table(
      "lsw_evaluation_network_survey", "record_id UUID", "surveyed_on DATE",
      e -> contents(e.networkSurveys(), (id, s) -> row(id, s.surveyedOn())));

  private static final ChildTable<PartnershipEvaluation> MEMBERS = table(
      "lsw_evaluation_network_member", "record_id UUID, list_index INT", "organisation_id UUID",
      e -> parts(e.networkSurveys(), s -> s.survey().members(),
          (id, i, m) -> row(id, i, m.value())));

  private static final ChildTable<PartnershipEvaluation> RATINGS = table(
      "lsw_evaluation_network_rating", "record_id UUID, list_index INT", "rater UUID, rated UUID, "
          + "relationship_exists BOOL, reliability INT, mission_support INT, openness INT, "
          + "power_influence INT, involvement INT, resource_contribution INT",
      e -> parts(e.networkSurveys(), s -> s.survey().ratings(), (id, i, r) -> {
        Optional<RelationshipScores> s = r.scores();
        return row(id, i, r.rater().value(), r.rated().value(), r.relationshipExists(),
            s.map(RelationshipScores::reliability).orElse(null),
            s.map(RelationshipScores::missionSupport).orElse(null),
            s.map(RelationshipScores::openness).orElse(null),
            s.map(RelationshipScores::powerInfluence).orElse(null),
            s.map(RelationshipScores::involvement).orElse(null),
            s.map(RelationshipScores::resourceContribution).orElse(null));
      }));

  private static final ChildTable<PartnershipEvaluation> WAVES = table(
      "lsw_evaluation_survey_wave", "record_id UUID", "name TEXT, held_on DATE",
      e -> contents(e.surveyWaves(), (id, w) -> row(id, w.name(), w.heldOn())));

  private static final ChildTable<PartnershipEvaluation> ANSWERS = table(
      "lsw_evaluation_wave_answer", "record_id UUID, list_index INT", "question_code TEXT, "
          + "question_polish TEXT, question_english TEXT, answers_1 INT, answers_2 INT, "
          + "answers_3 INT, answers_4 INT, answers_5 INT, answers_6 INT",
      e -> parts(e.surveyWaves(), w -> List.copyOf(w.answers().entrySet()), (id, i, a) -> {
        List<Object> values = new ArrayList<>(List.of(id, i, a.getKey().code(),
            a.getKey().text().polishName(), a.getKey().text().englishName()));
        values.addAll(a.getValue().counts());
        return row(values.toArray());
      }));

  private static final ChildTable<PartnershipEvaluation> RESOURCES = table(
      "lsw_evaluation_resource", "record_id UUID", "name TEXT, brought_on DATE, brought_by UUID, "
          + "ownership_agreed BOOL, terms_of_use_agreed BOOL",
      e -> contents(e.resources(), (id, r) -> row(id, r.name(), r.broughtOn(),
          r.broughtBy().value(), r.ownershipAgreed(), r.termsOfUseAgreed())));

  private static final ChildTable<PartnershipEvaluation> USERS = table(
      "lsw_evaluation_resource_user", "record_id UUID, organisation_id UUID", "",
      e -> parts(e.resources(), r -> r.usedBy().stream()
          .sorted(Comparator.comparing(OrganisationId::value)).toList(),
          (id, i, o) -> row(id, o.value())));

  private static final ChildTable<PartnershipEvaluation> REVIEWS = table(
      "lsw_evaluation_review", "record_id UUID", "review_kind TEXT, cooperation_level TEXT, "
          + "work_from DATE, work_to DATE, held_on DATE",
      e -> contents(e.reviews(), (id, r) -> row(id, r.kind().name(), r.level().name(),
          r.work().start(), r.work().end(), r.heldOn())));

  private static final ChildTable<PartnershipEvaluation> PRINCIPLES = table(
      "lsw_evaluation_principles_assessment", "record_id UUID", "assessed_on DATE",
      e -> contents(e.principlesSelfAssessments(), (id, a) -> row(id, a.assessedOn())));

  private static final ChildTable<PartnershipEvaluation> PRINCIPLE_RATINGS = table(
      "lsw_evaluation_principle_rating", "record_id UUID, list_index INT",
      "principle TEXT, grade TEXT", e -> parts(e.principlesSelfAssessments(),
          PrinciplesSelfAssessment::ratings, (id, i, r) -> row(id, i, r.principle().code(),
              r.grade().name())));

  private static final ChildTable<PartnershipEvaluation> PRINCIPLE_EVIDENCE = table(
      "lsw_evaluation_principle_evidence", "record_id UUID, rating_index INT, list_index INT",
      "source TEXT, note TEXT", e -> nestedParts(e.principlesSelfAssessments(),
          PrinciplesSelfAssessment::ratings, PrincipleRating::evidence,
          JdbcEvaluationRepository::evidenceRow));

  private static final ChildTable<PartnershipEvaluation> LEARNING = table(
      "lsw_evaluation_learning_profile", "record_id UUID", "assessed_on DATE",
      e -> contents(e.learningProfiles(), (id, l) -> row(id, l.assessedOn())));

  private static final ChildTable<PartnershipEvaluation> TRAITS = table(
      "lsw_evaluation_learning_trait", "record_id UUID, list_index INT",
      "trait TEXT, trait_present BOOL", e -> parts(e.learningProfiles(), LearningProfile::traits,
          (id, i, t) -> row(id, i, t.trait().code(), t.present())));

  private static final ChildTable<PartnershipEvaluation> TRAIT_EVIDENCE = table(
      "lsw_evaluation_trait_evidence", "record_id UUID, trait_index INT, list_index INT",
      "source TEXT, note TEXT", e -> nestedParts(e.learningProfiles(), LearningProfile::traits,
          LearningProfile.TraitObservation::evidence, JdbcEvaluationRepository::evidenceRow));

  private static final ChildTable<PartnershipEvaluation> POSITIONS = table(
      "lsw_evaluation_learning_position", "record_id UUID, list_index INT",
      "learning_dimension TEXT, learning_position TEXT, note TEXT", e -> parts(
          e.learningProfiles(), LearningProfile::positions, (id, i, p) -> row(id, i,
              p.dimension().code(), p.position().name(), p.note())));

  private static final ChildTable<PartnershipEvaluation> BENEFITS = table(
      "lsw_evaluation_benefit", "record_id UUID", "stakeholder_group TEXT, recorded_on DATE, "
          + "description TEXT, indicator TEXT",
      e -> contents(e.benefits(), (id, b) -> row(id, b.group().name(), b.recordedOn(),
          b.description(), b.indicator())));

  private static final ChildTable<PartnershipEvaluation> SWOTS = table(
      "lsw_evaluation_swot", "record_id UUID", "held_on DATE, perspective TEXT",
      e -> contents(e.swots(), (id, w) -> row(id, w.heldOn(), w.perspective().name())));

  private static final ChildTable<PartnershipEvaluation> SWOT_ITEMS = table(
      "lsw_evaluation_swot_item", "record_id UUID, list_index INT", "quadrant TEXT, item_text TEXT",
      e -> parts(e.swots(), SwotRecord::items, (id, i, item) -> row(id, i,
          item.quadrant().name(), item.text())));

  private static final ChildTable<PartnershipEvaluation> SOLIDARITY = table(
      "lsw_evaluation_solidarity_capital", "record_id UUID", "assessed_on DATE",
      e -> contents(e.solidarityCapitals(), (id, c) -> row(id, c.assessedOn())));

  private static final ChildTable<PartnershipEvaluation> SOLIDARITY_GRADES = table(
      "lsw_evaluation_solidarity_grade", "record_id UUID, list_index INT",
      "solidarity_dimension TEXT, grade TEXT", e -> parts(e.solidarityCapitals(),
          SolidarityCapital::dimensions, (id, i, g) -> row(id, i, g.dimension().code(),
              g.grade().name())));

  private static final ChildTable<PartnershipEvaluation> SOLIDARITY_EVIDENCE = table(
      "lsw_evaluation_solidarity_evidence", "record_id UUID, grade_index INT, list_index INT",
      "source TEXT, note TEXT", e -> nestedParts(e.solidarityCapitals(),
          SolidarityCapital::dimensions, SolidarityCapital.DimensionGrade::evidence,
          JdbcEvaluationRepository::evidenceRow));

  private static final ChildTable<PartnershipEvaluation> ADDED_VALUES = table(
      "lsw_evaluation_added_value", "record_id UUID", "assessed_on DATE, measure_pl TEXT, "
          + "measure_en TEXT, without_network_numerator WHOLE, without_network_denominator WHOLE, "
          + "network_numerator WHOLE, network_denominator WHOLE, added_value_numerator WHOLE, "
          + "added_value_denominator WHOLE",
      e -> contents(e.addedValues(), (id, d) -> {
        NetworkAddedValue v = d.value();
        return row(id, d.assessedOn(), v.measure().polishName(), v.measure().englishName(),
            whole(v.withoutNetwork().numerator()), whole(v.withoutNetwork().denominator()),
            whole(v.network().numerator()), whole(v.network().denominator()),
            whole(v.addedValue().numerator()), whole(v.addedValue().denominator()));
      }));

  /** The most digits of a numerator or a denominator of the added value (NUMERIC(38, 0)). */
  static final int MAX_DIGITS = 38;

  /** Every child table, in the order a save writes them (the records first). */
  private static final List<ChildTable<PartnershipEvaluation>> TABLES = List.of(RECORDS,
      ASSESSMENTS, LADDERS, EVIDENCE, INTERACTIONS, SURVEYS, MEMBERS, RATINGS, WAVES, ANSWERS,
      RESOURCES, USERS, REVIEWS, PRINCIPLES, PRINCIPLE_RATINGS, PRINCIPLE_EVIDENCE, LEARNING,
      TRAITS, TRAIT_EVIDENCE, POSITIONS, BENEFITS, SWOTS, SWOT_ITEMS, SOLIDARITY,
      SOLIDARITY_GRADES, SOLIDARITY_EVIDENCE, ADDED_VALUES);

  private final Jdbc jdbc;

  JdbcEvaluationRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public PartnershipEvaluation save(PartnershipEvaluation evaluation) {
    PartnershipEvaluation stored = evaluation.withVersion(evaluation.version() + 1);
    UUID id = evaluation.partnership().value();
    String what = "saving the evaluation of partnership " + evaluation.partnership();
    try {
      return jdbc.inTransaction(what, c -> {
        if (evaluation.version() == 0) {
          Jdbc.insertRoot(c, "lsw_evaluation", id, stored.version());
          for (ChildTable<PartnershipEvaluation> table : TABLES) {
            table.insert(c, id, table.rowsOf(stored).values());
          }
        } else {
          // the root row is locked from here on: no other save changes the child rows before
          // this one commits
          if (!Jdbc.advanceRoot(c, "lsw_evaluation", id, evaluation.version())) {
            throw Jdbc.rowExists(c, "lsw_evaluation", "partnership_id", id)
                ? conflict(evaluation) : noLongerStored(evaluation);
          }
          for (ChildTable<PartnershipEvaluation> table : TABLES) {
            table.write(c, id, table.stored(c, id), table.rowsOf(stored));
          }
        }
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (evaluation.version() == 0) {
        // the only key a first save can find taken is the root's: another first save won
        throw conflict(evaluation);
      }
      throw new StoreException(what + " violated a unique constraint: " + e.getMessage(),
          e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(evaluation);
      }
      throw e;
    }
  }

  /** A whole number the table keeps: at most {@link #MAX_DIGITS} digits, never rounded. */
  private static BigInteger whole(BigInteger n) {
    if (n.abs().toString().length() > MAX_DIGITS) {
      throw new StoreException("the store keeps numbers of the added value of up to "
          + MAX_DIGITS + " digits, not " + n);
    }
    return n;
  }

  private static VersionConflictException conflict(PartnershipEvaluation evaluation) {
    return new VersionConflictException(AGGREGATE, evaluation.partnership().toString(),
        evaluation.version());
  }

  private static NoLongerStoredException noLongerStored(PartnershipEvaluation evaluation) {
    return new NoLongerStoredException(AGGREGATE, evaluation.partnership().toString(),
        evaluation.version());
  }

  private static ChildTable<PartnershipEvaluation> table(String name, String keys,
      String values, Function<PartnershipEvaluation, List<List<Object>>> rows) {
    return new ChildTable<>(name, OWNER, keys, values, rows);
  }

  /** The row of a record's content, given the record's id. */
  @FunctionalInterface
  private interface ContentRow<T> {
    List<Object> of(UUID record, T content);
  }

  /** The row of an item, at a position, of a list inside a record's content. */
  @FunctionalInterface
  private interface PartRow<T> {
    List<Object> of(UUID record, int index, T item);
  }

  private static <T> List<List<Object>> contents(List<Recorded<T>> records, ContentRow<T> row) {
    return records.stream().map(r -> row.of(r.id().value(), r.content())).toList();
  }

  private static <T, P> List<List<Object>> parts(List<Recorded<T>> records,
      Function<T, List<P>> part, PartRow<P> row) {
    List<List<Object>> rows = new ArrayList<>();
    for (Recorded<T> r : records) {
      List<P> items = part.apply(r.content());
      for (int i = 0; i < items.size(); i++) {
        rows.add(row.of(r.id().value(), i, items.get(i)));
      }
    }
    return rows;
  }

  /** The row of an item, at a position, of a list inside an item of a list of a record. */
  @FunctionalInterface
  private interface NestedPartRow<T> {
    List<Object> of(UUID record, int parent, int index, T item);
  }

  private static <T, P, Q> List<List<Object>> nestedParts(List<Recorded<T>> records,
      Function<T, List<P>> part, Function<P, List<Q>> inner, NestedPartRow<Q> row) {
    List<List<Object>> rows = new ArrayList<>();
    for (Recorded<T> r : records) {
      UUID id = r.id().value();
      rows.addAll(ChildTable.nested(part.apply(r.content()), inner,
          (parent, i, item) -> row.of(id, parent, i, item)));
    }
    return rows;
  }

  private static List<Object> evidenceRow(UUID record, int parent, int index, EvidenceNote e) {
    return row(record, parent, index, e.source().name(), e.note());
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<PartnershipEvaluation> find(PartnershipId partnership) {
    UUID id = partnership.value();
    String owner = "evaluation of partnership " + partnership;
    return jdbc.read("finding the " + owner, c -> {
      List<Long> version = Jdbc.query(c, "SELECT version FROM lsw_evaluation "
          + "WHERE partnership_id = ?", ps -> ps.setObject(1, id), rs -> rs.getLong(1));
      if (version.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(load(c, partnership, version.get(0), owner));
    });
  }

  /** A record's row of {@code lsw_evaluation_record}. */
  private record RecordRow(UUID id, RecordKind kind, int index, String by, Instant at) {}

  private static PartnershipEvaluation load(Connection c, PartnershipId partnership, long version,
      String owner) throws SQLException {
    UUID id = partnership.value();
    Map<RecordKind, List<RecordRow>> records = new EnumMap<>(RecordKind.class);
    for (RecordKind k : RecordKind.values()) {
      records.put(k, new ArrayList<>());
    }
    for (List<Object> r : RECORDS.stored(c, id).values()) {
      RecordKind kind = decode(RecordKind.class, (String) r.get(1), owner);
      OffsetDateTime at = (OffsetDateTime) r.get(4);
      records.get(kind).add(new RecordRow((UUID) r.get(0), kind, (Integer) r.get(2),
          (String) r.get(3), Instant.ofEpochSecond(at.toEpochSecond(), (Integer) r.get(5))));
    }
    records.values().forEach(l -> l.sort(Comparator.comparingInt(RecordRow::index)));
    Map<UUID, List<Object>> assessments = byRecord(c, id, ASSESSMENTS);
    Map<UUID, List<Object>> ladders = byRecord(c, id, LADDERS);
    Map<UUID, List<List<Object>>> evidence = partsByRecord(c, id, EVIDENCE);
    Map<UUID, List<Object>> interactions = byRecord(c, id, INTERACTIONS);
    Map<UUID, List<Object>> surveys = byRecord(c, id, SURVEYS);
    Map<UUID, List<List<Object>>> members = partsByRecord(c, id, MEMBERS);
    Map<UUID, List<List<Object>>> ratings = partsByRecord(c, id, RATINGS);
    Map<UUID, List<Object>> waves = byRecord(c, id, WAVES);
    Map<UUID, List<List<Object>>> answers = partsByRecord(c, id, ANSWERS);
    Map<UUID, List<Object>> resources = byRecord(c, id, RESOURCES);
    Map<UUID, List<List<Object>>> users = partsByRecord(c, id, USERS);
    Map<UUID, List<Object>> reviews = byRecord(c, id, REVIEWS);
    Map<UUID, List<Object>> principles = byRecord(c, id, PRINCIPLES);
    Map<UUID, List<List<Object>>> principleRatings = partsByRecord(c, id, PRINCIPLE_RATINGS);
    Map<UUID, Map<Integer, List<List<Object>>>> principleEvidence =
        evidenceByRecord(c, id, PRINCIPLE_EVIDENCE);
    Map<UUID, List<Object>> learning = byRecord(c, id, LEARNING);
    Map<UUID, List<List<Object>>> traits = partsByRecord(c, id, TRAITS);
    Map<UUID, Map<Integer, List<List<Object>>>> traitEvidence =
        evidenceByRecord(c, id, TRAIT_EVIDENCE);
    Map<UUID, List<List<Object>>> positions = partsByRecord(c, id, POSITIONS);
    Map<UUID, List<Object>> benefits = byRecord(c, id, BENEFITS);
    Map<UUID, List<Object>> swots = byRecord(c, id, SWOTS);
    Map<UUID, List<List<Object>>> swotItems = partsByRecord(c, id, SWOT_ITEMS);
    Map<UUID, List<Object>> solidarity = byRecord(c, id, SOLIDARITY);
    Map<UUID, List<List<Object>>> solidarityGrades = partsByRecord(c, id, SOLIDARITY_GRADES);
    Map<UUID, Map<Integer, List<List<Object>>>> solidarityEvidence =
        evidenceByRecord(c, id, SOLIDARITY_EVIDENCE);
    Map<UUID, List<Object>> addedValues = byRecord(c, id, ADDED_VALUES);
    return valid(owner, () -> PartnershipEvaluation.builder()
        .partnership(partnership)
        .version(version)
        .relationshipAssessments(recorded(records, RecordKind.RELATIONSHIP_ASSESSMENT,
            assessments, owner, (r, row) -> new RelationshipAssessment(
                relationship(row.get(1), row.get(2)), new Assessor((String) row.get(3)),
                (LocalDate) row.get(4), new NajamClassification(
                    new SimilarityRating((Integer) row.get(5), (Integer) row.get(6)),
                    new NajamThresholds((Integer) row.get(7), (Integer) row.get(8)),
                    decode(NajamType.class, (String) row.get(9), owner)),
                (String) row.get(10))))
        .ladderAssessments(recorded(records, RecordKind.LADDER_ASSESSMENT, ladders, owner,
            (r, row) -> new LadderAssessment(ladder((String) row.get(1), owner),
                (LocalDate) row.get(2), evidence.getOrDefault(r, List.of()).stream()
                    .map(e -> new Evidence((String) e.get(2),
                        decode(EvidenceSource.class, (String) e.get(3), owner),
                        (String) e.get(4))).toList())))
        .interactions(recorded(records, RecordKind.INTERACTION, interactions, owner,
            (r, row) -> new Interaction(relationship(row.get(1), row.get(2)),
                decode(InteractionKind.class, (String) row.get(3), owner),
                (LocalDate) row.get(4), (String) row.get(5))))
        .networkSurveys(recorded(records, RecordKind.NETWORK_SURVEY, surveys, owner,
            (r, row) -> new DatedNetworkSurvey((LocalDate) row.get(1), new NetworkSurvey(
                members.getOrDefault(r, List.of()).stream()
                    .map(m -> OrganisationId.of((UUID) m.get(2))).toList(),
                ratings.getOrDefault(r, List.of()).stream()
                    .map(JdbcEvaluationRepository::rating).toList()))))
        .surveyWaves(recorded(records, RecordKind.SURVEY_WAVE, waves, owner,
            (r, row) -> {
              Map<SurveyQuestion, AnswerCounts> asked = new LinkedHashMap<>();
              for (List<Object> a : answers.getOrDefault(r, List.of())) {
                List<Integer> counts = new ArrayList<>();
                for (int i = 5; i < 11; i++) {
                  counts.add((Integer) a.get(i));
                }
                asked.put(new SurveyQuestion((String) a.get(2),
                    Label.of((String) a.get(3), (String) a.get(4))), new AnswerCounts(counts));
              }
              return new SurveyWave((String) row.get(1), (LocalDate) row.get(2), asked);
            }))
        .resources(recorded(records, RecordKind.RESOURCE, resources, owner,
            (r, row) -> new CooperationRecord.Resource((String) row.get(1),
                (LocalDate) row.get(2), OrganisationId.of((UUID) row.get(3)),
                users.getOrDefault(r, List.of()).stream()
                    .map(u -> OrganisationId.of((UUID) u.get(1)))
                    .collect(java.util.stream.Collectors.toSet()),
                (Boolean) row.get(4), (Boolean) row.get(5))))
        .reviews(recorded(records, RecordKind.REVIEW, reviews, owner, (r, row) -> review(row,
            owner)))
        .principlesSelfAssessments(recorded(records, RecordKind.PRINCIPLES_SELF_ASSESSMENT,
            principles, owner, (r, row) -> new PrinciplesSelfAssessment((LocalDate) row.get(1),
                principleRatings.getOrDefault(r, List.of()).stream()
                    .map(p -> PrincipleRating.of((String) p.get(2), (String) p.get(3),
                        evidenceOf(principleEvidence, r, (Integer) p.get(1), owner))).toList())))
        .learningProfiles(recorded(records, RecordKind.LEARNING_PROFILE, learning, owner,
            (r, row) -> new LearningProfile((LocalDate) row.get(1),
                traits.getOrDefault(r, List.of()).stream()
                    .map(t -> LearningProfile.TraitObservation.of((String) t.get(2),
                        (Boolean) t.get(3),
                        evidenceOf(traitEvidence, r, (Integer) t.get(1), owner)))
                    .toList(),
                positions.getOrDefault(r, List.of()).stream()
                    .map(p -> LearningProfile.DimensionPosition.of((String) p.get(2),
                        (String) p.get(3), (String) p.get(4))).toList())))
        .benefits(recorded(records, RecordKind.BENEFIT, benefits, owner,
            (r, row) -> BenefitRecord.of((String) row.get(1), (LocalDate) row.get(2),
                (String) row.get(3), (String) row.get(4))))
        .swots(recorded(records, RecordKind.SWOT, swots, owner,
            (r, row) -> SwotRecord.of((LocalDate) row.get(1), (String) row.get(2),
                swotItems.getOrDefault(r, List.of()).stream()
                    .map(i -> SwotItem.of((String) i.get(2), (String) i.get(3))).toList())))
        .solidarityCapitals(recorded(records, RecordKind.SOLIDARITY_CAPITAL, solidarity, owner,
            (r, row) -> new SolidarityCapital((LocalDate) row.get(1),
                solidarityGrades.getOrDefault(r, List.of()).stream()
                    .map(g -> SolidarityCapital.DimensionGrade.of((String) g.get(2),
                        (String) g.get(3),
                        evidenceOf(solidarityEvidence, r, (Integer) g.get(1), owner)))
                    .toList())))
        .addedValues(recorded(records, RecordKind.ADDED_VALUE, addedValues, owner,
            (r, row) -> DatedAddedValue.of((LocalDate) row.get(1), new NetworkAddedValue(
                Label.of((String) row.get(2), (String) row.get(3)),
                ratio(row.get(4), row.get(5)), ratio(row.get(6), row.get(7)),
                ratio(row.get(8), row.get(9))))))
        .build());
  }

  /**
   * The rows of a table of evidence (record id, item position, position, source, note) by record
   * id and item position, each list in its key order.
   */
  private static Map<UUID, Map<Integer, List<List<Object>>>> evidenceByRecord(Connection c,
      UUID id, ChildTable<PartnershipEvaluation> table) throws SQLException {
    Map<UUID, Map<Integer, List<List<Object>>>> out = new HashMap<>();
    for (List<Object> row : table.stored(c, id).values()) {
      out.computeIfAbsent((UUID) row.get(0), k -> new HashMap<>())
          .computeIfAbsent((Integer) row.get(1), k -> new ArrayList<>()).add(row);
    }
    return out;
  }

  private static List<EvidenceNote> evidenceOf(Map<UUID, Map<Integer, List<List<Object>>>> all,
      UUID record, int item, String owner) {
    return all.getOrDefault(record, Map.of()).getOrDefault(item, List.of()).stream()
        .map(e -> new EvidenceNote(decode(EvidenceSource.class, (String) e.get(3), owner),
            (String) e.get(4))).toList();
  }

  private static Ratio ratio(Object numerator, Object denominator) {
    return Ratio.of((BigInteger) numerator, (BigInteger) denominator);
  }

  private static Review review(List<Object> row, String owner) {
    ReviewKind kind = decode(ReviewKind.class, (String) row.get(1), owner);
    CooperationLevel level = decode(CooperationLevel.class, (String) row.get(2), owner);
    DateRange work = DateRange.of((LocalDate) row.get(3), (LocalDate) row.get(4));
    LocalDate heldOn = (LocalDate) row.get(5);
    return kind == ReviewKind.MONITORING ? new Review.Monitoring(level, work, heldOn)
        : new Review.Evaluation(level, work, heldOn);
  }

  private static RelationshipRating rating(List<Object> row) {
    Optional<RelationshipScores> scores = row.get(5) == null ? Optional.empty()
        : Optional.of(new RelationshipScores((Integer) row.get(5), (Integer) row.get(6),
            (Integer) row.get(7), (Integer) row.get(8), (Integer) row.get(9),
            (Integer) row.get(10)));
    return new RelationshipRating(OrganisationId.of((UUID) row.get(2)),
        OrganisationId.of((UUID) row.get(3)), (Boolean) row.get(4), scores);
  }

  private static Relationship relationship(Object first, Object second) {
    return new Relationship(OrganisationId.of((UUID) first), OrganisationId.of((UUID) second));
  }

  private static Ladder ladder(String code, String owner) {
    return Ladders.byCode(code).orElseThrow(() -> new StoreException("the stored " + owner
        + " names an unknown ladder '" + code + "'"));
  }

  /** Builds the content of a record from its row. */
  @FunctionalInterface
  private interface Content<T> {
    T of(UUID record, List<Object> row);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<Recorded<T>> recorded(Map<RecordKind, List<RecordRow>> records,
      RecordKind kind, Map<UUID, List<Object>> rows, String owner, Content<T> content) {
    List<Recorded<T>> out = new ArrayList<>();
    for (RecordRow r : records.get(kind)) {
      List<Object> row = rows.get(r.id());
      if (row == null) {
        throw new StoreException("the stored " + owner + " has no content for the "
            + kind + " record " + r.id());
      }
      out.add(Recorded.of(EvaluationRecordId.of(r.id()), (T) content.of(r.id(), row), r.by(),
          r.at()));
    }
    return out;
  }

  /** The rows of a content table by record id (its first key column). */
  private static Map<UUID, List<Object>> byRecord(Connection c, UUID id,
      ChildTable<PartnershipEvaluation> table) throws SQLException {
    Map<UUID, List<Object>> out = new HashMap<>();
    for (List<Object> row : table.stored(c, id).values()) {
      out.put((UUID) row.get(0), row);
    }
    return out;
  }

  /** The rows of a table of parts of records by record id, each list in its key order. */
  private static Map<UUID, List<List<Object>>> partsByRecord(Connection c, UUID id,
      ChildTable<PartnershipEvaluation> table) throws SQLException {
    Map<UUID, List<List<Object>>> out = new HashMap<>();
    for (List<Object> row : table.stored(c, id).values()) {
      out.computeIfAbsent((UUID) row.get(0), k -> new ArrayList<>()).add(row);
    }
    return out;
  }

  /** Builds the stored evaluation; the model's refusal of it is a store error. */
  @FunctionalInterface
  private interface Part<T> {
    T build() throws SQLException;
  }

  private static <T> T valid(String owner, Part<T> part) throws SQLException {
    try {
      return part.build();
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }
}
