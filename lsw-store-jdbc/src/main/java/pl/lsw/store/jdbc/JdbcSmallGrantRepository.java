package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;
import static pl.lsw.store.jdbc.Columns.uuid;
import static pl.lsw.store.jdbc.FinancingColumns.child;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.financing.smallgrant.Comment;
import pl.lsw.core.financing.smallgrant.CommentAuthorKind;
import pl.lsw.core.financing.smallgrant.Consideration;
import pl.lsw.core.financing.smallgrant.ConsiderationOutcome;
import pl.lsw.core.financing.smallgrant.Publication;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantStatus;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;

/**
 * Small grants in the tables {@code lsw_small_grant}, {@code lsw_small_grant_publication} and
 * {@code lsw_small_grant_comment}, and planned NGO-grant budgets in {@code
 * lsw_planned_grant_budget} (see {@code V4__small_grants.sql}). A save is one transaction: the
 * root row is inserted (version 1) or updated {@code WHERE id = ? AND version = ?} (no row
 * changed: a version conflict), then the child rows are deleted and written again.
 *
 * <p>The root row also keeps the grant date and its year, so that the listings of one
 * organisation's or one body's year — what the cross-grant rules read — are served by the
 * indexes {@code (applicant_id, grant_year, grant_date, id)} and {@code (body_area, grant_year,
 * grant_date, id)} in the listing order, one page at a time (a count, the page's root rows, and
 * the page's child rows in one query per child table).
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcSmallGrantRepository implements SmallGrantRepository {

  private static final String AGGREGATE = "SmallGrant";

  private static final String COLUMNS = "id, version, body_name, body_area, body_kind, applicant_id, "
      + "applicant_nip, task_title, local_or_regional, task_start, task_end, amount_grosze, mode, "
      + "offer_received, comment_period_closed_on, contract_date, ended_on, refusal_reason, status, "
      + "grant_date, grant_year";

  private static final String DATA_COLUMNS_SET = "body_name = ?, body_area = ?, body_kind = ?, "
      + "applicant_id = ?, applicant_nip = ?, task_title = ?, local_or_regional = ?, task_start = ?, "
      + "task_end = ?, amount_grosze = ?, mode = ?, offer_received = ?, comment_period_closed_on = ?, "
      + "contract_date = ?, ended_on = ?, refusal_reason = ?, status = ?, grant_date = ?, grant_year = ?";

  private static final int DATA_COLUMNS = 19;

  private static final String ORDER = " ORDER BY grant_date, id ";

  private static final List<String> CHILD_TABLES =
      List.of("lsw_small_grant_publication", "lsw_small_grant_comment");

  private final Jdbc jdbc;

  JdbcSmallGrantRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public SmallGrant save(SmallGrant grant) {
    SmallGrant stored = grant.withVersion(grant.version() + 1);
    try {
      return jdbc.inTransaction("saving small grant " + grant.id(), c -> {
        if (grant.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_small_grant (" + COLUMNS + ") VALUES (?, ?"
              + ", ?".repeat(DATA_COLUMNS) + ")", ps -> {
                ps.setObject(1, stored.id().value());
                ps.setLong(2, stored.version());
                bindData(ps, 3, stored);
              });
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_small_grant SET version = ?, " + DATA_COLUMNS_SET
              + " WHERE id = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                bindData(ps, 2, stored);
                ps.setObject(DATA_COLUMNS + 2, grant.id().value());
                ps.setLong(DATA_COLUMNS + 3, grant.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_small_grant", "id", grant.id().value())
                ? conflict(grant) : noLongerStored(grant);
          }
          for (String table : CHILD_TABLES) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE grant_id = ?",
                ps -> ps.setObject(1, grant.id().value()));
          }
        }
        insertChildren(c, stored);
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (grant.version() == 0 && findById(grant.id()).isPresent()) {
        throw conflict(grant);
      }
      throw new StoreException("saving small grant " + grant.id()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(grant);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(SmallGrant g) {
    return new VersionConflictException(AGGREGATE, g.id().toString(), g.version());
  }

  private static NoLongerStoredException noLongerStored(SmallGrant g) {
    return new NoLongerStoredException(AGGREGATE, g.id().toString(), g.version());
  }

  private static void bindData(PreparedStatement ps, int i, SmallGrant g) throws SQLException {
    FinancingColumns.setBody(ps, i, g.body());
    ps.setObject(i + 3, g.applicant().value());
    Columns.setText(ps, i + 4, g.applicantNip().map(Nip::value));
    ps.setString(i + 5, g.taskTitle());
    ps.setBoolean(i + 6, g.localOrRegional());
    FinancingColumns.setRange(ps, i + 7, g.taskPeriod());
    FinancingColumns.setMoney(ps, i + 9, g.amount());
    ps.setString(i + 10, g.mode().name());
    Columns.setDate(ps, i + 11, g.offerReceived());
    Columns.setDate(ps, i + 12, g.commentPeriodClosedOn().orElse(null));
    Columns.setDate(ps, i + 13, g.contractDate().orElse(null));
    Columns.setDate(ps, i + 14, g.endedOn().orElse(null));
    Columns.setText(ps, i + 15, g.refusalReason());
    ps.setString(i + 16, g.status().name());
    Columns.setDate(ps, i + 17, g.grantDate());
    ps.setInt(i + 18, g.grantYear());
  }

  private static void insertChildren(Connection c, SmallGrant g) throws SQLException {
    UUID id = g.id().value();
    Jdbc.batch(c, "INSERT INTO lsw_small_grant_publication (grant_id, list_index, place, posted_from, "
        + "posted_until) VALUES (?, ?, ?, ?, ?)", g.publications(), (ps, p, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, p.place().name());
          Columns.setDate(ps, 4, p.postedFrom());
          Columns.setDate(ps, 5, p.postedUntil());
        });
    Jdbc.batch(c, "INSERT INTO lsw_small_grant_comment (grant_id, list_index, received, author_kind, "
        + "text_reference, considered_on, consideration_outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
        g.comments(), (ps, comment, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          Columns.setDate(ps, 3, comment.received());
          ps.setString(4, comment.authorKind().name());
          ps.setString(5, comment.textReference());
          Columns.setDate(ps, 6, comment.consideration().map(Consideration::date).orElse(null));
          ps.setString(7, comment.consideration().map(k -> k.outcome().name()).orElse(null));
        });
  }

  @Override
  public PlannedGrantBudget savePlannedBudget(PlannedGrantBudget budget) {
    String what = "saving the planned grant budget of " + budget.body().area() + " for "
        + budget.year();
    Jdbc.Work<PlannedGrantBudget> upsert = c -> {
      int changed = Jdbc.update(c, "UPDATE lsw_planned_grant_budget SET body_name = ?, body_kind = ?, "
          + "amount_grosze = ? WHERE body_area = ? AND budget_year = ?", ps -> {
            ps.setString(1, budget.body().name());
            ps.setString(2, budget.body().kind().name());
            FinancingColumns.setMoney(ps, 3, budget.amount());
            ps.setString(4, budget.body().area().value());
            ps.setInt(5, budget.year());
          });
      if (changed == 0) {
        Jdbc.update(c, "INSERT INTO lsw_planned_grant_budget (body_name, body_area, body_kind, "
            + "budget_year, amount_grosze) VALUES (?, ?, ?, ?, ?)", ps -> {
              FinancingColumns.setBody(ps, 1, budget.body());
              ps.setInt(4, budget.year());
              FinancingColumns.setMoney(ps, 5, budget.amount());
            });
      }
      return budget;
    };
    try {
      return jdbc.inTransaction(what, upsert);
    } catch (Jdbc.UniqueViolation e) {
      // another save inserted the same body and year first; now the update finds its row
      try {
        return jdbc.inTransaction(what, upsert);
      } catch (Jdbc.UniqueViolation again) {
        throw new StoreException(what + " failed: " + again.getMessage(), again.getCause());
      }
    }
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<SmallGrant> findById(GrantId id) {
    return jdbc.read("finding small grant " + id, c -> {
      List<SmallGrant> found = load(c, "SELECT " + COLUMNS + " FROM lsw_small_grant WHERE id = ?",
          ps -> ps.setObject(1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public Page<SmallGrant> findByOrganisationAndYear(OrganisationId organisation, int year,
      PageRequest page) {
    return findPage("listing the small grants of organisation " + organisation + " in " + year,
        "applicant_id = ? AND grant_year = ?", ps -> {
          ps.setObject(1, organisation.value());
          ps.setInt(2, year);
        }, page);
  }

  @Override
  public Page<SmallGrant> findByBodyAndYear(TerytCode bodyArea, int year, PageRequest page) {
    return findPage("listing the small grants of the body of " + bodyArea + " in " + year,
        "body_area = ? AND grant_year = ?", ps -> {
          ps.setString(1, bodyArea.value());
          ps.setInt(2, year);
        }, page);
  }

  /** One page of a listing; {@code where} has exactly two parameters, bound by {@code binder}. */
  private Page<SmallGrant> findPage(String what, String where, Jdbc.Binder binder, PageRequest page) {
    return jdbc.read(what, c -> {
      long total = Jdbc.queryLong(c, "SELECT COUNT(*) FROM lsw_small_grant WHERE " + where, binder);
      if (total <= page.offset()) {
        return new Page<>(List.of(), page, total);
      }
      List<SmallGrant> items = load(c, "SELECT " + COLUMNS + " FROM lsw_small_grant WHERE " + where
          + ORDER + jdbc.dialect().limitOffset(), ps -> {
            binder.bind(ps);
            ps.setInt(3, page.size());
            ps.setLong(4, page.offset());
          });
      return new Page<>(items, page, total);
    });
  }

  @Override
  public Optional<PlannedGrantBudget> findPlannedBudget(TerytCode bodyArea, int year) {
    String what = "finding the planned grant budget of " + bodyArea + " for " + year;
    return jdbc.read(what, c -> {
      List<PlannedGrantBudget> found = Jdbc.query(c, "SELECT body_name, body_area, body_kind, "
          + "budget_year, amount_grosze FROM lsw_planned_grant_budget WHERE body_area = ? "
          + "AND budget_year = ?", ps -> {
            ps.setString(1, bodyArea.value());
            ps.setInt(2, year);
          }, rs -> {
            try {
              return new PlannedGrantBudget(FinancingColumns.body(rs, 1, "planned budget"),
                  rs.getInt(4), FinancingColumns.money(rs, 5));
            } catch (StoreException e) {
              throw e;
            } catch (RuntimeException e) {
              throw new StoreException("the stored " + what.substring("finding ".length())
                  + " is not valid: " + e.getMessage(), e);
            }
          });
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  /** A root row: the grant without its publications and comments. */
  private record Root(UUID id, SmallGrant.Builder builder) {}

  /** Loads the grants a query selects, with their publications and comments, in query order. */
  private static List<SmallGrant> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, JdbcSmallGrantRepository::root);
    if (roots.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = roots.stream().map(Root::id).toList();
    String in = " WHERE grant_id" + Columns.in(ids.size());
    Map<UUID, List<Publication>> publications = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT grant_id, place, posted_from, posted_until FROM lsw_small_grant_publication" + in
            + " ORDER BY grant_id, list_index", Columns.ids(ids),
        child(AGGREGATE, false, (rs, owner) -> new Publication(
            decode(PublicationPlace.class, rs.getString(2), owner), Columns.date(rs, 3),
            Columns.date(rs, 4)))));
    Map<UUID, List<Comment>> comments = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT grant_id, received, author_kind, text_reference, considered_on, "
            + "consideration_outcome FROM lsw_small_grant_comment" + in
            + " ORDER BY grant_id, list_index", Columns.ids(ids),
        child(AGGREGATE, false, (rs, owner) -> {
          Optional<java.time.LocalDate> consideredOn = Columns.optionalDate(rs, 5);
          Optional<Consideration> consideration = consideredOn.isPresent()
              ? Optional.of(new Consideration(consideredOn.get(),
                  decode(ConsiderationOutcome.class, rs.getString(6), owner)))
              : Optional.empty();
          return new Comment(Columns.date(rs, 2), decode(CommentAuthorKind.class, rs.getString(3),
              owner), rs.getString(4), consideration);
        })));
    List<SmallGrant> result = new ArrayList<>(roots.size());
    for (Root r : roots) {
      try {
        result.add(r.builder()
            .publications(FinancingColumns.of(publications, r.id()))
            .comments(FinancingColumns.of(comments, r.id()))
            .build());
      } catch (RuntimeException e) {
        throw new StoreException("the stored small grant " + r.id() + " is not valid: "
            + e.getMessage(), e);
      }
    }
    return result;
  }

  private static Root root(ResultSet rs) throws SQLException {
    UUID id = uuid(rs, 1);
    String owner = "small grant " + id;
    try {
      GrantingBody body = FinancingColumns.body(rs, 3, owner);
      SmallGrant.Builder b = SmallGrant.builder()
          .id(GrantId.of(id))
          .version(rs.getLong(2))
          .body(body)
          .applicant(OrganisationId.of(uuid(rs, 6)))
          .applicantNip(Columns.optionalText(rs, 7).map(Nip::of))
          .taskTitle(rs.getString(8))
          .localOrRegional(rs.getBoolean(9))
          .taskPeriod(FinancingColumns.range(rs, 10))
          .amount(FinancingColumns.money(rs, 12))
          .mode(decode(FundingMode.class, rs.getString(13), owner))
          .offerReceived(Columns.date(rs, 14))
          .commentPeriodClosedOn(Columns.optionalDate(rs, 15))
          .contractDate(Columns.optionalDate(rs, 16))
          .endedOn(Columns.optionalDate(rs, 17))
          .refusalReason(Columns.optionalText(rs, 18))
          .status(decode(SmallGrantStatus.class, rs.getString(19), owner));
      return new Root(id, b);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }
}
