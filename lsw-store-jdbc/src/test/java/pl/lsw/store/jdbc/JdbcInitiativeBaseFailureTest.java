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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.initiative.Action;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Failures of the database under the repository of co-informing bases (on H2): an unreachable
 * or unmigrated database is an error, never "not found"; a stored value the model does not know
 * is an error naming what was read; a save that fails at any statement, or on a row the database
 * refuses, leaves the previous state as it was.
 */
class JdbcInitiativeBaseFailureTest {

  private static final AtomicInteger PARTNERSHIPS = new AtomicInteger();

  private static PartnershipId partnership() {
    return PartnershipId.of(new UUID(0x1BF, PARTNERSHIPS.incrementAndGet()));
  }

  // --- failures are errors, never "not found" ------------------------------------------------

  @Test
  void when_no_connection_can_be_opened_every_operation_throws_a_store_exception() {
    assertEveryOperationFails(JdbcStore.builder(new JdbcStoreTest.FailingDataSource())
        .dialect(H2Dialect.INSTANCE).build());
  }

  @Test
  void when_the_tables_are_missing_every_operation_throws_a_store_exception() {
    assertEveryOperationFails(JdbcStore.builder(TestDatabases.freshH2()).migrate(false).build());
  }

  private static void assertEveryOperationFails(JdbcStore store) {
    InitiativeBaseRepository bases = store.initiativeBases();
    InitiativeBase full = InitiativeBaseSamples.full(partnership(), 3);
    List<Executable> operations = List.of(
        () -> bases.find(full.partnership()),
        () -> bases.save(full),
        () -> bases.save(full.withVersion(2)));
    for (int i = 0; i < operations.size(); i++) {
      assertThrows(StoreException.class, operations.get(i), "operation " + i);
    }
  }

  @Test
  void a_store_exception_names_the_operation_and_keeps_the_sql_error() {
    JdbcStore store = JdbcStore.builder(TestDatabases.freshH2()).build();
    PartnershipId p = partnership();

    StoreException found = assertThrows(StoreException.class, () -> store.initiativeBases().find(p));
    StoreException saved = assertThrows(StoreException.class,
        () -> store.initiativeBases().save(InitiativeBase.empty(p)));

    assertTrue(found.getMessage().contains("finding the initiative bases of partnership " + p),
        found.getMessage());
    assertTrue(found.getCause() instanceof SQLException);
    assertTrue(saved.getMessage().contains("saving the initiative bases of partnership " + p),
        saved.getMessage());
  }

  @Test
  void stored_values_the_model_does_not_know_are_a_store_exception_not_missing_bases()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    InitiativeBaseRepository bases = JdbcStore.builder(db).migrate(true).build().initiativeBases();
    InitiativeBase a = bases.save(InitiativeBaseSamples.full(partnership(), 3));
    InitiativeBase b = bases.save(InitiativeBaseSamples.full(partnership(), 3));
    execute(db, "UPDATE lsw_initiative_base_action SET status = 'DREAMING' "
        + "WHERE partnership_id = '" + a.partnership() + "' AND status = 'RUNNING'");
    execute(db, "UPDATE lsw_initiative_base_entry SET implementer_sector = 'GUILD' "
        + "WHERE partnership_id = '" + b.partnership() + "' AND implementer_kind = 'OUTSIDE'");

    StoreException action = assertThrows(StoreException.class, () -> bases.find(a.partnership()));
    StoreException sector = assertThrows(StoreException.class, () -> bases.find(b.partnership()));

