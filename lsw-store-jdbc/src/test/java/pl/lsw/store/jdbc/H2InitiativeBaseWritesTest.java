package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.partnership.PartnershipId;

/**
 * What a save of co-informing bases writes (on H2): only the rows that changed, the history by
 * appending. The writes are counted by kind and table; each entry of a batch is one statement.
 */
class H2InitiativeBaseWritesTest {

  private WriteCountingDataSource counting;
  private InitiativeBaseRepository repository;
  private InitiativeBase stored;

  @BeforeEach
  void store() {
    javax.sql.DataSource db = TestDatabases.freshH2();
    JdbcStore.builder(db).migrate(true).build();
    counting = new WriteCountingDataSource(db);
    repository = JdbcStore.builder(counting.dataSource()).build().initiativeBases();
    stored = repository.save(InitiativeBaseSamples.full(PartnershipId.of(new UUID(0x1BB, 1)), 4));
    counting.reset();
  }

  @Test
  void a_new_revision_inserts_that_revision_and_its_field_changes_only() {
    InitiativeBase next = stored.withHistory(stored.history().with(List.of(
        InitiativeBaseSamples.revision(9))));

    InitiativeBase saved = repository.save(next);

    assertEquals(Map.of("UPDATE lsw_initiative_base", 1,
        "INSERT lsw_initiative_base_revision", 1,
        "INSERT lsw_initiative_base_field_change", 2), counting.writes());
    assertEquals(2, saved.version());
    assertEquals(next, repository.find(stored.partnership()).orElseThrow());
  }

  @Test
  void renaming_one_entry_updates_that_entry_row_only() {
    List<MapEntry> entries = new ArrayList<>(stored.entries());
    entries.set(2, entries.get(2).withName("Nowa nazwa"));

    repository.save(stored.withEntries(entries));

    assertEquals(Map.of("UPDATE lsw_initiative_base", 1,
        "UPDATE lsw_initiative_base_entry", 1), counting.writes());
  }

  @Test
  void removing_an_entry_deletes_its_rows_and_moves_the_entries_after_it() {
    List<MapEntry> entries = new ArrayList<>(stored.entries());
    entries.remove(2);
    InitiativeBase next = stored.withEntries(entries);

    repository.save(next);

    assertEquals(Map.of("UPDATE lsw_initiative_base", 1,
        "DELETE lsw_initiative_base_entry", 1,
        "UPDATE lsw_initiative_base_entry", 1,
        "DELETE lsw_initiative_base_addressee", 2,
        "DELETE lsw_initiative_base_field", 1,
        "DELETE lsw_initiative_base_target_group", 1,
        "DELETE lsw_initiative_base_territory", 2,
        "DELETE lsw_initiative_base_language", 2,
        "DELETE lsw_initiative_base_contact", 2), counting.writes());
    assertEquals(next, repository.find(stored.partnership()).orElseThrow());
  }

  @Test
  void a_save_that_changes_nothing_only_bumps_the_version() {
    InitiativeBase saved = repository.save(stored);

    assertEquals(Map.of("UPDATE lsw_initiative_base", 1), counting.writes());
    assertEquals(2, saved.version());
  }

  @Test
  void a_history_shorter_than_the_stored_one_is_rewritten_not_appended() {
    InitiativeBase shorter = stored.withHistory(new pl.lsw.core.kernel.history.History(
        List.of(stored.history().revisions().get(3), InitiativeBaseSamples.revision(8))));

    repository.save(shorter);

    assertEquals(shorter, repository.find(stored.partnership()).orElseThrow());
  }
}
