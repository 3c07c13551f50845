package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.financing.FinancingSamples;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.offer.Budget;
import pl.lsw.core.financing.offer.CostItem;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantGen;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.StoreException;

/**
 * Failures of the database under the small-grant, competition and contract repositories (on H2):
 * an unreachable or unmigrated database is an error, never "not found" or an empty listing; a
 * save that fails at any statement leaves the previous version as it was; values the store
 * cannot keep exactly are refused rather than rounded; and the listings the cross-grant rules
 * read are served by their indexes.
 */
class JdbcFinancingFailureTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  // --- failures are errors, never "not found" ------------------------------------------------

  @Test
  void when_no_connection_can_be_opened_every_financing_operation_throws_a_store_exception() {
    JdbcStore store = JdbcStore.builder(new JdbcStoreTest.FailingDataSource())
        .dialect(H2Dialect.INSTANCE).build();

    assertEveryOperationFails(store);
  }

  @Test
  void when_the_financing_tables_are_missing_every_operation_throws_a_store_exception() {
    JdbcStore store = JdbcStore.builder(TestDatabases.freshH2()).migrate(false).build();

    assertEveryOperationFails(store);
  }

  @Test
  void a_store_exception_names_the_operation_and_keeps_the_sql_error() {
    JdbcStore store = JdbcStore.builder(TestDatabases.freshH2()).build();
    SmallGrant grant = grant(1);

    StoreException e = assertThrows(StoreException.class, () -> store.smallGrants().findById(grant.id()));
    StoreException listing = assertThrows(StoreException.class, () -> store.smallGrants()
        .findByOrganisationAndYear(grant.applicant(), 2026, PageRequest.first(10)));

    assertTrue(e.getMessage().contains("finding small grant " + grant.id()), e.getMessage());
    assertTrue(e.getCause() instanceof SQLException);
    assertTrue(listing.getMessage().contains("listing the small grants of organisation "
        + grant.applicant() + " in 2026"), listing.getMessage());
  }

  private static void assertEveryOperationFails(JdbcStore store) {
    SmallGrantRepository grants = store.smallGrants();
    CompetitionRepository competitions = store.competitions();
    ContractRepository contracts = store.contracts();
    SmallGrant grant = grant(1);
    Competition competition = FinancingSamples.decided(1);
    Contract contract = FinancingSamples.fullContract(1);
    List<Executable> operations = List.of(
        () -> grants.save(grant),
        () -> grants.save(grant.withVersion(2)),
        () -> grants.findById(grant.id()),
        () -> grants.findByOrganisationAndYear(grant.applicant(), 2026, PageRequest.first(10)),
        () -> grants.findByBodyAndYear(grant.body().area(), 2026, PageRequest.first(10)),
        () -> grants.forEachOfOrganisationAndYear(grant.applicant(), 2026, g -> { }),
        () -> grants.forEachOfBodyAndYear(grant.body().area(), 2026, g -> { }),
        () -> grants.savePlannedBudget(new PlannedGrantBudget(grant.body(), 2026, Money.ofZloty(1))),
        () -> grants.findPlannedBudget(grant.body().area(), 2026),
        () -> competitions.save(competition),
        () -> competitions.save(competition.withVersion(2)),
        () -> competitions.findById(competition.id()),
        () -> competitions.findByBodyAndYear(competition.body(), 2026),
        () -> contracts.save(contract),
        () -> contracts.save(contract.withVersion(2)),
        () -> contracts.findById(contract.id()),
        () -> contracts.findByBodyAndYear(contract.body(), 2026));
    for (int i = 0; i < operations.size(); i++) {
      assertThrows(StoreException.class, operations.get(i), "operation " + i);
    }
  }

  @Test
  void stored_values_the_model_does_not_know_are_a_store_exception_not_a_missing_aggregate()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    JdbcStore store = JdbcStore.builder(db).migrate(true).build();
    SmallGrant grant = store.smallGrants().save(grant(1));
    Competition competition = store.competitions().save(FinancingSamples.decided(1));
    Contract contract = store.contracts().save(FinancingSamples.fullContract(1));
    execute(db, "UPDATE lsw_small_grant SET status = 'LOST'");
    execute(db, "UPDATE lsw_competition_assessment_score SET criterion = 'CHARM' "
        + "WHERE criterion = 'OWN_FUNDS'");
    execute(db, "UPDATE lsw_contract_return SET kind = 'GIFT'");

    StoreException g = assertThrows(StoreException.class, () -> store.smallGrants().findById(grant.id()));
    StoreException k = assertThrows(StoreException.class,
        () -> store.competitions().findById(competition.id()));
    StoreException c = assertThrows(StoreException.class, () -> store.contracts().findById(contract.id()));
    assertThrows(StoreException.class, () -> store.smallGrants()
        .findByOrganisationAndYear(grant.applicant(), grant.grantYear(), PageRequest.first(10)));

    assertTrue(g.getMessage().contains("LOST"), g.getMessage());
    assertTrue(k.getMessage().contains("CHARM"), k.getMessage());
    assertTrue(c.getMessage().contains("GIFT"), c.getMessage());
  }

  @Test
  void stored_rows_that_break_the_models_rules_are_a_store_exception() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    JdbcStore store = JdbcStore.builder(db).migrate(true).build();
    Competition competition = store.competitions().save(FinancingSamples.decided(1));
    Contract contract = store.contracts().save(FinancingSamples.fullContract(1));
    execute(db, "UPDATE lsw_competition SET results_decided_on = NULL");
    execute(db, "DELETE FROM lsw_contract_party");

    assertThrows(StoreException.class, () -> store.competitions().findById(competition.id()));
    assertThrows(StoreException.class, () -> store.contracts().findById(contract.id()));
  }

  // --- nothing half-written ------------------------------------------------------------------

  @Test
  void an_update_of_a_competition_failing_at_any_statement_leaves_the_previous_version_intact() {
    DataSource db = TestDatabases.freshH2();
    CompetitionRepository healthy = JdbcStore.builder(db).migrate(true).build().competitions();
    Competition v1 = healthy.save(FinancingSamples.decided(1));
    int statements = statementsOfOneSave(db, s -> s.competitions().save(v1.withTitle("Liczony")));
    Competition v2 = healthy.findById(v1.id()).get();

    for (int failAt = 1; failAt <= statements; failAt++) {
      CompetitionRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().competitions();
      Competition attempt = v2.withTitle("Zmieniony " + failAt).withOffers(List.of())
          .withAssessments(List.of());

      assertThrows(StoreException.class, () -> failing.save(attempt), "failing at " + failAt);

      assertEquals(v2, healthy.findById(v1.id()).get(), "after a failure at statement " + failAt);
    }
    assertTrue(statements > 13, "a save of a decided competition touches every child table");
  }

  @Test
  void an_insert_of_a_contract_failing_at_any_statement_stores_nothing() {
    DataSource db = TestDatabases.freshH2();
    ContractRepository healthy = JdbcStore.builder(db).migrate(true).build().contracts();
    int statements = statementsOfOneSave(db, s -> s.contracts().save(FinancingSamples.fullContract(1)));
    Contract fresh = FinancingSamples.fullContract(2);

    for (int failAt = 1; failAt <= statements; failAt++) {
      ContractRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().contracts();

      assertThrows(StoreException.class, () -> failing.save(fresh), "failing at " + failAt);

      assertTrue(healthy.findById(fresh.id()).isEmpty(), "after a failure at statement " + failAt);
    }
    assertEquals(1, healthy.findByBodyAndYear(fresh.body(), 2026).size());
  }

  @Test
  void an_update_of_a_small_grant_failing_at_any_statement_leaves_the_previous_version_intact() {
    DataSource db = TestDatabases.freshH2();
    SmallGrantRepository healthy = JdbcStore.builder(db).migrate(true).build().smallGrants();
    SmallGrant v1 = healthy.save(SmallGrantGen.postedEverywhere(grant(1), DAY.plusDays(1), 7));
    int statements = statementsOfOneSave(db, s -> s.smallGrants().save(v1.withTaskTitle("Liczony")));
    SmallGrant v2 = healthy.findById(v1.id()).get();

    for (int failAt = 1; failAt <= statements; failAt++) {
      SmallGrantRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().smallGrants();
      SmallGrant attempt = v2.withPublications(List.of()).withOfferReceived(LocalDate.of(2027, 1, 4));

      assertThrows(StoreException.class, () -> failing.save(attempt), "failing at " + failAt);

      assertEquals(v2, healthy.findById(v1.id()).get(), "after a failure at statement " + failAt);
      assertEquals(0, healthy.findByOrganisationAndYear(v1.applicant(), 2027, PageRequest.first(1))
          .totalItems());
    }
  }

  // --- exactness -----------------------------------------------------------------------------

  @Test
  void a_quantity_finer_than_the_store_keeps_is_refused_not_rounded_and_nothing_is_written() {
    ContractRepository repository = JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build()
        .contracts();
    CostItem fine = CostItem.builder().category("energia").unit("kWh")
        .quantity(new BigDecimal("0.00000000001")).unitCost(Money.of("1000000000.00"))
        .source(FundingSource.GRANT).build();
    List<CostItem> items = new ArrayList<>(FinancingSamples.fullBudget().items());
    items.add(fine);
    Contract contract = FinancingSamples.fullContract(1).withBudget(Budget.of(items));

    StoreException e = assertThrows(StoreException.class, () -> repository.save(contract));

    assertTrue(e.getMessage().contains("0.00000000001"), e.getMessage());
    assertTrue(repository.findById(contract.id()).isEmpty());
  }

  @Test
  void the_largest_amounts_are_kept_to_the_grosz() {
    SmallGrantRepository repository = JdbcStore.builder(TestDatabases.freshH2()).migrate(true).build()
        .smallGrants();
    SmallGrant huge = grant(1).withAmount(Money.ofGrosze(Long.MAX_VALUE));

    repository.save(huge);

    assertEquals(Money.ofGrosze(Long.MAX_VALUE), repository.findById(huge.id()).get().amount());
  }

  // --- indexes -------------------------------------------------------------------------------

  @Test
  void the_yearly_listings_of_an_organisation_and_of_a_body_are_served_by_their_indexes()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    JdbcStore.builder(db).migrate(true).build();

    String byOrganisation = plan(db, "SELECT id FROM lsw_small_grant WHERE applicant_id = "
        + "'00000000-0000-0000-0000-000000000001' AND grant_year = 2026 ORDER BY grant_date, id "
        + "LIMIT 1000 OFFSET 0");
    String byBody = plan(db, "SELECT id FROM lsw_small_grant WHERE body_area = '1465011' "
        + "AND grant_year = 2026 ORDER BY grant_date, id LIMIT 1000 OFFSET 0");
    String contracts = plan(db, "SELECT id FROM lsw_contract WHERE body_area = '1465011' "
        + "AND task_year = 2026 ORDER BY signed_on, id");

    assertTrue(byOrganisation.contains("LSW_SMALL_GRANT_ORGANISATION_YEAR_IX"), byOrganisation);
    assertTrue(byBody.contains("LSW_SMALL_GRANT_BODY_YEAR_IX"), byBody);
    assertTrue(contracts.contains("LSW_CONTRACT_BODY_YEAR_IX"), contracts);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static SmallGrant grant(long n) {
    return SmallGrantGen.received(n, Money.ofZloty(5_000), DAY);
  }

  private static String plan(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection()) {
      return String.join("\n", Jdbc.query(c, "EXPLAIN " + sql, rs -> rs.getString(1)));
    }
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** How many statements one save prepares, counted on a store over {@code db}. */
  private static int statementsOfOneSave(DataSource db, Consumer<JdbcStore> save) {
    AtomicInteger count = new AtomicInteger();
    save.accept(JdbcStore.builder(JdbcStoreTest.failingFromStatement(db, count, Integer.MAX_VALUE))
        .dialect(H2Dialect.INSTANCE).build());
    return count.get();
  }

  /** A data source whose connections fail when preparing statement number {@code failAt}. */
  private static DataSource failingAt(DataSource db, int failAt) {
    return JdbcStoreTest.failingFromStatement(db, new AtomicInteger(), failAt);
  }

}
