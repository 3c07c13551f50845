package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pl.lsw.core.information.ContactBase;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.ExternalContact;
import pl.lsw.core.information.ExternalContactId;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Contact bases in {@code lsw_contact_base} (the version), {@code lsw_external_contact} (the
 * entries in order) and {@code lsw_contact_revision} with {@code lsw_contact_revision_change}
 * (the history), see {@code V10__information.sql}. A save is one transaction: the version row is
 * inserted (version 0) or moved from n to n + 1 only where it is still n, otherwise it is a
 * {@link VersionConflictException} (or a {@link NoLongerStoredException} when there is no row) and
 * nothing is written; then the child rows are deleted and written again.
 */
final class JdbcContactBaseRepository implements ContactBaseRepository {

  private static final String AGGREGATE = "contact base";

  private final Jdbc jdbc;

  JdbcContactBaseRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public ContactBase save(ContactBase base) {
    String key = base.partnership().toString();
    long version = base.version();
    ContactBase saved = base.withVersion(version + 1);
    try {
      return jdbc.inTransaction("saving the " + AGGREGATE + " of " + key, c -> {
        if (version == 0) {
          Jdbc.update(c, "INSERT INTO lsw_contact_base (partnership_id, version) VALUES (?, 1)",
              ps -> Columns.setUuid(ps, 1, base.partnership().value()));
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_contact_base SET version = ? WHERE "
              + "partnership_id = ? AND version = ?", ps -> {
                ps.setLong(1, version + 1);
                Columns.setUuid(ps, 2, base.partnership().value());
                ps.setLong(3, version);
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_contact_base", "partnership_id", base.partnership().value())
                ? conflict(base) : noLongerStored(base);
          }
          for (String table : List.of("lsw_contact_revision_change", "lsw_contact_revision",
              "lsw_external_contact")) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE partnership_id = ?",
                ps -> Columns.setUuid(ps, 1, base.partnership().value()));
          }
        }
        write(c, base);
        return saved;
      });
    } catch (Jdbc.UniqueViolation e) {
      throw conflict(base);
    }
  }

  private static VersionConflictException conflict(ContactBase base) {
    return new VersionConflictException("ContactBase", base.partnership().toString(), base.version());
  }

  private static NoLongerStoredException noLongerStored(ContactBase base) {
    return new NoLongerStoredException("ContactBase", base.partnership().toString(), base.version());
  }

  private static void write(Connection c, ContactBase base) throws SQLException {
    Jdbc.batch(c, "INSERT INTO lsw_external_contact (partnership_id, list_index, id, institution, "
        + "sector, contact_name, contact_role, contact_email, contact_phone, note) VALUES "
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", base.externalContacts(), (ps, e, i) -> {
          Columns.setUuid(ps, 1, base.partnership().value());
          ps.setInt(2, i);
          Columns.setUuid(ps, 3, e.id().value());
          ps.setString(4, e.institution());
          ps.setString(5, e.sector().name());
          ps.setString(6, e.contact().name());
          ps.setString(7, e.contact().role());
          Columns.setText(ps, 8, e.contact().email());
          Columns.setText(ps, 9, e.contact().phone());
          Columns.setText(ps, 10, e.note());
        });
    Jdbc.batch(c, "INSERT INTO lsw_contact_revision (partnership_id, list_index, changed_at, "
        + "changed_at_nanos, actor, subject, kind) VALUES (?, ?, ?, ?, ?, ?, ?)", base.revisions(),
        (ps, r, i) -> {
          Columns.setUuid(ps, 1, base.partnership().value());
          ps.setInt(2, i);
          Columns.setInstant(ps, 3, r.at());
          ps.setString(5, r.actor());
          ps.setString(6, r.subject());
          ps.setString(7, r.kind());
        });
    Jdbc.batch(c, "INSERT INTO lsw_contact_revision_change (partnership_id, revision_index, "
        + "list_index, field, from_value, to_value) VALUES (?, ?, ?, ?, ?, ?)",
        Columns.Nested.of(base.revisions(), Revision::changes), (ps, n, i) -> {
          Columns.setUuid(ps, 1, base.partnership().value());
          ps.setInt(2, n.parent());
          ps.setInt(3, n.index());
          ps.setString(4, n.item().field());
          Columns.setText(ps, 5, n.item().from());
          Columns.setText(ps, 6, n.item().to());
        });
  }

  /** A field change with the position of its revision. */
  private record ChangeRow(int revision, FieldChange change) {}

  @Override
  public Optional<ContactBase> findByPartnership(PartnershipId partnership) {
    String owner = AGGREGATE + " of " + partnership;
    return jdbc.read("finding the " + owner, c -> {
      Jdbc.Binder key = ps -> Columns.setUuid(ps, 1, partnership.value());
      List<Long> versions = Jdbc.query(c, "SELECT version FROM lsw_contact_base WHERE "
          + "partnership_id = ?", key, rs -> rs.getLong(1));
      if (versions.isEmpty()) {
        return Optional.empty();
      }
      try {
        List<ExternalContact> contacts = Jdbc.query(c, "SELECT id, institution, sector, "
            + "contact_name, contact_role, contact_email, contact_phone, note FROM "
            + "lsw_external_contact WHERE partnership_id = ? ORDER BY list_index", key,
            rs -> ExternalContact.builder().id(ExternalContactId.of(Columns.uuid(rs, 1)))
                .institution(rs.getString(2))
                .sector(Columns.decode(Sector.class, rs.getString(3), owner))
                .contact(ContactPerson.builder().name(rs.getString(4)).role(rs.getString(5))
                    .email(Columns.optionalText(rs, 6)).phone(Columns.optionalText(rs, 7)).build())
                .note(Columns.optionalText(rs, 8)).build());
        Map<Integer, List<FieldChange>> changes = new HashMap<>();
        for (ChangeRow row : Jdbc.query(c, "SELECT revision_index, field, from_value, to_value "
            + "FROM lsw_contact_revision_change WHERE partnership_id = ? ORDER BY revision_index, "
            + "list_index", key, rs -> new ChangeRow(rs.getInt(1),
                FieldChange.of(rs.getString(2), rs.getString(3), rs.getString(4))))) {
          changes.computeIfAbsent(row.revision(), k -> new ArrayList<>()).add(row.change());
        }
        List<Revision> revisions = Jdbc.query(c, "SELECT list_index, changed_at, "
            + "changed_at_nanos, actor, subject, kind FROM lsw_contact_revision WHERE "
            + "partnership_id = ? ORDER BY list_index", key, rs -> new Revision(
                Columns.getInstant(rs, 2), rs.getString(4), rs.getString(5), rs.getString(6),
                changes.getOrDefault(rs.getInt(1), List.of())));
        return Optional.of(ContactBase.builder().partnership(partnership).version(versions.get(0))
            .externalContacts(contacts).revisions(revisions).build());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
      }
    });
  }
}
