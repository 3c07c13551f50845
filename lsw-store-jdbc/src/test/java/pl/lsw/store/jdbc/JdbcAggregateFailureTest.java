package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipSamples;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.process.ProcessFixtures;
import pl.lsw.core.process.ProcessInstance;
import pl.lsw.core.process.ProcessInstanceId;
import pl.lsw.core.process.StandardProcesses;
import pl.lsw.core.process.ProcessInstanceRepository;

/**
 * Failures of the database under the partnership and process-instance repositories (on H2): an
 * unreachable or unmigrated database is an error, never "not found"; a save that fails at any
 * statement, or on a child row the database refuses, leaves the previous version as it was.
 */
class JdbcAggregateFailureTest {

  private static final List<TerytCode> PRAGA = List.of(TerytCode.of("1465088"));
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private final Random rnd = new Random(20260702L);

  // --- failures are errors, never "not found" ------------------------------------------------

  @Test
  void when_no_connection_can_be_opened_every_operation_throws_a_store_exception() {
    JdbcStore store = JdbcStore.builder(new JdbcStoreTest.FailingDataSource())
        .dialect(H2Dialect.INSTANCE).build();

    assertEveryOperationFails(store);
  }

  @Test
  void when_the_tables_are_missing_every_operation_throws_a_store_exception() {
    JdbcStore store = JdbcStore.builder(TestDatabases.freshH2()).migrate(false).build();

    assertEveryOperationFails(store);
  }

  @Test
  void a_store_exception_names_the_operation_and_keeps_the_sql_error() {
    JdbcStore store = JdbcStore.builder(TestDatabases.freshH2()).build();
    PartnershipId id = PartnershipSamples.id(rnd);

    StoreException e = assertThrows(StoreException.class, () -> store.partnerships().findById(id));

    assertTrue(e.getMessage().contains("finding partnership " + id), e.getMessage());
    assertTrue(e.getCause() instanceof SQLException);
  }

  @Test
  void a_stored_value_the_model_does_not_know_is_a_store_exception_not_a_missing_partnership()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    PartnershipRepository repository = JdbcStore.builder(db).migrate(true).build().partnerships();
    Partnership stored = repository.save(governed());
    execute(db, "UPDATE lsw_partnership_decision SET kind = 'BRIBERY'");

    StoreException e = assertThrows(StoreException.class,
        () -> repository.findById(stored.id()));

