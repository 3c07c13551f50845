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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.contract.Amendment;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.contract.CostShift;
import pl.lsw.core.financing.contract.FinalReport;
import pl.lsw.core.financing.contract.GrantReturn;
import pl.lsw.core.financing.contract.MisuseFinding;
import pl.lsw.core.financing.contract.PartialReportDemand;
import pl.lsw.core.financing.contract.ReturnKind;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.OfferId;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Grant contracts in the table {@code lsw_contract} and its child tables (see {@code
 * V6__contracts.sql}): parties, expected results, the cost items of the budget and of each
 * amendment's new budget, amendments, cost shifts, partial-report demands, misuse findings and
 * returns. A save is one transaction: the root row is inserted (version 1) or updated {@code
 * WHERE id = ? AND version = ?} (no row changed: a version conflict), then every child row is
 * deleted and written again. A body's contracts are matched by the TERYT code of its area and
 * the year their task starts, served by the index {@code (body_area, task_year, signed_on, id)}.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcContractRepository implements ContractRepository {

  private static final String AGGREGATE = "contract";

  /** The {@code amendment_index} of the cost items of the contract's own budget. */
  private static final int CONTRACT_BUDGET = -1;

  private static final String COLUMNS = "id, version, body_name, body_area, body_kind, procedure_code, "
      + "mode, competition_id, offer_id, partnership_id, signed_on, grant_grosze, task_start, task_end, "
      + "allowed_shift_share, final_report_submitted_on, final_report_spent_grosze, task_year";

  private static final String DATA_COLUMNS_SET = "body_name = ?, body_area = ?, body_kind = ?, "
      + "procedure_code = ?, mode = ?, competition_id = ?, offer_id = ?, partnership_id = ?, "
      + "signed_on = ?, grant_grosze = ?, task_start = ?, task_end = ?, allowed_shift_share = ?, "
      + "final_report_submitted_on = ?, final_report_spent_grosze = ?, task_year = ?";

  private static final int DATA_COLUMNS = 16;

  private static final List<String> CHILD_TABLES = List.of("lsw_contract_party", "lsw_contract_result",
      "lsw_contract_amendment", "lsw_contract_cost_item", "lsw_contract_cost_shift",
      "lsw_contract_report_demand", "lsw_contract_misuse", "lsw_contract_return");

  /** Listing order: signing date, then id as text (documented in the port). */
  private static final Comparator<Contract> ORDER =
      Comparator.comparing(Contract::signedOn).thenComparing(c -> c.id().toString());

  private final Jdbc jdbc;

  JdbcContractRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public Contract save(Contract contract) {
    Contract stored = contract.withVersion(contract.version() + 1);
    try {
      return jdbc.inTransaction("saving contract " + contract.id(), c -> {
        if (contract.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_contract (" + COLUMNS + ") VALUES (?, ?"
              + ", ?".repeat(DATA_COLUMNS) + ")", ps -> {
                ps.setObject(1, stored.id().value());
                ps.setLong(2, stored.version());
                bindData(ps, 3, stored);
              });
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_contract SET version = ?, " + DATA_COLUMNS_SET
              + " WHERE id = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                bindData(ps, 2, stored);
                ps.setObject(DATA_COLUMNS + 2, contract.id().value());
                ps.setLong(DATA_COLUMNS + 3, contract.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_contract", "id", contract.id().value())
                ? conflict(contract) : noLongerStored(contract);
          }
          for (String table : CHILD_TABLES) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE contract_id = ?",
                ps -> ps.setObject(1, contract.id().value()));
          }
        }
        insertChildren(c, stored);
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (contract.version() == 0 && findById(contract.id()).isPresent()) {
        throw conflict(contract);
      }
      throw new StoreException("saving contract " + contract.id()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(contract);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(Contract c) {
    return new VersionConflictException("Contract", c.id().toString(), c.version());
  }

  private static NoLongerStoredException noLongerStored(Contract c) {
    return new NoLongerStoredException("Contract", c.id().toString(), c.version());
  }

  private static void bindData(PreparedStatement ps, int i, Contract k) throws SQLException {
    String owner = AGGREGATE + " " + k.id();
    FinancingColumns.setBody(ps, i, k.body());
    ps.setString(i + 3, k.procedure().code());
    ps.setString(i + 4, k.mode().name());
    Columns.setUuid(ps, i + 5, k.competition().map(CompetitionId::value).orElse(null));
    Columns.setUuid(ps, i + 6, k.offer().map(OfferId::value).orElse(null));
    Columns.setUuid(ps, i + 7, k.partnership().map(PartnershipId::value).orElse(null));
    Columns.setDate(ps, i + 8, k.signedOn());
    FinancingColumns.setMoney(ps, i + 9, k.grantAmount());
    FinancingColumns.setRange(ps, i + 10, k.taskPeriod());
    FinancingColumns.setPercent(ps, i + 12, k.allowedShiftShare(), owner);
    Columns.setDate(ps, i + 13, k.finalReport().map(FinalReport::submittedOn).orElse(null));
    FinancingColumns.setOptionalMoney(ps, i + 14, k.finalReport().map(FinalReport::grantSpent));
    ps.setInt(i + 15, k.year());
  }

  private static void insertChildren(Connection c, Contract k) throws SQLException {
    UUID id = k.id().value();
    String owner = AGGREGATE + " " + k.id();
    Jdbc.batch(c, "INSERT INTO lsw_contract_party (contract_id, list_index, organisation_id) "
        + "VALUES (?, ?, ?)", k.parties(), (ps, p, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setObject(3, p.value());
        });
    Jdbc.batch(c, "INSERT INTO lsw_contract_result (contract_id, list_index, result) VALUES (?, ?, ?)",
        k.expectedResults(), (ps, r, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, r);
        });
    Jdbc.batch(c, "INSERT INTO lsw_contract_amendment (contract_id, list_index, number, signed_on, "
        + "description, has_budget, grant_grosze, task_start, task_end) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", k.amendments(), (ps, a, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setInt(3, a.number());
          Columns.setDate(ps, 4, a.signedOn());
          ps.setString(5, a.description());
          ps.setBoolean(6, a.budget().isPresent());
          FinancingColumns.setOptionalMoney(ps, 7, a.grantAmount());
          FinancingColumns.setOptionalRange(ps, 8, a.taskPeriod());
        });
    List<Columns.Nested<CostItem>> items = new ArrayList<>();
    List<CostItem> own = k.budget().items();
    for (int i = 0; i < own.size(); i++) {
      items.add(new Columns.Nested<>(CONTRACT_BUDGET, i, own.get(i)));
    }
    items.addAll(Columns.Nested.of(k.amendments(),
        a -> a.budget().map(Budget::items).orElse(List.of())));
    Jdbc.batch(c, "INSERT INTO lsw_contract_cost_item (contract_id, amendment_index, list_index, "
        + FinancingColumns.COST_ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", items,
        (ps, n, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, n.parent());
          ps.setInt(3, n.index());
          FinancingColumns.setCostItem(ps, 4, n.item(), owner);
        });
    Jdbc.batch(c, "INSERT INTO lsw_contract_cost_shift (contract_id, list_index, from_item, to_item, "
        + "amount_grosze, shifted_on) VALUES (?, ?, ?, ?, ?, ?)", k.costShifts(), (ps, s, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setInt(3, s.fromItem());
          ps.setInt(4, s.toItem());
          FinancingColumns.setMoney(ps, 5, s.amount());
          Columns.setDate(ps, 6, s.on());
        });
    Jdbc.batch(c, "INSERT INTO lsw_contract_report_demand (contract_id, list_index, demanded_on, due_on, "
        + "submitted_on) VALUES (?, ?, ?, ?, ?)", k.partialReportDemands(), (ps, d, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          Columns.setDate(ps, 3, d.demandedOn());
          Columns.setDate(ps, 4, d.dueOn());
          Columns.setDate(ps, 5, d.submittedOn().orElse(null));
        });
    Jdbc.batch(c, "INSERT INTO lsw_contract_misuse (contract_id, list_index, found_on, amount_grosze, "
        + "description) VALUES (?, ?, ?, ?, ?)", k.misuseFindings(), (ps, m, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          Columns.setDate(ps, 3, m.foundOn());
          FinancingColumns.setMoney(ps, 4, m.amount());
          ps.setString(5, m.description());
        });
    Jdbc.batch(c, "INSERT INTO lsw_contract_return (contract_id, list_index, kind, amount_grosze, "
        + "paid_on) VALUES (?, ?, ?, ?, ?)", k.returns(), (ps, r, i) -> {
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, r.kind().name());
          FinancingColumns.setMoney(ps, 4, r.amount());
          Columns.setDate(ps, 5, r.paidOn());
        });
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<Contract> findById(ContractId id) {
    return jdbc.read("finding contract " + id, c -> {
      List<Contract> found = load(c, "SELECT " + COLUMNS + " FROM lsw_contract WHERE id = ?",
          ps -> ps.setObject(1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<Contract> findByBodyAndYear(GrantingBody body, int year) {
    return jdbc.read("listing the contracts of the body of " + body.area() + " in " + year, c -> {
      List<Contract> found = new ArrayList<>(load(c, "SELECT " + COLUMNS
          + " FROM lsw_contract WHERE body_area = ? AND task_year = ? ORDER BY signed_on, id", ps -> {
            ps.setString(1, body.area().value());
            ps.setInt(2, year);
          }));
      found.sort(ORDER);
      return List.copyOf(found);
    });
  }

  /** An amendment row before its new budget's items are added. */
  private record AmendmentRow(Amendment.Builder builder, boolean hasBudget) {}

  /** A root row: what the contract table holds, before the child rows are added. */
  private record Root(UUID id, Contract.Builder builder) {}

  /** Loads the contracts a query selects, with every part, in query order. */
  private static List<Contract> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, JdbcContractRepository::root);
    if (roots.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = roots.stream().map(Root::id).toList();
    String in = " WHERE contract_id" + Columns.in(ids.size());
    Jdbc.Binder idBinder = Columns.ids(ids);

    Map<UUID, List<OrganisationId>> parties = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT contract_id, organisation_id FROM lsw_contract_party" + in
            + " ORDER BY contract_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> OrganisationId.of(uuid(rs, 2)))));
    Map<UUID, List<String>> results = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT contract_id, result FROM lsw_contract_result" + in
            + " ORDER BY contract_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> rs.getString(2))));
    Map<UUID, Map<Integer, List<CostItem>>> items = FinancingColumns.byOwnerAndParent(Jdbc.query(c,
        "SELECT contract_id, amendment_index, " + FinancingColumns.COST_ITEM_COLUMNS
            + " FROM lsw_contract_cost_item" + in
            + " ORDER BY contract_id, amendment_index, list_index", idBinder,
        child(AGGREGATE, true, (rs, o) -> FinancingColumns.costItem(rs, 3, o))));
    Map<UUID, List<AmendmentRow>> amendments = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT contract_id, number, signed_on, description, has_budget, grant_grosze, task_start, "
            + "task_end FROM lsw_contract_amendment" + in + " ORDER BY contract_id, list_index",
        idBinder, child(AGGREGATE, false, (rs, o) -> new AmendmentRow(Amendment.builder()
            .number(rs.getInt(2)).signedOn(Columns.date(rs, 3)).description(rs.getString(4))
            .grantAmount(FinancingColumns.optionalMoney(rs, 6))
            .taskPeriod(FinancingColumns.optionalRange(rs, 7)), rs.getBoolean(5)))));
    Map<UUID, List<CostShift>> shifts = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT contract_id, from_item, to_item, amount_grosze, shifted_on FROM lsw_contract_cost_shift"
            + in + " ORDER BY contract_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> CostShift.of(rs.getInt(2), rs.getInt(3),
            FinancingColumns.money(rs, 4), Columns.date(rs, 5)))));
    Map<UUID, List<PartialReportDemand>> demands = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT contract_id, demanded_on, due_on, submitted_on FROM lsw_contract_report_demand" + in
            + " ORDER BY contract_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> new PartialReportDemand(Columns.date(rs, 2),
            Columns.date(rs, 3), Columns.optionalDate(rs, 4)))));
    Map<UUID, List<MisuseFinding>> misuses = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT contract_id, found_on, amount_grosze, description FROM lsw_contract_misuse" + in
            + " ORDER BY contract_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> new MisuseFinding(Columns.date(rs, 2),
            FinancingColumns.money(rs, 3), rs.getString(4)))));
    Map<UUID, List<GrantReturn>> returns = FinancingColumns.byOwner(Jdbc.query(c,
        "SELECT contract_id, kind, amount_grosze, paid_on FROM lsw_contract_return" + in
            + " ORDER BY contract_id, list_index", idBinder,
        child(AGGREGATE, false, (rs, o) -> new GrantReturn(decode(ReturnKind.class, rs.getString(2), o),
            FinancingColumns.money(rs, 3), Columns.date(rs, 4)))));

    List<Contract> result = new ArrayList<>(roots.size());
    for (Root r : roots) {
      UUID id = r.id();
      try {
        Contract.Builder b = r.builder()
            .parties(of(parties, id))
            .expectedResults(of(results, id))
            .budget(Budget.of(of(items, id, CONTRACT_BUDGET)))
            .costShifts(of(shifts, id))
            .partialReportDemands(of(demands, id))
            .misuseFindings(of(misuses, id))
            .returns(of(returns, id));
        List<AmendmentRow> rows = of(amendments, id);
        for (int i = 0; i < rows.size(); i++) {
          AmendmentRow a = rows.get(i);
          if (a.hasBudget()) {
            a.builder().budget(Budget.of(of(items, id, i)));
          }
          b.addAmendment(a.builder().build());
        }
        result.add(b.build());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("the stored contract " + id + " is not valid: " + e.getMessage(), e);
      }
    }
    return result;
  }

  private static Root root(ResultSet rs) throws SQLException {
    UUID id = uuid(rs, 1);
    String owner = AGGREGATE + " " + id;
    try {
      Optional<LocalDate> reported = Columns.optionalDate(rs, 16);
      Optional<Money> spent = FinancingColumns.optionalMoney(rs, 17);
      Contract.Builder b = Contract.builder()
          .id(ContractId.of(id))
          .version(rs.getLong(2))
          .body(FinancingColumns.body(rs, 3, owner))
          .procedure(FundingProcedure.ofCode(rs.getString(6)))
          .mode(decode(FundingMode.class, rs.getString(7), owner))
          .competition(Columns.optionalUuid(rs, 8).map(CompetitionId::of))
          .offer(Columns.optionalUuid(rs, 9).map(OfferId::of))
          .partnership(Columns.optionalUuid(rs, 10).map(PartnershipId::of))
          .signedOn(Columns.date(rs, 11))
          .grantAmount(FinancingColumns.money(rs, 12))
          .taskPeriod(FinancingColumns.range(rs, 13))
          .allowedShiftShare(FinancingColumns.percent(rs, 15));
      if (reported.isPresent() && spent.isPresent()) {
        b.finalReport(new FinalReport(reported.get(), spent.get()));
      }
      return new Root(id, b);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }
}
