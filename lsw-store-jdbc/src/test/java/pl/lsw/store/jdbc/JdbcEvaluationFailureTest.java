package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.evaluation.record.PartnershipEvaluation;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepositoryContract;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Failures of the database under the repository of partnerships' evaluations (on H2): an
 * unmigrated database is an error, never "not found"; a stored value the model does not know, or
 * a record without its content, is an error naming what was read; a first save that fails at any
 * statement stores nothing.
 */
class JdbcEvaluationFailureTest {

  private static final AtomicInteger PARTNERSHIPS = new AtomicInteger();

  private static PartnershipId partnership() {
    return PartnershipId.of(new UUID(0xE7A, PARTNERSHIPS.incrementAndGet()));
  }

  @Test
  void when_the_tables_are_missing_every_operation_throws_a_store_exception() {
    PartnershipEvaluationRepository evaluations = JdbcStore.builder(TestDatabases.freshH2())
        .migrate(false).build().evaluations();
    PartnershipEvaluation full = PartnershipEvaluationRepositoryContract.full(partnership());
    List<Executable> operations = List.of(
        () -> evaluations.find(full.partnership()),
        () -> evaluations.save(full),
        () -> evaluations.save(full.withVersion(2)));
    for (int i = 0; i < operations.size(); i++) {
      assertThrows(StoreException.class, operations.get(i), "operation " + i);
    }
  }

  @Test
  void stored_values_the_model_does_not_know_are_a_store_exception() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    PartnershipEvaluationRepository evaluations =
        JdbcStore.builder(db).migrate(true).build().evaluations();
    PartnershipEvaluation a = evaluations.save(
        PartnershipEvaluationRepositoryContract.full(partnership()));
    PartnershipEvaluation b = evaluations.save(
        PartnershipEvaluationRepositoryContract.full(partnership()));
    PartnershipEvaluation c = evaluations.save(
        PartnershipEvaluationRepositoryContract.full(partnership()));
    execute(db, "UPDATE lsw_evaluation_review SET cooperation_level = 'WITH_ROBOTS' "
        + "WHERE partnership_id = '" + a.partnership() + "'");
    execute(db, "UPDATE lsw_evaluation_ladder_assessment SET ladder_code = 'NO_LADDER' "
        + "WHERE partnership_id = '" + b.partnership() + "'");
    execute(db, "DELETE FROM lsw_evaluation_survey_wave WHERE partnership_id = '"
        + c.partnership() + "'");

    StoreException level = assertThrows(StoreException.class, () -> evaluations.find(a.partnership()));
    StoreException ladder = assertThrows(StoreException.class, () -> evaluations.find(b.partnership()));
    StoreException missing = assertThrows(StoreException.class, () -> evaluations.find(c.partnership()));

