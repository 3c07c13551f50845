package pl.lsw.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.kernel.DuplicateKeyException;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Seat;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.organisation.OrganisationRepository;

/**
 * Organisations in the tables {@code lsw_organisation}, {@code lsw_organisation_field} and
 * {@code lsw_organisation_contact}. A save is one transaction: the row is inserted (version 1)
 * or updated {@code WHERE id = ? AND version = ?} (no row changed: a version conflict when the row
 * is stored at another version, an organisation no longer stored when there is no row), then the
 * child rows are replaced. Unique constraints on NIP and REGON back the duplicate-key error.
 */
final class JdbcOrganisationRepository implements OrganisationRepository {

  private static final String AGGREGATE = "Organisation";

  private static final String COLUMNS =
      "id, version, name, legal_form, sector, nip, regon, krs, seat_teryt, seat_address";
  private static final String ORDER = " ORDER BY name, id ";

  private final Jdbc jdbc;

  JdbcOrganisationRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public Organisation save(Organisation organisation) {
    Organisation stored = organisation.withVersion(organisation.version() + 1);
    try {
      return jdbc.inTransaction("saving organisation " + organisation.id(), c -> {
        if (organisation.isNew()) {
          insertRow(c, stored);
        } else {
          updateRow(c, organisation, stored);
          deleteChildren(c, organisation.id());
        }
        insertChildren(c, stored);
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      throw explainUniqueViolation(organisation, e);
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && isConcurrentUpdate(sql)) {
        throw new VersionConflictException(AGGREGATE, organisation.id().toString(),
            organisation.version());
      }
      throw e;
    }
  }

  private boolean isConcurrentUpdate(SQLException e) {
    return jdbc.dialect().isConcurrentUpdate(e);
  }

  private static void insertRow(Connection c, Organisation o) throws SQLException {
    Jdbc.update(c, "INSERT INTO lsw_organisation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setObject(1, o.id().value());
          ps.setLong(2, o.version());
          bindData(ps, 3, o);
        });
  }

  private static void updateRow(Connection c, Organisation read, Organisation stored)
      throws SQLException {
    int changed = Jdbc.update(c, "UPDATE lsw_organisation SET version = ?, name = ?, legal_form = ?, "
            + "sector = ?, nip = ?, regon = ?, krs = ?, seat_teryt = ?, seat_address = ? "
            + "WHERE id = ? AND version = ?",
        ps -> {
          ps.setLong(1, stored.version());
          bindData(ps, 2, stored);
          ps.setObject(10, read.id().value());
          ps.setLong(11, read.version());
        });
    if (changed == 0) {
      throw Jdbc.rowExists(c, "lsw_organisation", "id", read.id().value())
          ? new VersionConflictException(AGGREGATE, read.id().toString(), read.version())
          : new NoLongerStoredException(AGGREGATE, read.id().toString(), read.version());
    }
  }

  /** Binds name, legal form, sector, NIP, REGON, KRS, TERYT and address from {@code first}. */
  private static void bindData(PreparedStatement ps, int first, Organisation o) throws SQLException {
    ps.setString(first, o.name());
    ps.setString(first + 1, o.legalForm().name());
    ps.setString(first + 2, o.sector().name());
    ps.setString(first + 3, o.nip().map(Nip::value).orElse(null));
    ps.setString(first + 4, o.regon().map(Regon::value).orElse(null));
    ps.setString(first + 5, o.krs().map(KrsNumber::value).orElse(null));
    ps.setString(first + 6, o.seat().teryt().value());
    ps.setString(first + 7, o.seat().address());
  }

  private static void deleteChildren(Connection c, OrganisationId id) throws SQLException {
    Jdbc.update(c, "DELETE FROM lsw_organisation_field WHERE organisation_id = ?",
        ps -> ps.setObject(1, id.value()));
    Jdbc.update(c, "DELETE FROM lsw_organisation_contact WHERE organisation_id = ?",
        ps -> ps.setObject(1, id.value()));
  }

