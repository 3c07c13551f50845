package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.financing.FinancingSamples;
import pl.lsw.core.financing.initiative.OwnInitiativeProposal;
import pl.lsw.core.financing.initiative.ProposalDecision;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.financing.programme.CooperationProgramme;
import pl.lsw.core.financing.programme.ProgrammeContent;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.StoreException;

/**
 * Failures of the database under the own-initiative proposal and cooperation programme
 * repositories (on H2): an unreachable or unmigrated database is an error, never "not found" or
 * an empty listing, and a stored value the model does not know is an error naming what was read.
 */
class JdbcInitiativeAndProgrammeFailureTest {

  private static OwnInitiativeProposal proposal() {
    return OwnInitiativeProposal.builder().id(ProposalId.of(new UUID(0x1A17L, 1)))
        .body(FinancingSamples.WARSAW).addOrganisations(FinancingSamples.org(1))
        .task("Klub seniora").receivedOn(LocalDate.of(2026, 3, 2))
        .assessedOn(LocalDate.of(2026, 3, 20)).decision(ProposalDecision.WORTH_DOING).build();
  }

  private static CooperationProgramme programme() {
    return CooperationProgramme.builder().body(FinancingSamples.WARSAW).year(2026)
        .contents(EnumSet.of(ProgrammeContent.GOALS, ProgrammeContent.SCOPE))
        .plannedGrantFunds(Money.ofZloty(100_000)).build();
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
    OwnInitiativeProposalRepository proposals = store.ownInitiativeProposals();
    CooperationProgrammeRepository programmes = store.cooperationProgrammes();
    OwnInitiativeProposal p = proposal();
    List<Executable> operations = List.of(
        () -> proposals.save(p),
        () -> proposals.save(p.withVersion(2)),
        () -> proposals.findById(p.id()),
        () -> proposals.findByBodyAndYear(p.body(), 2026),
        () -> programmes.save(programme()),
        () -> programmes.find(FinancingSamples.WARSAW, 2026),
        () -> programmes.findByBody(FinancingSamples.WARSAW));
    for (int i = 0; i < operations.size(); i++) {
      assertThrows(StoreException.class, operations.get(i), "operation " + i);
    }
  }

  @Test
  void a_store_exception_names_the_operation_and_keeps_the_sql_error() {
    JdbcStore store = JdbcStore.builder(TestDatabases.freshH2()).build();

    StoreException e = assertThrows(StoreException.class,
        () -> store.ownInitiativeProposals().findById(proposal().id()));
    StoreException listing = assertThrows(StoreException.class,
        () -> store.cooperationProgrammes().findByBody(FinancingSamples.WARSAW));

    assertTrue(e.getMessage().contains("finding own-initiative proposal " + proposal().id()), e.getMessage());
    assertTrue(e.getCause() instanceof SQLException);
    assertTrue(listing.getMessage().contains("listing the cooperation programmes of "
        + FinancingSamples.WARSAW.area().value()), listing.getMessage());
  }

  @Test
  void stored_values_the_model_does_not_know_are_a_store_exception_not_a_missing_value()
      throws SQLException {
    DataSource db = TestDatabases.freshH2();
    JdbcStore store = JdbcStore.builder(db).migrate(true).build();
    OwnInitiativeProposal p = store.ownInitiativeProposals().save(proposal());
    store.cooperationProgrammes().save(programme());
    execute(db, "UPDATE lsw_own_initiative_proposal SET decision = 'MAYBE'");
    execute(db, "UPDATE lsw_cooperation_programme_content SET content = 'CHARM' WHERE content = 'SCOPE'");

    StoreException proposal = assertThrows(StoreException.class,
        () -> store.ownInitiativeProposals().findById(p.id()));
    StoreException listed = assertThrows(StoreException.class,
        () -> store.ownInitiativeProposals().findByBodyAndYear(FinancingSamples.WARSAW, 2026));
    StoreException programme = assertThrows(StoreException.class,
        () -> store.cooperationProgrammes().find(FinancingSamples.WARSAW, 2026));

    assertTrue(proposal.getMessage().contains("MAYBE"), proposal.getMessage());
    assertTrue(listed.getMessage().contains("MAYBE"), listed.getMessage());
    assertTrue(programme.getMessage().contains("CHARM"), programme.getMessage());
  }

  @Test
  void a_proposal_that_fails_to_save_leaves_the_stored_version_as_it_was() throws SQLException {
    DataSource db = TestDatabases.freshH2();
    JdbcStore store = JdbcStore.builder(db).migrate(true).build();
    OwnInitiativeProposal v1 = store.ownInitiativeProposals().save(proposal());
    // the organisation rows cannot be reached: the save fails after updating the root row
    execute(db, "ALTER TABLE lsw_own_initiative_proposal_org RENAME TO lsw_moved_away");

    assertThrows(StoreException.class, () -> store.ownInitiativeProposals().save(v1.withTask("Inne")));

    execute(db, "ALTER TABLE lsw_moved_away RENAME TO lsw_own_initiative_proposal_org");
    assertEquals(v1, store.ownInitiativeProposals().findById(v1.id()).get());
  }

  private static void execute(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
