package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;
import static pl.lsw.store.jdbc.Columns.uuid;
import static pl.lsw.store.jdbc.FinancingColumns.child;
import static pl.lsw.store.jdbc.FinancingColumns.of;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.Announcement;
import pl.lsw.core.financing.competition.AnnouncementItem;
import pl.lsw.core.financing.competition.AnnouncingAct;
import pl.lsw.core.financing.competition.Annulment;
import pl.lsw.core.financing.competition.AnnulmentReason;
import pl.lsw.core.financing.competition.Assessment;
import pl.lsw.core.financing.competition.Award;
import pl.lsw.core.financing.competition.CommitteeMember;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.competition.CompetitionState;
import pl.lsw.core.financing.competition.CooperativeProblem;
import pl.lsw.core.financing.competition.Criterion;
import pl.lsw.core.financing.competition.Nominator;
import pl.lsw.core.financing.competition.NondelegableAct;
import pl.lsw.core.financing.competition.ProblemDefiner;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.competition.Results;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.Offer;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.financing.offer.OfferKind;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Competitions in the table {@code lsw_competition} and its child tables (see {@code
 * V5__competitions.sql}): announcement items and publications, acts, committee members and their
 * conflicts of interest, offers with their applicants, cost items and expected results,
 * assessments with their scores, awards, and the required results of a cooperative problem. A
 * save is one transaction: the root row is inserted (version 1) or updated {@code WHERE id = ?
 * AND version = ?} (no row changed: a version conflict), then every child row is deleted and
 * written again. A body's competitions are matched by the TERYT code of its area.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcCompetitionRepository implements CompetitionRepository {

  private static final String AGGREGATE = "competition";

  private static final String COLUMNS = "id, version, state, title, budget_year, body_name, body_area, "
      + "body_kind, announcing_act, announced_by, mode, max_municipal_share, allocated_funds_grosze, "
      + "offer_deadline, operator_id, closed_on, results_decided_on, annulled_on, annulment_reason, "
      + "coop_statement, coop_defined_by, coop_partnership_id";

  private static final String DATA_COLUMNS_SET = "state = ?, title = ?, budget_year = ?, body_name = ?, "
      + "body_area = ?, body_kind = ?, announcing_act = ?, announced_by = ?, mode = ?, "
      + "max_municipal_share = ?, allocated_funds_grosze = ?, offer_deadline = ?, operator_id = ?, "
      + "closed_on = ?, results_decided_on = ?, annulled_on = ?, annulment_reason = ?, "
      + "coop_statement = ?, coop_defined_by = ?, coop_partnership_id = ?";

  private static final int DATA_COLUMNS = 20;

  private static final List<String> CHILD_TABLES = List.of("lsw_competition_announcement_item",
      "lsw_competition_publication", "lsw_competition_act", "lsw_competition_member",
      "lsw_competition_member_conflict", "lsw_competition_offer", "lsw_competition_offer_applicant",
      "lsw_competition_offer_cost_item", "lsw_competition_offer_result", "lsw_competition_assessment",
      "lsw_competition_assessment_score", "lsw_competition_award", "lsw_competition_required_result");

  /** Listing order: title, then id as text (documented in the port; independent of collations). */
  private static final Comparator<Competition> ORDER =
      Comparator.comparing(Competition::title).thenComparing(c -> c.id().toString());

  private final Jdbc jdbc;

  JdbcCompetitionRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public Competition save(Competition competition) {
    Competition stored = competition.withVersion(competition.version() + 1);
    try {
      return jdbc.inTransaction("saving competition " + competition.id(), c -> {
        if (competition.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_competition (" + COLUMNS + ") VALUES (?, ?"
              + ", ?".repeat(DATA_COLUMNS) + ")", ps -> {
                ps.setObject(1, stored.id().value());
                ps.setLong(2, stored.version());
                bindData(ps, 3, stored);
              });
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_competition SET version = ?, " + DATA_COLUMNS_SET
              + " WHERE id = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                bindData(ps, 2, stored);
                ps.setObject(DATA_COLUMNS + 2, competition.id().value());
                ps.setLong(DATA_COLUMNS + 3, competition.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_competition", "id", competition.id().value())
                ? conflict(competition) : noLongerStored(competition);
          }
          for (String table : CHILD_TABLES) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE competition_id = ?",
                ps -> ps.setObject(1, competition.id().value()));
          }
        }
        insertChildren(c, stored);
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (competition.version() == 0 && findById(competition.id()).isPresent()) {
        throw conflict(competition);
      }
      throw new StoreException("saving competition " + competition.id()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(competition);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(Competition c) {
    return new VersionConflictException("Competition", c.id().toString(), c.version());
  }

  private static NoLongerStoredException noLongerStored(Competition c) {
    return new NoLongerStoredException("Competition", c.id().toString(), c.version());
  }

  private static void bindData(PreparedStatement ps, int i, Competition k) throws SQLException {
    String owner = AGGREGATE + " " + k.id();
    ps.setString(i, k.state().name());
    ps.setString(i + 1, k.title());
    ps.setInt(i + 2, k.budgetYear());
    FinancingColumns.setBody(ps, i + 3, k.body());
    ps.setString(i + 6, k.announcingAct().name());
    ps.setString(i + 7, k.announcedBy());
    ps.setString(i + 8, k.mode().name());
    FinancingColumns.setOptionalPercent(ps, i + 9, k.maxMunicipalShare(), owner);
    FinancingColumns.setMoney(ps, i + 10, k.announcement().allocatedFunds());
    Columns.setDate(ps, i + 11, k.announcement().offerDeadline());
    Columns.setUuid(ps, i + 12, k.operator().map(OrganisationId::value).orElse(null));
    Columns.setDate(ps, i + 13, k.closedOn().orElse(null));
    Columns.setDate(ps, i + 14, k.results().map(Results::decidedOn).orElse(null));
    Columns.setDate(ps, i + 15, k.annulment().map(Annulment::annulledOn).orElse(null));
    Columns.setText(ps, i + 16, k.annulment().map(a -> a.reason().name()));
    Columns.setText(ps, i + 17, k.cooperativeProblem().map(CooperativeProblem::statement));
    Columns.setText(ps, i + 18, k.cooperativeProblem().map(p -> p.definedBy().name()));
    Columns.setUuid(ps, i + 19, k.cooperativeProblem().flatMap(CooperativeProblem::partnership)
        .map(PartnershipId::value).orElse(null));
  }

  private static void insertChildren(Connection c, Competition k) throws SQLException {
    UUID id = k.id().value();
    String owner = AGGREGATE + " " + k.id();
    Jdbc.batch(c, "INSERT INTO lsw_competition_announcement_item (competition_id, item) VALUES (?, ?)",
        k.announcement().contents(), (ps, item, i) -> {
          ps.setObject(1, id);
          ps.setString(2, item.name());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_publication (competition_id, place, published_on) "
        + "VALUES (?, ?, ?)", k.announcement().publications().entrySet(), (ps, e, i) -> {
          ps.setObject(1, id);
          ps.setString(2, e.getKey().name());
          Columns.setDate(ps, 3, e.getValue());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_act (competition_id, act, acting_party) VALUES (?, ?, ?)",
        k.acts().entrySet(), (ps, e, i) -> {
          ps.setObject(1, id);
          ps.setString(2, e.getKey().name());
          ps.setString(3, e.getValue().name());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_member (competition_id, list_index, name, nominated_by, "
        + "nominating_organisation) VALUES (?, ?, ?, ?, ?)", k.committee(), (ps, m, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, m.name());
          ps.setString(4, m.nominatedBy().name());
          Columns.setUuid(ps, 5, m.nominatingOrganisation().map(OrganisationId::value).orElse(null));
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_member_conflict (competition_id, member_index, "
        + "list_index, organisation_id) VALUES (?, ?, ?, ?)",
        Columns.Nested.of(k.committee(), m -> List.copyOf(m.conflictsOfInterest())), (ps, n, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, n.parent());
          ps.setInt(3, n.index());
          ps.setObject(4, n.item().value());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_offer (competition_id, list_index, offer_id, kind, task, "
        + "task_start, task_end, requested_grant_grosze, received_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        k.offers(), (ps, o, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setObject(3, o.id().value());
          ps.setString(4, o.kind().name());
          ps.setString(5, o.task());
          FinancingColumns.setRange(ps, 6, o.taskPeriod());
          FinancingColumns.setMoney(ps, 8, o.requestedGrant());
          Columns.setDate(ps, 9, o.receivedOn());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_offer_applicant (competition_id, offer_index, list_index, "
        + "organisation_id) VALUES (?, ?, ?, ?)", Columns.Nested.of(k.offers(), Offer::applicants),
        (ps, n, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, n.parent());
          ps.setInt(3, n.index());
          ps.setObject(4, n.item().value());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_offer_cost_item (competition_id, offer_index, list_index, "
        + FinancingColumns.COST_ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Columns.Nested.of(k.offers(), o -> o.budget().items()), (ps, n, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, n.parent());
          ps.setInt(3, n.index());
          FinancingColumns.setCostItem(ps, 4, n.item(), owner);
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_offer_result (competition_id, offer_index, list_index, "
        + "result) VALUES (?, ?, ?, ?)", Columns.Nested.of(k.offers(), Offer::expectedResults),
        (ps, n, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, n.parent());
          ps.setInt(3, n.index());
          ps.setString(4, n.item());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_assessment (competition_id, list_index, offer_id, "
        + "meets_requirements) VALUES (?, ?, ?, ?)", k.assessments(), (ps, a, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setObject(3, a.offer().value());
          ps.setBoolean(4, a.meetsRequirements());
        });
    Jdbc.batch(c, "INSERT INTO lsw_competition_assessment_score (competition_id, assessment_index, "
        + "criterion, points) VALUES (?, ?, ?, ?)",
        Columns.Nested.of(k.assessments(), a -> List.copyOf(a.scores().entrySet())), (ps, n, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, n.parent());
          ps.setString(3, n.item().getKey().name());
          ps.setInt(4, n.item().getValue());
        });
    List<Award> awards = k.results().map(Results::awards).orElse(List.of());
    Jdbc.batch(c, "INSERT INTO lsw_competition_award (competition_id, list_index, offer_id, grant_grosze) "
        + "VALUES (?, ?, ?, ?)", awards, (ps, a, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setObject(3, a.offer().value());
          FinancingColumns.setMoney(ps, 4, a.grant());
        });
    List<String> required = k.cooperativeProblem().map(CooperativeProblem::requiredResults)
        .orElse(List.of());
    Jdbc.batch(c, "INSERT INTO lsw_competition_required_result (competition_id, list_index, result) "
        + "VALUES (?, ?, ?)", required, (ps, r, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, r);
        });
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<Competition> findById(CompetitionId id) {
    return jdbc.read("finding competition " + id, c -> {
      List<Competition> found = load(c, "SELECT " + COLUMNS + " FROM lsw_competition WHERE id = ?",
          ps -> ps.setObject(1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<Competition> findByBodyAndYear(GrantingBody body, int budgetYear) {
    return jdbc.read("listing the competitions of the body of " + body.area() + " in " + budgetYear,
        c -> {
          List<Competition> found = new ArrayList<>(load(c, "SELECT " + COLUMNS
              + " FROM lsw_competition WHERE body_area = ? AND budget_year = ?", ps -> {
                ps.setString(1, body.area().value());
                ps.setInt(2, budgetYear);
              }));
          found.sort(ORDER);
          return List.copyOf(found);
        });
  }

  /** A root row: what the competition table holds, before the child rows are added. */
  private record Root(UUID id, Competition.Builder builder, Announcement.Builder announcement,
      Optional<LocalDate> decidedOn, Optional<CooperativeProblem.Builder> problem) {}

  /** Loads the competitions a query selects, with every part, in query order. */
  private static List<Competition> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, JdbcCompetitionRepository::root);
    if (roots.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = roots.stream().map(Root::id).toList();
    String in = " WHERE competition_id" + Columns.in(ids.size());
    Jdbc.Binder idBinder = Columns.ids(ids);

    Map<UUID, List<AnnouncementItem>> items = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT competition_id, item FROM lsw_competition_announcement_item" + in
            + " ORDER BY competition_id, item", idBinder,
        child(AGGREGATE, false, (rs, o) -> decode(AnnouncementItem.class, rs.getString(2), o))));
    Map<UUID, List<Map.Entry<PublicationPlace, LocalDate>>> publications = FinancingColumns.byOwner(
        Jdbc.query(c, "SELECT competition_id, place, published_on FROM lsw_competition_publication"
            + in + " ORDER BY competition_id, place", idBinder,
            child(AGGREGATE, false, (rs, o) -> new SimpleImmutableEntry<>(
                decode(PublicationPlace.class, rs.getString(2), o), Columns.date(rs, 3)))));
    Map<UUID, List<Map.Entry<NondelegableAct, ActingParty>>> acts = FinancingColumns.byOwner(
        Jdbc.query(c, "SELECT competition_id, act, acting_party FROM lsw_competition_act" + in
            + " ORDER BY competition_id, act", idBinder,
            child(AGGREGATE, false, (rs, o) -> new SimpleImmutableEntry<>(
                decode(NondelegableAct.class, rs.getString(2), o),
                decode(ActingParty.class, rs.getString(3), o)))));
    Map<UUID, Map<Integer, List<OrganisationId>>> conflicts = FinancingColumns.byOwnerAndParent(
        Jdbc.query(c, "SELECT competition_id, member_index, organisation_id "
            + "FROM lsw_competition_member_conflict" + in
            + " ORDER BY competition_id, member_index, list_index", idBinder,
            child(AGGREGATE, true, (rs, o) -> OrganisationId.of(uuid(rs, 3)))));
    Map<UUID, List<CommitteeMember.Builder>> members = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT competition_id, name, nominated_by, nominating_organisation "
            + "FROM lsw_competition_member" + in + " ORDER BY competition_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> CommitteeMember.builder().name(rs.getString(2))
            .nominatedBy(decode(Nominator.class, rs.getString(3), o))
            .nominatingOrganisation(Columns.optionalUuid(rs, 4).map(OrganisationId::of)))));
    Map<UUID, Map<Integer, List<OrganisationId>>> applicants = FinancingColumns.byOwnerAndParent(
        Jdbc.query(c, "SELECT competition_id, offer_index, organisation_id "
            + "FROM lsw_competition_offer_applicant" + in
            + " ORDER BY competition_id, offer_index, list_index", idBinder,
            child(AGGREGATE, true, (rs, o) -> OrganisationId.of(uuid(rs, 3)))));
    Map<UUID, Map<Integer, List<CostItem>>> costItems = FinancingColumns.byOwnerAndParent(
        Jdbc.query(c, "SELECT competition_id, offer_index, " + FinancingColumns.COST_ITEM_COLUMNS
            + " FROM lsw_competition_offer_cost_item" + in
            + " ORDER BY competition_id, offer_index, list_index", idBinder,
            child(AGGREGATE, true, (rs, o) -> FinancingColumns.costItem(rs, 3, o))));
    Map<UUID, Map<Integer, List<String>>> offerResults = FinancingColumns.byOwnerAndParent(
        Jdbc.query(c, "SELECT competition_id, offer_index, result FROM lsw_competition_offer_result"
            + in + " ORDER BY competition_id, offer_index, list_index", idBinder,
            child(AGGREGATE, true, (rs, o) -> rs.getString(3))));
    Map<UUID, List<Offer.Builder>> offers = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT competition_id, offer_id, kind, task, task_start, task_end, requested_grant_grosze, "
            + "received_on FROM lsw_competition_offer" + in + " ORDER BY competition_id, list_index",
        idBinder, child(AGGREGATE, false, (rs, o) -> Offer.builder().id(OfferId.of(uuid(rs, 2)))
            .kind(decode(OfferKind.class, rs.getString(3), o)).task(rs.getString(4))
            .taskPeriod(FinancingColumns.range(rs, 5)).requestedGrant(FinancingColumns.money(rs, 7))
            .receivedOn(Columns.date(rs, 8)))));
    Map<UUID, Map<Integer, List<Map.Entry<Criterion, Integer>>>> scores =
        FinancingColumns.byOwnerAndParent(Jdbc.query(c, "SELECT competition_id, assessment_index, "
            + "criterion, points FROM lsw_competition_assessment_score" + in
            + " ORDER BY competition_id, assessment_index, criterion", idBinder,
            child(AGGREGATE, true, (rs, o) -> new SimpleImmutableEntry<>(
                decode(Criterion.class, rs.getString(3), o), rs.getInt(4)))));
    Map<UUID, List<Assessment.Builder>> assessments = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT competition_id, offer_id, meets_requirements FROM lsw_competition_assessment" + in
            + " ORDER BY competition_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> Assessment.builder().offer(OfferId.of(uuid(rs, 2)))
            .meetsRequirements(rs.getBoolean(3)))));
    Map<UUID, List<Award>> awards = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT competition_id, offer_id, grant_grosze FROM lsw_competition_award" + in
            + " ORDER BY competition_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> new Award(OfferId.of(uuid(rs, 2)),
            FinancingColumns.money(rs, 3)))));
    Map<UUID, List<String>> required = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT competition_id, result FROM lsw_competition_required_result" + in
            + " ORDER BY competition_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> rs.getString(2))));

    List<Competition> result = new ArrayList<>(roots.size());
    for (Root r : roots) {
      UUID id = r.id();
      try {
        Announcement.Builder announcement = r.announcement().contents(of(items, id));
        of(publications, id).forEach(announcement::putPublication);
        Competition.Builder b = r.builder().announcement(announcement.build());
        of(acts, id).forEach(b::putAct);
        List<CommitteeMember.Builder> committee = of(members, id);
        for (int i = 0; i < committee.size(); i++) {
          b.addCommittee(committee.get(i).conflictsOfInterest(of(conflicts, id, i)).build());
        }
        List<Offer.Builder> offerRows = of(offers, id);
        for (int i = 0; i < offerRows.size(); i++) {
          b.addOffer(offerRows.get(i).applicants(of(applicants, id, i))
              .budget(Budget.of(of(costItems, id, i))).expectedResults(of(offerResults, id, i)).build());
        }
        List<Assessment.Builder> assessmentRows = of(assessments, id);
        for (int i = 0; i < assessmentRows.size(); i++) {
          Assessment.Builder a = assessmentRows.get(i);
          of(scores, id, i).forEach(a::putScore);
          b.addAssessment(a.build());
        }
        if (r.decidedOn().isPresent()) {
          b.results(Results.builder().decidedOn(r.decidedOn().get()).awards(of(awards, id)).build());
        }
        if (r.problem().isPresent()) {
          b.cooperativeProblem(r.problem().get().requiredResults(of(required, id)).build());
        }
        result.add(b.build());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("the stored competition " + id + " is not valid: "
            + e.getMessage(), e);
      }
    }
    return result;
  }

  private static Root root(ResultSet rs) throws SQLException {
    UUID id = uuid(rs, 1);
    String owner = AGGREGATE + " " + id;
    try {
      Competition.Builder b = Competition.builder()
          .id(CompetitionId.of(id))
          .version(rs.getLong(2))
          .state(decode(CompetitionState.class, rs.getString(3), owner))
          .title(rs.getString(4))
          .budgetYear(rs.getInt(5))
          .body(FinancingColumns.body(rs, 6, owner))
          .announcingAct(decode(AnnouncingAct.class, rs.getString(9), owner))
          .announcedBy(rs.getString(10))
          .mode(decode(FundingMode.class, rs.getString(11), owner))
          .maxMunicipalShare(FinancingColumns.optionalPercent(rs, 12))
          .operator(Columns.optionalUuid(rs, 15).map(OrganisationId::of))
          .closedOn(Columns.optionalDate(rs, 16));
      Announcement.Builder announcement = Announcement.builder()
          .allocatedFunds(FinancingColumns.money(rs, 13))
          .offerDeadline(Columns.date(rs, 14));
      Optional<LocalDate> annulledOn = Columns.optionalDate(rs, 18);
      if (annulledOn.isPresent()) {
        b.annulment(new Annulment(annulledOn.get(),
            decode(AnnulmentReason.class, rs.getString(19), owner)));
      }
      Optional<String> definedBy = Columns.optionalText(rs, 21);
      Optional<CooperativeProblem.Builder> problem = definedBy.isPresent()
          ? Optional.of(CooperativeProblem.builder().statement(rs.getString(20))
              .definedBy(decode(ProblemDefiner.class, definedBy.get(), owner))
              .partnership(Columns.optionalUuid(rs, 22).map(PartnershipId::of)))
          : Optional.empty();
      return new Root(id, b, announcement, Columns.optionalDate(rs, 17), problem);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }
}
