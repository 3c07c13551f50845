package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.information.ContactBase;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.Dispatch;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.information.InformationSamples;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Failures of the database under the dispatch and contact base repositories (on H2): an
 * unreachable or unmigrated database is an error, never "not found" or an empty listing, and a
 * stored kind the model does not know is an error naming what was read.
 */
class JdbcInformationFailureTest {

  private static final PartnershipId P = PartnershipId.of(new UUID(0x1fc, 1));
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static Dispatch dispatch() {
    return InformationSamples.dispatch(new UUID(0x1fc, 2), P, AT, OrganisationId.of(new UUID(0x1fc, 3)));
  }

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
    DispatchRepository dispatches = store.dispatches();
    ContactBaseRepository bases = store.contactBases();
    List<Executable> operations = List.of(
        () -> dispatches.save(dispatch()),
        () -> dispatches.findById(dispatch().id()),
        () -> dispatches.findByPartnership(P, AT, AT.plusSeconds(1)),
        () -> bases.save(ContactBase.empty(P)),
        () -> bases.save(ContactBase.empty(P).withVersion(1)),
        () -> bases.findByPartnership(P));
    for (int i = 0; i < operations.size(); i++) {
      assertThrows(StoreException.class, operations.get(i), "operation " + i);
    }
  }

  @Test
  void a_stored_kind_the_model_does_not_know_is_an_error_naming_the_dispatch() throws Exception {
    DataSource db = TestDatabases.freshH2();
    JdbcStore store = JdbcStore.builder(db).migrate(true).build();
    store.dispatches().save(dispatch());
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE lsw_dispatch SET kind = 'GOSSIP'");
    }

    StoreException e = assertThrows(StoreException.class,
        () -> store.dispatches().findById(dispatch().id()));

    assertTrue(e.getMessage().contains("GOSSIP") && e.getMessage().contains(dispatch().id().toString()),
        e.getMessage());
  }
}
