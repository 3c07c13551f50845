package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.lsw.core.evaluation.record.PartnershipEvaluation;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepositoryContract;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationGen;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.PartnershipId;

/**
 * A root row deleted behind the store's back (for example by an administrator, directly in the
 * database): a save of the copy read before is refused as no longer stored, not as a version
 * conflict, and writes nothing; a row moved to another version behind the store's back is still a
 * version conflict. Subclasses give a fresh database of their kind.
 */
abstract class DeletedRowContract {

  private final Random rnd = new Random(20261203L);
  private DataSource db;
  private JdbcStore store;

  /** A fresh, empty database no other test uses. */
  protected abstract DataSource freshDatabase();

  @BeforeEach
  final void createStore() {
    db = freshDatabase();
    store = JdbcStore.builder(db).migrate(true).build();
  }

  @Test
  final void an_organisation_whose_row_was_deleted_in_the_database_is_no_longer_stored()
      throws Exception {
    OrganisationRepository organisations = store.organisations();
    Organisation saved = organisations.save(
        OrganisationGen.fullFoundation(OrganisationGen.id(rnd), "Fundacja Usunięta", 31));
    Organisation read = organisations.findById(saved.id()).orElseThrow();
    assertFalse(read.fields().isEmpty() || read.contacts().isEmpty(), "it has child rows");
    UUID id = read.id().value();
    assertEquals(1, execute("DELETE FROM lsw_organisation WHERE id = ?", id));

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> organisations.save(read.withName("Fundacja Zmieniona")));

    assertFalse(VersionConflictException.class.isInstance(e), "not a version conflict");
    assertEquals("Organisation", e.aggregate());
    assertEquals(read.id().toString(), e.id());
    assertEquals(1L, e.version());
    assertEquals("Organisation " + read.id() + " is no longer stored: it cannot be saved at "
        + "version 1; it was deleted, or never stored", e.getMessage());
    assertTrue(organisations.findById(read.id()).isEmpty());
    assertEquals(0, organisations.count());
    assertEquals(0, count("SELECT COUNT(*) FROM lsw_organisation_field WHERE organisation_id = ?",
        id), "no child row is left or written");
    assertEquals(0, count("SELECT COUNT(*) FROM lsw_organisation_contact WHERE organisation_id = ?",
        id), "no child row is left or written");
  }

  @Test
  final void an_organisation_whose_row_moved_on_in_the_database_is_still_a_version_conflict()
      throws Exception {
    OrganisationRepository organisations = store.organisations();
    Organisation read = organisations.save(
        OrganisationGen.fullFoundation(OrganisationGen.id(rnd), "Fundacja Zmieniana", 32));
    assertEquals(1, execute("UPDATE lsw_organisation SET version = version + 1 WHERE id = ?",
        read.id().value()));

    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> organisations.save(read.withName("Spóźniona zmiana")));

    assertEquals(1L, e.expectedVersion());
    assertEquals(read.withVersion(2), organisations.findById(read.id()).orElseThrow());
  }

  @Test
  final void an_evaluation_whose_root_row_was_deleted_in_the_database_is_no_longer_stored()
      throws Exception {
    PartnershipEvaluationRepository evaluations = store.evaluations();
    PartnershipId partnership = PartnershipId.of(new UUID(0xDE1, rnd.nextInt(1_000_000)));
    PartnershipEvaluation read = evaluations.save(
        PartnershipEvaluationRepositoryContract.full(partnership));
    assertEquals(1, execute("DELETE FROM lsw_evaluation WHERE partnership_id = ?",
        partnership.value()));

    NoLongerStoredException e = assertThrows(NoLongerStoredException.class,
        () -> evaluations.save(read.withReviews(List.of())));

    assertEquals(partnership.toString(), e.id());
    assertEquals(1L, e.version());
    assertTrue(evaluations.find(partnership).isEmpty());
  }

  private int execute(String sql, Object parameter) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, parameter);
      return ps.executeUpdate();
    }
  }

  private long count(String sql, Object parameter) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, parameter);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