    assertTrue(action.getMessage().contains("DREAMING"), action.getMessage());
    assertTrue(sector.getMessage().contains("GUILD"), sector.getMessage());
  }

  @Test
  void stored_rows_that_break_the_models_rules_are_a_store_exception() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    InitiativeBaseRepository bases = JdbcStore.builder(db).migrate(true).build().initiativeBases();
    InitiativeBase stored = bases.save(InitiativeBaseSamples.full(partnership(), 3));
    // the Bank now holds an entry the Map does not: the nesting is broken
    execute(db, "DELETE FROM lsw_initiative_base_entry WHERE entry_id = '"
        + InitiativeBaseSamples.entryId(1) + "'");

    StoreException e = assertThrows(StoreException.class, () -> bases.find(stored.partnership()));

    assertTrue(e.getMessage().contains("initiative bases of partnership " + stored.partnership()),
        e.getMessage());
  }

  // --- nothing half-written ------------------------------------------------------------------

  @Test
  void a_first_save_failing_at_any_statement_stores_nothing() {
    DataSource db = TestDatabases.freshH2();
    InitiativeBaseRepository healthy = JdbcStore.builder(db).migrate(true).build().initiativeBases();
    int statements = statementsOfOneSave(db,
        s -> s.initiativeBases().save(InitiativeBaseSamples.full(partnership(), 3)));
    assertTrue(statements >= 16, "a first save writes every table: " + statements);

    for (int failAt = 1; failAt <= statements; failAt++) {
      InitiativeBaseRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().initiativeBases();
      InitiativeBase fresh = InitiativeBaseSamples.full(partnership(), 3);

      assertThrows(StoreException.class, () -> failing.save(fresh), "failing at " + failAt);

      assertTrue(healthy.find(fresh.partnership()).isEmpty(), "after a failure at " + failAt);
      InitiativeBase saved = healthy.save(fresh);
      assertEquals(1, saved.version(), "a first save after the failure at " + failAt);
    }
  }

  @Test
  void a_save_that_deletes_updates_and_inserts_rows_failing_at_any_statement_changes_nothing() {
    DataSource db = TestDatabases.freshH2();
    InitiativeBaseRepository healthy = JdbcStore.builder(db).migrate(true).build().initiativeBases();
    InitiativeBase v1 = healthy.save(InitiativeBaseSamples.full(partnership(), 4));
    // entries swap places and one goes (rows updated and deleted), one changes its name and
    // loses its contacts, a new one comes (rows inserted), an action changes its status, the
    // round goes, and the history grows by a revision
    List<MapEntry> entries = new ArrayList<>(v1.entries().subList(0, 3));
    Collections.swap(entries, 1, 2);
    entries.set(0, entries.get(0).withName("Klub Rodzica (nowa nazwa)").withContacts(List.of()));
    entries.add(InitiativeBaseSamples.entry(7));
    InitiativeBase attempt = v1.withEntries(entries)
        .withActions(v1.actions().get(0), running(v1.actions().get(1)))
        .withRounds(List.of())
        .withHistory(v1.history().with(List.of(InitiativeBaseSamples.revision(7))));
    int statements = statementsOfARolledBackSave(db, s -> s.initiativeBases().save(attempt));
    assertEquals(v1, healthy.find(v1.partnership()).orElseThrow());

    for (int failAt = 1; failAt <= statements; failAt++) {
      InitiativeBaseRepository failing = JdbcStore.builder(failingAt(db, failAt))
          .dialect(H2Dialect.INSTANCE).build().initiativeBases();

      assertThrows(StoreException.class, () -> failing.save(attempt), "failing at " + failAt);

      InitiativeBase found = healthy.find(v1.partnership()).orElseThrow();
      assertEquals(v1, found, "after a failure at statement " + failAt);
      assertEquals(1, found.version(), "after a failure at statement " + failAt);
    }
    InitiativeBase saved = healthy.save(attempt);
    assertEquals(2, saved.version());
    assertEquals(attempt, healthy.find(v1.partnership()).orElseThrow());
  }

  @Test
  void a_row_the_database_refuses_rolls_back_the_whole_save_and_uses_up_no_version()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    InitiativeBaseRepository bases = JdbcStore.builder(db).migrate(true).build().initiativeBases();
    InitiativeBase v1 = bases.save(InitiativeBaseSamples.full(partnership(), 2));
    execute(db, "ALTER TABLE lsw_initiative_base_field_change ADD CONSTRAINT test_no_secret "
        + "CHECK (field <> 'secret')");
    InitiativeBase refused = v1.withEntries(v1.entries().get(0).withName("Nie zapisane"),
        v1.entries().get(1)).withHistory(v1.history().with(List.of(
            new Revision(InitiativeBaseSamples.AT.plusSeconds(60),
                "person:x/TASK_TEAM_MEMBER", "entry:x", "ENTRY_CHANGED", List.of(
                    FieldChange.of("secret", null, "x"))))));

    StoreException e = assertThrows(StoreException.class, () -> bases.save(refused));

    assertTrue(e.getMessage().contains("saving the initiative bases of partnership "
        + v1.partnership()), e.getMessage());
    assertEquals(v1, bases.find(v1.partnership()).orElseThrow());
    assertEquals(2, bases.save(v1.withRounds(List.of())).version(),
        "the store works on after the refusal, and the version was not used up");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static Action running(Action a) {
    return new Action(a.id(), a.entry(), a.name(), a.consortium(), ActionStatus.RUNNING,
        a.startedOn(), a.statusSince(), a.lastVerifiedOn(), a.lastReport());
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

  /**
   * How many statements one save prepares, counted on a store over {@code db} whose commit
   * fails, so that the save is rolled back and {@code db} keeps what it had.
   */
  private static int statementsOfARolledBackSave(DataSource db, Consumer<JdbcStore> save) {
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