    assertTrue(e.getMessage().contains("BRIBERY"), e.getMessage());
  }

  @Test
  void stored_rows_that_break_the_models_rules_are_a_store_exception() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    JdbcStore store = JdbcStore.builder(db).migrate(true).build();
    Partnership partnership = store.partnerships().save(governed());
    ProcessInstance instance = store.processes().save(started());
    execute(db, "DELETE FROM lsw_partnership_membership WHERE role = 'LEADER'");
    execute(db, "DELETE FROM lsw_process_iteration");

    assertThrows(StoreException.class, () -> store.partnerships().findById(partnership.id()));
    assertThrows(StoreException.class, () -> store.processes().findById(instance.id()));
  }

  private void assertEveryOperationFails(JdbcStore store) {
    PartnershipRepository partnerships = store.partnerships();
    ProcessInstanceRepository processes = store.processes();
    Partnership partnership = governed();
    ProcessInstance instance = started();
    List<Executable> operations = List.of(
        () -> partnerships.findById(partnership.id()),
        () -> partnerships.findByTerytPrefix("14", PageRequest.first(10)),
        () -> partnerships.findByMember(OrganisationId.of(PartnershipSamples.uuid(rnd)),
            PageRequest.first(10)),
        partnerships::count,
        () -> partnerships.save(partnership),
        () -> partnerships.save(partnership.withVersion(3)),
        () -> processes.findById(instance.id()),
        () -> processes.findByPartnership(instance.partnershipId()),
        () -> processes.save(instance),
        () -> processes.save(instance.withVersion(2)));
    for (Executable operation : operations) {
      assertThrows(StoreException.class, operation);
    }
  }

  // --- nothing half-written ------------------------------------------------------------------

  @Test
  void an_update_of_a_partnership_failing_at_any_statement_leaves_the_previous_version_intact() {
    DataSource db = TestDatabases.freshH2();
    PartnershipRepository healthy = JdbcStore.builder(db).migrate(true).build().partnerships();
    Partnership v1 = healthy.save(governed());
    healthy.save(v1.withName("Liczone").withMeetings(v1.meetings().subList(0, 1))
        .withDecisions(List.of()).withTaskTeam(Optional.empty()));
    Partnership v2 = healthy.findById(v1.id()).get();
    // a save writes only what changed, so the statements are counted on the very change that
    // fails below, in a transaction that is then rolled back
    int statements = statementsOfARolledBackSave(db,
        s -> s.partnerships().save(v2.withName("Zmienione").withMeetings(List.of())));
    assertEquals(v2, healthy.findById(v1.id()).get());

    for (int failAt = 1; failAt <= statements; failAt++) {
      PartnershipRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().partnerships();
      Partnership attempt = v2.withName("Zmienione " + failAt).withMeetings(List.of());

      assertThrows(StoreException.class, () -> failing.save(attempt), "failing at " + failAt);

      assertEquals(v2, healthy.findById(v1.id()).get(), "after a failure at statement " + failAt);
    }
    assertTrue(statements > 20, "a save of a governed partnership has many statements");
  }

  @Test
  void a_save_that_deletes_updates_and_inserts_rows_failing_at_any_statement_changes_nothing() {
    DataSource db = TestDatabases.freshH2();
    PartnershipRepository healthy = JdbcStore.builder(db).migrate(true).build().partnerships();
    Partnership v1 = healthy.save(governed());
    List<pl.lsw.core.partnership.governance.Meeting> reversed = new ArrayList<>(v1.meetings());
    java.util.Collections.reverse(reversed);
    List<pl.lsw.core.partnership.Membership> memberships = new ArrayList<>(v1.memberships());
    memberships.set(1, memberships.get(1).withLeftOn(DAY.plusMonths(3)));
    // the meetings swap places (rows updated, attendees deleted and inserted elsewhere), a
    // membership ends (a row updated), a decision goes (rows deleted)
    Partnership attempt = v1.withName("Przestawione").withMeetings(reversed)
        .withMemberships(memberships).withDecisions(v1.decisions().subList(0, 1));
    int statements = statementsOfARolledBackSave(db, s -> s.partnerships().save(attempt));
    assertEquals(v1, healthy.findById(v1.id()).get());

    for (int failAt = 1; failAt <= statements; failAt++) {
      PartnershipRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().partnerships();

      assertThrows(StoreException.class, () -> failing.save(attempt), "failing at " + failAt);

      assertEquals(v1, healthy.findById(v1.id()).get(), "after a failure at statement " + failAt);
    }
    Partnership saved = healthy.save(attempt);
    assertEquals(saved, healthy.findById(v1.id()).get());
  }

  @Test
  void an_insert_of_a_partnership_failing_at_any_statement_stores_nothing() {
    DataSource db = TestDatabases.freshH2();
    PartnershipRepository healthy = JdbcStore.builder(db).migrate(true).build().partnerships();
    Partnership counted = governed();
    int statements = statementsOfOneSave(db, s -> s.partnerships().save(counted));

    for (int failAt = 1; failAt <= statements; failAt++) {
      PartnershipRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().partnerships();
      Partnership fresh = governed();

      assertThrows(StoreException.class, () -> failing.save(fresh), "failing at " + failAt);

      assertTrue(healthy.findById(fresh.id()).isEmpty(), "after a failure at statement " + failAt);
    }
    assertEquals(1, healthy.count());
  }

  @Test
  void an_update_of_a_process_instance_failing_at_any_statement_leaves_the_previous_version_intact() {
    DataSource db = TestDatabases.freshH2();
    ProcessInstanceRepository healthy = JdbcStore.builder(db).migrate(true).build().processes();
    ProcessInstance v1 = healthy.save(ProcessFixtures.done(started(), StandardProcesses.LSW_STAGES,
        "1.1", DAY.plusDays(1)));
    ProcessInstance next = ProcessFixtures.done(v1, StandardProcesses.LSW_STAGES, "2.1",
        DAY.plusDays(2));
    int statements = statementsOfOneSave(db, s -> s.processes().save(next));
    ProcessInstance v2 = healthy.findById(v1.id()).get();
    ProcessInstance attempt = ProcessFixtures.done(v2, StandardProcesses.LSW_STAGES, "2.2",
        DAY.plusDays(3));

    for (int failAt = 1; failAt <= statements; failAt++) {
      ProcessInstanceRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().processes();

      assertThrows(StoreException.class, () -> failing.save(attempt), "failing at " + failAt);

      assertEquals(v2, healthy.findById(v1.id()).get(), "after a failure at statement " + failAt);
    }
  }

  @Test
  void a_child_row_the_database_refuses_rolls_back_the_whole_save_of_a_partnership()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    PartnershipRepository repository = JdbcStore.builder(db).migrate(true).build().partnerships();
    Partnership v1 = repository.save(governed());
    execute(db, "ALTER TABLE lsw_partnership_decision ADD CONSTRAINT test_no_veto "
        + "CHECK (subject <> 'weto')");
    Decision veto = v1.decisions().get(0).withId(DecisionId.of(PartnershipSamples.uuid(rnd)))
        .withSupersedes(Optional.empty()).withSubject("weto");
    List<Decision> decisions = new ArrayList<>(v1.decisions());
    decisions.add(veto);
    Partnership refused = v1.withName("Nie zapisane").withDecisions(decisions);

    StoreException e = assertThrows(StoreException.class, () -> repository.save(refused));

    assertTrue(e.getMessage().contains("saving partnership " + v1.id()), e.getMessage());
    assertEquals(v1, repository.findById(v1.id()).get());
    assertEquals(2, repository.save(v1.withName("Zapisane")).version(),
        "the store works on after the refusal, and the version was not used up");
  }

  @Test
  void a_child_row_the_database_refuses_rolls_back_the_whole_save_of_a_process_instance()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    ProcessInstanceRepository repository = JdbcStore.builder(db).migrate(true).build().processes();
    ProcessInstance v1 = repository.save(started());
    execute(db, "ALTER TABLE lsw_process_completion ADD CONSTRAINT test_no_step_2_1 "
        + "CHECK (step_code <> '2.1')");
    ProcessInstance refused = ProcessFixtures.done(ProcessFixtures.done(v1,
        StandardProcesses.LSW_STAGES, "1.1", DAY.plusDays(1)), StandardProcesses.LSW_STAGES,
        "2.1", DAY.plusDays(2));

    assertThrows(StoreException.class, () -> repository.save(refused));

    assertEquals(v1, repository.findById(v1.id()).get());
  }

  // --- helpers -------------------------------------------------------------------------------

  private Partnership governed() {
    return PartnershipSamples.governed(rnd, PartnershipSamples.id(rnd), "Praski Kokon", PRAGA);
  }

  private ProcessInstance started() {
    return ProcessInstance.builder()
        .from(ProcessFixtures.started(StandardProcesses.LSW_STAGES, DAY))
        .id(ProcessInstanceId.of(PartnershipSamples.uuid(rnd)))
        .build();
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** How many statements one save prepares, counted on a store over {@code db}. */
  private static int statementsOfOneSave(DataSource db, java.util.function.Consumer<JdbcStore> save) {
    AtomicInteger count = new AtomicInteger();
    save.accept(JdbcStore.builder(JdbcStoreTest.failingFromStatement(db, count, Integer.MAX_VALUE))
        .dialect(H2Dialect.INSTANCE).build());
    return count.get();
  }

  /**
   * How many statements one save prepares, counted on a store over {@code db} whose commit
   * fails, so that the save is rolled back and {@code db} keeps what it had.
   */
  private static int statementsOfARolledBackSave(DataSource db,
      java.util.function.Consumer<JdbcStore> save) {
    AtomicInteger count = new AtomicInteger();
    DataSource counting = JdbcStoreTest.failingFromStatement(db, count, Integer.MAX_VALUE);
    DataSource neverCommitting = new JdbcStoreTest.FailingDataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        Connection real = counting.getConnection();
        InvocationHandler handler = (proxy, method, args) -> {
          if (method.getName().equals("commit")) {
            throw new SQLException("the commit is refused (test)", "08006");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, handler);
      }
    };
    assertThrows(StoreException.class, () -> save.accept(JdbcStore.builder(neverCommitting)
        .dialect(H2Dialect.INSTANCE).build()));
    return count.get();
  }

  /** A data source whose connections fail when preparing statement number {@code failAt}. */
  private static DataSource failingAt(DataSource db, int failAt) {
    return JdbcStoreTest.failingFromStatement(db, new AtomicInteger(), failAt);
  }

}
