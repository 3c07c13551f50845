package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;
import static pl.lsw.store.jdbc.Columns.uuid;
import static pl.lsw.store.jdbc.FinancingColumns.child;
import static pl.lsw.store.jdbc.FinancingColumns.of;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.initiative.OwnInitiativeProposal;
import pl.lsw.core.financing.initiative.ProposalDecision;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;

/**
 * Own-initiative proposals in the table {@code lsw_own_initiative_proposal} and their
 * organisations in {@code lsw_own_initiative_proposal_org} (see {@code
 * V7__initiatives_and_programmes.sql}). A save is one transaction: the root row is inserted
 * (version 1) or updated {@code WHERE id = ? AND version = ?} (no row changed: a version
 * conflict), then the organisation rows are deleted and written again. A body's proposals are
 * matched by the TERYT code of its area and the year of receipt, served by the index {@code
 * (body_area, received_year, received_on, id)}.
 */
final class JdbcOwnInitiativeProposalRepository implements OwnInitiativeProposalRepository {

  private static final String AGGREGATE = "own-initiative proposal";

  private static final String COLUMNS = "id, version, body_name, body_area, body_kind, task, "
      + "received_on, assessed_on, decision, received_year";

  private static final String DATA_COLUMNS_SET = "body_name = ?, body_area = ?, body_kind = ?, "
      + "task = ?, received_on = ?, assessed_on = ?, decision = ?, received_year = ?";

  private static final int DATA_COLUMNS = 8;

  /** Listing order: day of receipt, then id as text (documented in the port). */
  private static final Comparator<OwnInitiativeProposal> ORDER =
      Comparator.comparing(OwnInitiativeProposal::receivedOn).thenComparing(p -> p.id().toString());

  private final Jdbc jdbc;

  JdbcOwnInitiativeProposalRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public OwnInitiativeProposal save(OwnInitiativeProposal proposal) {
    OwnInitiativeProposal stored = proposal.withVersion(proposal.version() + 1);
    try {
      return jdbc.inTransaction("saving " + AGGREGATE + " " + proposal.id(), c -> {
        if (proposal.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_own_initiative_proposal (" + COLUMNS + ") VALUES (?, ?"
              + ", ?".repeat(DATA_COLUMNS) + ")", ps -> {
                ps.setObject(1, stored.id().value());
                ps.setLong(2, stored.version());
                bindData(ps, 3, stored);
              });
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_own_initiative_proposal SET version = ?, "
              + DATA_COLUMNS_SET + " WHERE id = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                bindData(ps, 2, stored);
                ps.setObject(DATA_COLUMNS + 2, proposal.id().value());
                ps.setLong(DATA_COLUMNS + 3, proposal.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_own_initiative_proposal", "id", proposal.id().value())
                ? conflict(proposal) : noLongerStored(proposal);
          }
          Jdbc.update(c, "DELETE FROM lsw_own_initiative_proposal_org WHERE proposal_id = ?",
              ps -> ps.setObject(1, proposal.id().value()));
        }
        insertOrganisations(c, stored);
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (proposal.version() == 0 && findById(proposal.id()).isPresent()) {
        throw conflict(proposal);
      }
      throw new StoreException("saving " + AGGREGATE + " " + proposal.id()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(proposal);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(OwnInitiativeProposal p) {
    return new VersionConflictException("OwnInitiativeProposal", p.id().toString(), p.version());
  }

  private static NoLongerStoredException noLongerStored(OwnInitiativeProposal p) {
    return new NoLongerStoredException("OwnInitiativeProposal", p.id().toString(), p.version());
  }

  private static void bindData(PreparedStatement ps, int i, OwnInitiativeProposal p)
      throws SQLException {
    FinancingColumns.setBody(ps, i, p.body());
    ps.setString(i + 3, p.task());
    Columns.setDate(ps, i + 4, p.receivedOn());
    Columns.setDate(ps, i + 5, p.assessedOn().orElse(null));
    ps.setString(i + 6, p.decision().map(ProposalDecision::name).orElse(null));
    ps.setInt(i + 7, p.receivedOn().getYear());
  }

  private static void insertOrganisations(Connection c, OwnInitiativeProposal p) throws SQLException {
    UUID id = p.id().value();
    Jdbc.batch(c, "INSERT INTO lsw_own_initiative_proposal_org (proposal_id, list_index, "
        + "organisation_id) VALUES (?, ?, ?)", p.organisations(), (ps, o, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setObject(3, o.value());
        });
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<OwnInitiativeProposal> findById(ProposalId id) {
    return jdbc.read("finding " + AGGREGATE + " " + id, c -> {
      List<OwnInitiativeProposal> found = load(c, "SELECT " + COLUMNS
          + " FROM lsw_own_initiative_proposal WHERE id = ?", ps -> ps.setObject(1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<OwnInitiativeProposal> findByBodyAndYear(GrantingBody body, int year) {
    return jdbc.read("listing the own-initiative proposals to the body of " + body.area() + " in "
        + year, c -> {
          List<OwnInitiativeProposal> found = new ArrayList<>(load(c, "SELECT " + COLUMNS
              + " FROM lsw_own_initiative_proposal WHERE body_area = ? AND received_year = ?"
              + " ORDER BY received_on, id", ps -> {
                ps.setString(1, body.area().value());
                ps.setInt(2, year);
              }));
          // the database orders UUIDs by value; the port promises their text order
          found.sort(ORDER);
          return List.copyOf(found);
        });
  }

  /** A root row: what the proposal table holds, before the organisations are added. */
  private record Root(UUID id, OwnInitiativeProposal.Builder builder) {}

  /** Loads the proposals a query selects, with their organisations, in query order. */
  private static List<OwnInitiativeProposal> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, JdbcOwnInitiativeProposalRepository::root);
    if (roots.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = roots.stream().map(Root::id).toList();
    Map<UUID, List<OrganisationId>> organisations = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT proposal_id, organisation_id FROM lsw_own_initiative_proposal_org WHERE proposal_id"
            + Columns.in(ids.size()) + " ORDER BY proposal_id, list_index", Columns.ids(ids),
        child(AGGREGATE, false, (rs, o) -> OrganisationId.of(uuid(rs, 2)))));
    List<OwnInitiativeProposal> result = new ArrayList<>(roots.size());
    for (Root r : roots) {
      try {
        result.add(r.builder().organisations(of(organisations, r.id())).build());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("the stored " + AGGREGATE + " " + r.id() + " is not valid: "
            + e.getMessage(), e);
      }
    }
    return result;
  }

  private static Root root(ResultSet rs) throws SQLException {
    UUID id = uuid(rs, 1);
    String owner = AGGREGATE + " " + id;
    try {
      Optional<String> decision = Columns.optionalText(rs, 9);
      OwnInitiativeProposal.Builder b = OwnInitiativeProposal.builder()
          .id(ProposalId.of(id))
          .version(rs.getLong(2))
          .body(FinancingColumns.body(rs, 3, owner))
          .task(rs.getString(6))
          .receivedOn(Columns.date(rs, 7))
          .assessedOn(Columns.optionalDate(rs, 8));
      if (decision.isPresent()) {
        b.decision(decode(ProposalDecision.class, decision.get(), owner));
      }
      return new Root(id, b);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }
}