    assertTrue(level.getMessage().contains("WITH_ROBOTS"), level.getMessage());
    assertTrue(ladder.getMessage().contains("NO_LADDER"), ladder.getMessage());
    assertTrue(missing.getMessage().contains("evaluation of partnership " + c.partnership()),
        missing.getMessage());
  }

  @Test
  void stored_instrument_values_the_model_does_not_know_or_refuses_are_a_store_exception()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    PartnershipEvaluationRepository evaluations =
        JdbcStore.builder(db).migrate(true).build().evaluations();
    List<PartnershipEvaluation> saved = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      saved.add(evaluations.save(PartnershipEvaluationRepositoryContract.withInstruments(
          PartnershipEvaluation.empty(partnership()))));
    }
    execute(db, "UPDATE lsw_evaluation_principle_rating SET grade = 'EXCELLENT' "
        + "WHERE partnership_id = '" + saved.get(0).partnership() + "'");
    execute(db, "UPDATE lsw_evaluation_solidarity_evidence SET source = 'RUMOUR' "
        + "WHERE partnership_id = '" + saved.get(1).partnership() + "'");
    execute(db, "DELETE FROM lsw_evaluation_swot_item WHERE partnership_id = '"
        + saved.get(2).partnership() + "'");
    execute(db, "DELETE FROM lsw_evaluation_benefit WHERE partnership_id = '"
        + saved.get(3).partnership() + "'");

    List<String> messages = saved.stream().map(e -> assertThrows(StoreException.class,
        () -> evaluations.find(e.partnership())).getMessage()).toList();

    assertTrue(messages.get(0).contains("EXCELLENT"), messages.get(0));
    assertTrue(messages.get(1).contains("RUMOUR"), messages.get(1));
    assertTrue(messages.get(2).contains("not valid"), "a SWOT without items: " + messages.get(2));
    assertTrue(messages.get(3).contains("BENEFIT"), messages.get(3));
  }

  @Test
  void an_added_value_beyond_the_digits_kept_is_refused_and_nothing_is_stored() {
    DataSource db = TestDatabases.freshH2();
    PartnershipEvaluationRepository evaluations =
        JdbcStore.builder(db).migrate(true).build().evaluations();
    int digits = PartnershipEvaluationRepositoryContract.ADDED_VALUE_DIGITS;
    pl.lsw.core.evaluation.NetworkAddedValue value = new pl.lsw.core.evaluation.NetworkAddedValue(
        pl.lsw.core.kernel.Label.of("usługi", "services"), pl.lsw.core.evaluation.Ratio.ONE,
        pl.lsw.core.evaluation.Ratio.of(new java.math.BigInteger("9".repeat(digits + 1)),
            java.math.BigInteger.ONE), pl.lsw.core.evaluation.Ratio.ZERO);
    PartnershipEvaluation first = PartnershipEvaluation.empty(partnership()).withAddedValues(
        List.of(pl.lsw.core.evaluation.record.Recorded.of(
            pl.lsw.core.evaluation.record.EvaluationRecordId.of(new UUID(0xAD, 1)),
            pl.lsw.core.evaluation.record.DatedAddedValue.of(java.time.LocalDate.of(2026, 5, 4),
                value), "person:x/TASK_TEAM_MEMBER", java.time.Instant.parse(
                    "2026-05-04T10:00:00Z"))));

    StoreException refused = assertThrows(StoreException.class, () -> evaluations.save(first));

    assertTrue(refused.getMessage().contains(digits + " digits"), refused.getMessage());
    assertTrue(evaluations.find(first.partnership()).isEmpty());
  }

  @Test
  void a_stored_added_value_the_model_refuses_is_a_store_exception() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    PartnershipEvaluationRepository evaluations =
        JdbcStore.builder(db).migrate(true).build().evaluations();
    PartnershipEvaluation saved = evaluations.save(
        PartnershipEvaluationRepositoryContract.withAddedValues(
            PartnershipEvaluation.empty(partnership())));
    // S(Y) below -X: the services worth less than nothing
    execute(db, "UPDATE lsw_evaluation_added_value SET added_value_numerator = -1000, "
        + "added_value_denominator = 1 WHERE partnership_id = '" + saved.partnership() + "'");

    StoreException refused = assertThrows(StoreException.class,
        () -> evaluations.find(saved.partnership()));

    assertTrue(refused.getMessage().contains("not valid"), refused.getMessage());
  }

  @Test
  void a_first_save_failing_at_any_statement_stores_nothing() {
    DataSource db = TestDatabases.freshH2();
    PartnershipEvaluationRepository healthy =
        JdbcStore.builder(db).migrate(true).build().evaluations();
    AtomicInteger count = new AtomicInteger();
    JdbcStore.builder(JdbcStoreTest.failingFromStatement(db, count, Integer.MAX_VALUE)).dialect(H2Dialect.INSTANCE).build()
        .evaluations().save(PartnershipEvaluationRepositoryContract.full(partnership()));
    int statements = count.get();
    assertTrue(statements >= 14, "a first save writes every table: " + statements);

    for (int failAt = 1; failAt <= statements; failAt++) {
      PartnershipEvaluationRepository failing = JdbcStore.builder(
          JdbcStoreTest.failingFromStatement(db, new AtomicInteger(), failAt)).dialect(H2Dialect.INSTANCE).build()
          .evaluations();
      PartnershipEvaluation fresh = PartnershipEvaluationRepositoryContract.full(partnership());

      assertThrows(StoreException.class, () -> failing.save(fresh), "failing at " + failAt);

      assertTrue(healthy.find(fresh.partnership()).isEmpty(), "after a failure at " + failAt);
      assertEquals(1, healthy.save(fresh).version(), "a first save after the failure at " + failAt);
    }
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

}
