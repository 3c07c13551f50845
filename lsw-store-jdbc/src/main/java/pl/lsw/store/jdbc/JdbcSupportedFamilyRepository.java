package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.Columns.decode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipId;

/**
 * Supported families in {@code lsw_supported_family}, their fields of need in {@code
 * lsw_supported_family_field} and their target groups (by code) in {@code
 * lsw_supported_family_group} (see {@code V12__families_and_plans.sql}). A save is one
 * transaction: the root row is inserted (version 1) or updated {@code WHERE reference = ? AND
 * version = ?} (no row changed: a version conflict), then the sets are deleted and written again.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcSupportedFamilyRepository implements SupportedFamilyRepository {

  private static final String AGGREGATE = "supported family";

  private static final String COLUMNS = "reference, version, partnership_id, selected_on, "
      + "consent_given_on, consent_withdrawn_on, age_years, residence_unit, language_code, "
      + "referral_held";

  private static final String DATA_COLUMNS_SET = "partnership_id = ?, selected_on = ?, "
      + "consent_given_on = ?, consent_withdrawn_on = ?, age_years = ?, residence_unit = ?, "
      + "language_code = ?, referral_held = ?";

  private static final int DATA_COLUMNS = 8;

  private final Jdbc jdbc;

  JdbcSupportedFamilyRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public SupportedFamily save(SupportedFamily family) {
    SupportedFamily stored = family.withVersion(family.version() + 1);
    String ref = family.reference().value();
    try {
      return jdbc.inTransaction("saving " + AGGREGATE + " " + ref, c -> {
        if (family.version() == 0) {
          Jdbc.update(c, "INSERT INTO lsw_supported_family (" + COLUMNS + ") VALUES (?, ?"
              + ", ?".repeat(DATA_COLUMNS) + ")", ps -> {
                ps.setString(1, ref);
                ps.setLong(2, stored.version());
                bindData(ps, 3, stored);
              });
        } else {
          int changed = Jdbc.update(c, "UPDATE lsw_supported_family SET version = ?, "
              + DATA_COLUMNS_SET + " WHERE reference = ? AND version = ?", ps -> {
                ps.setLong(1, stored.version());
                bindData(ps, 2, stored);
                ps.setString(DATA_COLUMNS + 2, ref);
                ps.setLong(DATA_COLUMNS + 3, family.version());
              });
          if (changed == 0) {
            throw Jdbc.rowExists(c, "lsw_supported_family", "reference", ref)
                ? conflict(family) : noLongerStored(family);
          }
          Jdbc.update(c, "DELETE FROM lsw_supported_family_field WHERE family_ref = ?",
              ps -> ps.setString(1, ref));
          Jdbc.update(c, "DELETE FROM lsw_supported_family_group WHERE family_ref = ?",
              ps -> ps.setString(1, ref));
        }
        Jdbc.batch(c, "INSERT INTO lsw_supported_family_field (family_ref, field) VALUES (?, ?)",
            stored.needFields(), (ps, f, i) -> {
              ps.setString(1, ref);
              ps.setString(2, f.name());
            });
        Jdbc.batch(c, "INSERT INTO lsw_supported_family_group (family_ref, group_code) VALUES (?, ?)",
            stored.targetGroups(), (ps, g, i) -> {
              ps.setString(1, ref);
              ps.setString(2, g.code());
            });
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (family.version() == 0 && find(family.reference()).isPresent()) {
        throw conflict(family);
      }
      throw new StoreException("saving " + AGGREGATE + " " + ref
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(family);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(SupportedFamily f) {
    return new VersionConflictException("SupportedFamily", f.reference().value(), f.version());
  }

  private static NoLongerStoredException noLongerStored(SupportedFamily f) {
    return new NoLongerStoredException("SupportedFamily", f.reference().value(), f.version());
  }

  private static void bindData(PreparedStatement ps, int i, SupportedFamily f) throws SQLException {
    ps.setObject(i, f.partnership().value());
    Columns.setDate(ps, i + 1, f.selectedOn());
    Columns.setDate(ps, i + 2, f.consentGivenOn());
    Columns.setDate(ps, i + 3, f.consentWithdrawnOn().orElse(null));
    if (f.age().isPresent()) {
      ps.setInt(i + 4, f.age().get());
    } else {
      ps.setNull(i + 4, Types.INTEGER);
    }
    ps.setString(i + 5, f.residenceUnit().map(TerytCode::value).orElse(null));
    ps.setString(i + 6, f.language().orElse(null));
    ps.setBoolean(i + 7, f.referralHeld());
  }

  @Override
  public Optional<SupportedFamily> find(FamilyReference reference) {
    return jdbc.read("finding " + AGGREGATE + " " + reference, c -> {
      List<SupportedFamily> found = load(c, "SELECT " + COLUMNS
          + " FROM lsw_supported_family WHERE reference = ?", ps -> ps.setString(1, reference.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<SupportedFamily> findByPartnership(PartnershipId partnership) {
    return jdbc.read("listing the families of partnership " + partnership, c -> {
      List<SupportedFamily> found = new ArrayList<>(load(c, "SELECT " + COLUMNS
          + " FROM lsw_supported_family WHERE partnership_id = ?",
          ps -> ps.setObject(1, partnership.value())));
      // the port promises the order of references as Java compares them
      found.sort((a, b) -> a.reference().compareTo(b.reference()));
      return List.copyOf(found);
    });
  }

  private static List<SupportedFamily> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, JdbcSupportedFamilyRepository::root);
    List<SupportedFamily> result = new ArrayList<>(roots.size());
    for (Root root : roots) {
      String ref = root.reference();
      SupportedFamily.Builder b = root.builder();
      try {
        Set<SocialServiceField> fields = new TreeSet<>(Jdbc.query(c,
            "SELECT field FROM lsw_supported_family_field WHERE family_ref = ?",
            ps -> ps.setString(1, ref),
            rs -> decode(SocialServiceField.class, rs.getString(1), AGGREGATE + " " + ref)));
        List<TargetGroup> groups = Jdbc.query(c,
            "SELECT group_code FROM lsw_supported_family_group WHERE family_ref = ?",
            ps -> ps.setString(1, ref), rs -> TargetGroup.ofCode(rs.getString(1)));
        result.add(b.needFields(fields).targetGroups(groups).build());
      } catch (StoreException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StoreException("the stored " + AGGREGATE + " " + ref + " is not valid: "
            + e.getMessage(), e);
      }
    }
    return result;
  }

  /** A root row: what the family table holds, before the sets are added. */
  private record Root(String reference, SupportedFamily.Builder builder) {}

  private static Root root(ResultSet rs) throws SQLException {
    String ref = rs.getString(1);
    try {
      int age = rs.getInt(7);
      Optional<Integer> maybeAge = rs.wasNull() ? Optional.empty() : Optional.of(age);
      return new Root(ref, SupportedFamily.builder()
          .reference(FamilyReference.of(ref))
          .version(rs.getLong(2))
          .partnership(PartnershipId.of(Columns.uuid(rs, 3)))
          .selectedOn(Columns.date(rs, 4))
          .consentGivenOn(Columns.date(rs, 5))
          .consentWithdrawnOn(Columns.optionalDate(rs, 6))
          .age(maybeAge)
          .residenceUnit(Columns.optionalText(rs, 8).map(TerytCode::of))
          .language(Columns.optionalText(rs, 9))
          .referralHeld(rs.getBoolean(10)));
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + AGGREGATE + " " + ref + " is not valid: "
          + e.getMessage(), e);
    }
  }
}