  private static void insertChildren(Connection c, Organisation o) throws SQLException {
    Jdbc.batch(c, "INSERT INTO lsw_organisation_field (organisation_id, field) VALUES (?, ?)",
        o.fields(), (ps, field, i) -> {
          ps.setObject(1, o.id().value());
          ps.setString(2, field.name());
        });
    Jdbc.batch(c, "INSERT INTO lsw_organisation_contact "
            + "(organisation_id, list_index, name, role, email, phone) VALUES (?, ?, ?, ?, ?, ?)",
        o.contacts(), (ps, contact, i) -> {
          ps.setObject(1, o.id().value());
          ps.setInt(2, i);
          ps.setString(3, contact.name());
          ps.setString(4, contact.role());
          ps.setString(5, contact.email().orElse(null));
          ps.setString(6, contact.phone().orElse(null));
        });
  }

  /**
   * Says which key a refused save collided with: the id of a new organisation (a version
   * conflict), its NIP or its REGON (a duplicate key).
   */
  private RuntimeException explainUniqueViolation(Organisation o, Jdbc.UniqueViolation e) {
    if (o.isNew() && findById(o.id()).isPresent()) {
      return new VersionConflictException(AGGREGATE, o.id().toString(), o.version());
    }
    if (o.nip().isPresent()) {
      Optional<Organisation> holder = findByNip(o.nip().get()).filter(x -> !x.id().equals(o.id()));
      if (holder.isPresent()) {
        return new DuplicateKeyException(AGGREGATE, "nip", o.nip().get().value(),
            holder.get().id().toString());
      }
    }
    if (o.regon().isPresent()) {
      Optional<Organisation> holder =
          findByRegon(o.regon().get()).filter(x -> !x.id().equals(o.id()));
      if (holder.isPresent()) {
        return new DuplicateKeyException(AGGREGATE, "regon", o.regon().get().value(),
            holder.get().id().toString());
      }
    }
    return new StoreException("saving organisation " + o.id()
        + " violated a unique constraint that no stored organisation explains", e.getCause());
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<Organisation> findById(OrganisationId id) {
    return findOne("finding organisation " + id, "id = ?", ps -> ps.setObject(1, id.value()));
  }

  @Override
  public Optional<Organisation> findByNip(Nip nip) {
    return findOne("finding organisation by NIP " + nip, "nip = ?",
        ps -> ps.setString(1, nip.value()));
  }

  @Override
  public Optional<Organisation> findByRegon(Regon regon) {
    return findOne("finding organisation by REGON " + regon, "regon = ?",
        ps -> ps.setString(1, regon.value()));
  }

  @Override
  public Page<Organisation> findBySector(Sector sector, PageRequest page) {
    return findPage("listing organisations of sector " + sector, "sector = ?",
        ps -> ps.setString(1, sector.name()), page);
  }

  @Override
  public Page<Organisation> findByField(SocialServiceField field, PageRequest page) {
    return findPage("listing organisations in field " + field,
        "id IN (SELECT organisation_id FROM lsw_organisation_field WHERE field = ?)",
        ps -> ps.setString(1, field.name()), page);
  }

  @Override
  public Page<Organisation> findBySeatTerytPrefix(String terytPrefix, PageRequest page) {
    String prefix = Seat.requireTerytPrefix(terytPrefix);
    return findPage("listing organisations seated in TERYT " + prefix + "*",
        "seat_teryt LIKE ?", ps -> ps.setString(1, prefix + "%"), page);
  }

  @Override
  public long count() {
    return jdbc.read("counting organisations",
        c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM lsw_organisation", ps -> {}));
  }

  private Optional<Organisation> findOne(String what, String where, Jdbc.Binder binder) {
    return jdbc.read(what, c -> {
      List<Organisation> found = load(c,
          "SELECT " + COLUMNS + " FROM lsw_organisation WHERE " + where, binder);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  /** One page of a listing; {@code where} has exactly one parameter, bound by {@code binder}. */
  private Page<Organisation> findPage(String what, String where, Jdbc.Binder binder,
      PageRequest page) {
    return jdbc.read(what, c -> {
      long total = Jdbc.queryLong(c, "SELECT COUNT(*) FROM lsw_organisation WHERE " + where, binder);
      if (total <= page.offset()) {
        return new Page<>(List.of(), page, total);
      }
      List<Organisation> items = load(c, "SELECT " + COLUMNS + " FROM lsw_organisation WHERE "
          + where + ORDER + jdbc.dialect().limitOffset(), ps -> {
            binder.bind(ps);
            ps.setInt(2, page.size());
            ps.setLong(3, page.offset());
          });
      return new Page<>(items, page, total);
    });
  }

  /** Loads the rows a query selects, with their fields and contact people, in query order. */
  private List<Organisation> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Row> rows = Jdbc.query(c, sql, binder, JdbcOrganisationRepository::row);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<UUID, Set<SocialServiceField>> fields = new HashMap<>();
    Map<UUID, List<ContactPerson>> contacts = new HashMap<>();
    String in = " IN (" + String.join(", ", Collections.nCopies(rows.size(), "?")) + ")";
    Jdbc.Binder ids = ps -> {
      for (int i = 0; i < rows.size(); i++) {
        ps.setObject(i + 1, rows.get(i).id());
      }
    };
    for (Object[] f : Jdbc.query(c, "SELECT organisation_id, field FROM lsw_organisation_field "
        + "WHERE organisation_id" + in, ids, rs -> new Object[] {
            rs.getObject(1, UUID.class), rs.getString(2)})) {
      fields.computeIfAbsent((UUID) f[0], k -> EnumSet.noneOf(SocialServiceField.class))
          .add(decode(SocialServiceField.class, (String) f[1], (UUID) f[0]));
    }
    Map<UUID, List<ContactPerson>> ordered = new LinkedHashMap<>();
    Jdbc.query(c, "SELECT organisation_id, name, role, email, phone FROM lsw_organisation_contact "
            + "WHERE organisation_id" + in + " ORDER BY organisation_id, list_index", ids,
        rs -> {
          UUID id = rs.getObject(1, UUID.class);
          ordered.computeIfAbsent(id, k -> new ArrayList<>()).add(contact(rs, id));
          return id;
        });
    contacts.putAll(ordered);
    List<Organisation> result = new ArrayList<>(rows.size());
    for (Row r : rows) {
      result.add(r.toOrganisation(fields.getOrDefault(r.id(), Set.of()),
          contacts.getOrDefault(r.id(), List.of())));
    }
    return result;
  }

  private record Row(UUID id, long version, String name, String legalForm, String sector,
      String nip, String regon, String krs, String teryt, String address) {

    Organisation toOrganisation(Set<SocialServiceField> fields, List<ContactPerson> contacts) {
      try {
        return Organisation.builder()
            .id(OrganisationId.of(id))
            .version(version)
            .name(name)
            .legalForm(decode(LegalForm.class, legalForm, id))
            .sector(decode(Sector.class, sector, id))
            .fields(fields)
            .nip(Optional.ofNullable(nip).map(Nip::of))
            .regon(Optional.ofNullable(regon).map(Regon::of))
            .krs(Optional.ofNullable(krs).map(KrsNumber::of))
            .seat(Seat.of(TerytCode.of(teryt), address))
            .contacts(contacts)
            .build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new StoreException("the stored organisation " + id + " is not valid: "
            + e.getMessage(), e);
      }
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
        rs.getString(10));
  }

  private static ContactPerson contact(ResultSet rs, UUID id) {
    try {
      return ContactPerson.builder()
          .name(rs.getString(2))
          .role(rs.getString(3))
          .email(Optional.ofNullable(rs.getString(4)))
          .phone(Optional.ofNullable(rs.getString(5)))
          .build();
    } catch (SQLException e) {
      throw new StoreException("reading a contact person of organisation " + id + " failed", e);
    } catch (IllegalArgumentException e) {
      throw new StoreException("a stored contact person of organisation " + id + " is not valid: "
          + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E decode(Class<E> type, String name, UUID id) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoreException("the stored organisation " + id + " has an unknown "
          + type.getSimpleName() + " '" + name + "'", e);
    }
  }
}
