package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.ChildTable.indexed;
import static pl.lsw.store.jdbc.ChildTable.nested;
import static pl.lsw.store.jdbc.ChildTable.row;
import static pl.lsw.store.jdbc.ChildTable.timestamp;
import static pl.lsw.store.jdbc.Columns.decode;
import static pl.lsw.store.jdbc.Columns.uuid;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.Action;
import pl.lsw.core.initiative.ActionId;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.CommunityRole;
import pl.lsw.core.initiative.ConsortiumReport;
import pl.lsw.core.initiative.EntrySource;
import pl.lsw.core.initiative.Implementer;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.Recommendation;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.initiative.VerificationRound;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.kernel.history.History;
import pl.lsw.core.kernel.history.Revision;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.store.jdbc.Columns.Nested;

/**
 * The co-informing bases of each partnership in the table {@code lsw_initiative_base} (one row
 * per partnership, with the version) and one child table per list (see {@code
 * V9__initiative_bases.sql}): the entries of the Map and their addressees, fields, target
 * groups, territory, languages and contact people; the recommendations of the Bank; the actions
 * of the Base; the verification rounds with what they verified and concluded; the revisions of
 * the history with their field changes.
 *
 * <p>A save is one transaction. Bases of version 0 are inserted (version 1) with all their
 * rows; a primary key already taken means another first save came first, a version conflict.
 * Otherwise the root row is updated {@code SET version = version + 1 WHERE partnership_id = ?
 * AND version = ?} (no row changed: a version conflict), which locks it, and each child table's
 * stored rows are compared, by primary key, with the rows of the state being saved: only the
 * rows gone are deleted, the rows changed updated, the new ones inserted. Entries, recommendations
 * and actions are keyed by their ids and the parts of an entry by its entry's id, so changing one
 * entry writes that entry's rows only. The history is append-only: a save inserts only the
 * revisions after those stored (a state read at the stored version carries those unchanged);
 * only a state whose history is shorter than the stored one has its history compared and
 * rewritten. Any failure rolls everything back.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcInitiativeBaseRepository implements InitiativeBaseRepository {

  private static final String AGGREGATE = "InitiativeBase";

  /** The column with the owning partnership's id, first in every child table's primary key. */
  private static final String OWNER = "partnership_id";

  private static final String REGISTERED = "REGISTERED";
  private static final String OUTSIDE = "OUTSIDE";

  private static final String ENTRY_COLUMNS = "list_index INT, name TEXT, "
      + "implementer_kind TEXT, implementer_organisation UUID, implementer_name TEXT, "
      + "implementer_sector TEXT, implementer_contact TEXT, description TEXT, "
      + "participation_rules TEXT, service_conditions TEXT, place TEXT, schedule TEXT, "
      + "min_age INT, max_age INT, referral TEXT, cost TEXT, fee_grosze LONG, capacity INT, "
      + "access_description TEXT, source TEXT, community_role TEXT, added_on DATE, "
      + "last_verified_on DATE";

  /** Every child table but the history's, with the rows bases map to; a save writes them in order. */
  private static final List<ChildTable<InitiativeBase>> TABLES = List.of(
      table("lsw_initiative_base_entry", "entry_id UUID", ENTRY_COLUMNS,
          b -> indexed(b.entries(), JdbcInitiativeBaseRepository::entryRow)),
      table("lsw_initiative_base_addressee", "entry_id UUID, list_index INT",
          "code TEXT, polish_name TEXT, english_name TEXT",
          b -> ofEntries(b, e -> List.copyOf(e.addressees()), (entry, i, group) -> row(entry, i,
              group.code(), group.polishName(), group.englishName()))),
      table("lsw_initiative_base_field", "entry_id UUID, field TEXT", "",
          b -> ofEntries(b, e -> List.copyOf(e.fields()),
              (entry, i, field) -> row(entry, field.name()))),
      table("lsw_initiative_base_target_group", "entry_id UUID, list_index INT",
          "code TEXT, polish_name TEXT, english_name TEXT",
          b -> ofEntries(b, e -> List.copyOf(e.access().targetGroups()), (entry, i, group) ->
              row(entry, i, group.code(), group.polishName(), group.englishName()))),
      table("lsw_initiative_base_territory", "entry_id UUID, list_index INT", "teryt TEXT",
          b -> ofEntries(b, e -> List.copyOf(e.access().territory()),
              (entry, i, unit) -> row(entry, i, unit.value()))),
      table("lsw_initiative_base_language", "entry_id UUID, list_index INT", "language TEXT",
          b -> ofEntries(b, e -> List.copyOf(e.access().languages()),
              (entry, i, language) -> row(entry, i, language))),
      table("lsw_initiative_base_contact", "entry_id UUID, list_index INT",
          "name TEXT, role TEXT, email TEXT, phone TEXT",
          b -> ofEntries(b, MapEntry::contacts, (entry, i, person) -> row(entry, i,
              person.name(), person.role(), person.email().orElse(null),
              person.phone().orElse(null)))),
      table("lsw_initiative_base_recommendation", "entry_id UUID",
          "list_index INT, recommended_on DATE, by_person UUID, meeting_id UUID",
          b -> indexed(b.recommendations(), (i, r) -> row(r.entry().value(), i,
              r.recommendedOn(), r.by().value(), r.meeting().map(MeetingId::value).orElse(null)))),
      table("lsw_initiative_base_action", "action_id UUID", "list_index INT, entry_id UUID, "
          + "name TEXT, consortium_id UUID, status TEXT, started_on DATE, status_since DATE, "
          + "last_verified_on DATE, reported_on DATE, reported_status TEXT",
          b -> indexed(b.actions(), (i, a) -> row(a.id().value(), i, a.entry().value(),
              a.name(), a.consortium().value(), a.status().name(), a.startedOn(),
              a.statusSince(), a.lastVerifiedOn().orElse(null),
              a.lastReport().map(ConsortiumReport::reportedOn).orElse(null),
              a.lastReport().map(r -> r.status().name()).orElse(null)))),
      table("lsw_initiative_base_round", "list_index INT",
          "held_on DATE, actor TEXT, decision_id UUID",
          b -> indexed(b.rounds(), (i, r) -> row(i, r.heldOn(), r.actor(),
              r.decision().map(DecisionId::value).orElse(null)))),
      table("lsw_initiative_base_round_entry", "round_index INT, list_index INT",
          "entry_id UUID", b -> nested(b.rounds(), VerificationRound::entries,
              (round, i, entry) -> row(round, i, entry.value()))),
      table("lsw_initiative_base_round_action", "round_index INT, list_index INT",
          "action_id UUID", b -> nested(b.rounds(), VerificationRound::actions,
              (round, i, action) -> row(round, i, action.value()))),
      table("lsw_initiative_base_round_conclusion", "round_index INT, list_index INT",
          "conclusion TEXT", b -> nested(b.rounds(), VerificationRound::conclusions,
              (round, i, conclusion) -> row(round, i, conclusion))));

  /** The revisions of the history; the first key column is the revision's position. */
  private static final ChildTable<InitiativeBase> REVISIONS = table(
      "lsw_initiative_base_revision", "list_index INT", "revised_at TIMESTAMP, "
          + "revised_at_nanos INT, actor TEXT, subject TEXT, kind TEXT",
      b -> indexed(b.history().revisions(), (i, r) -> row(i, timestamp(r.at()),
          r.at().getNano(), r.actor(), r.subject(), r.kind())));

  /** The field changes of each revision; the first key column is the revision's position. */
  private static final ChildTable<InitiativeBase> FIELD_CHANGES = table(
      "lsw_initiative_base_field_change", "revision_index INT, list_index INT",
      "field TEXT, from_value TEXT, to_value TEXT",
      b -> nested(b.history().revisions(), Revision::changes, (revision, i, change) ->
          row(revision, i, change.field(), change.from().orElse(null),
              change.to().orElse(null))));

  private static final List<ChildTable<InitiativeBase>> HISTORY = List.of(REVISIONS,
      FIELD_CHANGES);

  private final Jdbc jdbc;

  JdbcInitiativeBaseRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public InitiativeBase save(InitiativeBase base) {
    InitiativeBase stored = base.withVersion(base.version() + 1);
    UUID id = base.partnership().value();
    try {
      return jdbc.inTransaction("saving the initiative bases of partnership "
          + base.partnership(), c -> {
            if (base.version() == 0) {
              Jdbc.insertRoot(c, "lsw_initiative_base", id, stored.version());
              for (ChildTable<InitiativeBase> table : TABLES) {
                table.insert(c, id, table.rowsOf(stored).values());
              }
              for (ChildTable<InitiativeBase> table : HISTORY) {
                table.insert(c, id, table.rowsOf(stored).values());
              }
            } else {
              // the root row is locked from here on: the child rows read next are those of the
              // version just checked, and no other save can change them before this one commits
              if (!Jdbc.advanceRoot(c, "lsw_initiative_base", id, base.version())) {
                throw Jdbc.rowExists(c, "lsw_initiative_base", "partnership_id", id)
                    ? conflict(base) : noLongerStored(base);
              }
              for (ChildTable<InitiativeBase> table : TABLES) {
                table.write(c, id, table.stored(c, id), table.rowsOf(stored));
              }
              writeHistory(c, id, stored);
            }
            return stored;
          });
    } catch (Jdbc.UniqueViolation e) {
      if (base.version() == 0) {
        // the only key a first save can find taken is the root's: another first save won
        throw conflict(base);
      }
      throw new StoreException("saving the initiative bases of partnership "
          + base.partnership() + " violated a unique constraint: " + e.getMessage(),
          e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(base);
      }
      throw e;
    }
  }

  /**
   * Appends the revisions after those stored; a history shorter than the stored one (not one the
   * bases' commands make) is compared row by row and rewritten.
   */
  private static void writeHistory(Connection c, UUID id, InitiativeBase stored)
      throws SQLException {
    long storedRevisions = Jdbc.queryLong(c, "SELECT COUNT(*) FROM lsw_initiative_base_revision "
        + "WHERE partnership_id = ?", ps -> ps.setObject(1, id));
    if (storedRevisions > stored.history().revisions().size()) {
      for (ChildTable<InitiativeBase> table : HISTORY) {
        table.write(c, id, table.stored(c, id), table.rowsOf(stored));
      }
      return;
    }
    for (ChildTable<InitiativeBase> table : HISTORY) {
      List<List<Object>> added = new ArrayList<>();
      for (List<Object> row : table.rowsOf(stored).values()) {
        if ((Integer) row.get(0) >= storedRevisions) {
          added.add(row);
        }
      }
      table.insert(c, id, added);
    }
  }

  private static VersionConflictException conflict(InitiativeBase base) {
    return new VersionConflictException(AGGREGATE, base.partnership().toString(), base.version());
  }

  private static NoLongerStoredException noLongerStored(InitiativeBase base) {
    return new NoLongerStoredException(AGGREGATE, base.partnership().toString(), base.version());
  }

  private static List<Object> entryRow(int index, MapEntry e) {
    Optional<Implementer> implementer = e.implementer();
    String kind = null;
    UUID organisation = null;
    String name = null;
    String sector = null;
    String contact = null;
    if (implementer.isPresent() && implementer.get() instanceof Implementer.Registered r) {
      kind = REGISTERED;
      organisation = r.organisation().value();
    } else if (implementer.isPresent() && implementer.get() instanceof Implementer.Outside o) {
      kind = OUTSIDE;
      name = o.name();
      sector = o.sector().name();
      contact = o.contact();
    }
    AccessConditions a = e.access();
    return row(e.id().value(), index, e.name().orElse(null), kind, organisation, name, sector,
        contact, e.description().orElse(null), e.participationRules().orElse(null),
        e.serviceConditions().orElse(null), e.place().orElse(null), e.schedule().orElse(null),
        a.minAge().orElse(null), a.maxAge().orElse(null), a.referral().name(), a.cost().name(),
        a.fee().map(Money::grosze).orElse(null), a.capacity().orElse(null),
        a.description().orElse(null), e.source().name(), e.communityRole().name(), e.addedOn(),
        e.lastVerifiedOn().orElse(null));
  }

  private static ChildTable<InitiativeBase> table(String name, String keys, String values,
      Function<InitiativeBase, List<List<Object>>> rows) {
    return new ChildTable<>(name, OWNER, keys, values, rows);
  }


  /** The row of an item, at a position, of a list of the entry with the given id. */
  @FunctionalInterface
  private interface EntryPartRow<T> {
    List<Object> of(UUID entry, int index, T item);
  }

  private static <T> List<List<Object>> ofEntries(InitiativeBase base,
      Function<MapEntry, List<T>> part, EntryPartRow<T> row) {
    List<List<Object>> rows = new ArrayList<>();
    for (MapEntry e : base.entries()) {
      List<T> items = part.apply(e);
      for (int i = 0; i < items.size(); i++) {
        rows.add(row.of(e.id().value(), i, items.get(i)));
      }
    }
    return rows;
  }

  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<InitiativeBase> find(PartnershipId partnership) {
    UUID id = partnership.value();
    String owner = "initiative bases of partnership " + partnership;
    return jdbc.read("finding the " + owner, c -> {
      List<Long> version = query(c, id, "SELECT version FROM lsw_initiative_base "
          + "WHERE partnership_id = ?", rs -> rs.getLong(1));
      if (version.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(load(c, partnership, version.get(0), owner));
    });
  }

  /** An entry's row: its id, and the entry without the parts kept in other tables. */
  private record EntryRow(UUID id, MapEntry.Builder entry, AccessConditions.Builder access) {}

  private static InitiativeBase load(Connection c, PartnershipId partnership, long version,
      String owner) throws SQLException {
    UUID id = partnership.value();
    List<EntryRow> entryRows = query(c, id, "SELECT entry_id, name, implementer_kind, "
        + "implementer_organisation, implementer_name, implementer_sector, implementer_contact, "
        + "description, participation_rules, service_conditions, place, schedule, min_age, "
        + "max_age, referral, cost, fee_grosze, capacity, access_description, source, "
        + "community_role, added_on, last_verified_on FROM lsw_initiative_base_entry "
        + "WHERE partnership_id = ? ORDER BY list_index, entry_id", rs -> entry(rs, owner));
    Map<UUID, List<TargetGroup>> addressees = byEntry(c, id, "code, polish_name, english_name",
        "lsw_initiative_base_addressee", rs -> targetGroup(rs, owner));
    Map<UUID, List<SocialServiceField>> fields = byEntry(c, id, "field",
        "lsw_initiative_base_field", "field",
        rs -> decode(SocialServiceField.class, rs.getString(2), owner));
    Map<UUID, List<TargetGroup>> targetGroups = byEntry(c, id, "code, polish_name, english_name",
        "lsw_initiative_base_target_group", rs -> targetGroup(rs, owner));
    Map<UUID, List<TerytCode>> territory = byEntry(c, id, "teryt",
        "lsw_initiative_base_territory", rs -> valid(owner, () -> TerytCode.of(rs.getString(2))));
    Map<UUID, List<String>> languages = byEntry(c, id, "language",
        "lsw_initiative_base_language", rs -> rs.getString(2));
    Map<UUID, List<ContactPerson>> contacts = byEntry(c, id, "name, role, email, phone",
        "lsw_initiative_base_contact", rs -> valid(owner, () -> ContactPerson.builder()
            .name(rs.getString(2)).role(rs.getString(3))
            .email(Columns.optionalText(rs, 4)).phone(Columns.optionalText(rs, 5)).build()));
    List<Recommendation> recommendations = query(c, id, "SELECT entry_id, recommended_on, "
        + "by_person, meeting_id FROM lsw_initiative_base_recommendation "
        + "WHERE partnership_id = ? ORDER BY list_index, entry_id",
        rs -> valid(owner, () -> new Recommendation(MapEntryId.of(uuid(rs, 1)),
            Columns.date(rs, 2), PersonId.of(uuid(rs, 3)),
            Columns.optionalUuid(rs, 4).map(MeetingId::of))));
    List<Action> actions = query(c, id, "SELECT action_id, entry_id, name, consortium_id, "
        + "status, started_on, status_since, last_verified_on, reported_on, reported_status "
        + "FROM lsw_initiative_base_action WHERE partnership_id = ? ORDER BY list_index, "
        + "action_id", rs -> action(rs, owner));
    List<List<MapEntryId>> roundEntries = byRound(c, id, "lsw_initiative_base_round_entry",
        "round_index", "entry_id", rs -> MapEntryId.of(uuid(rs, 2)));
    List<List<ActionId>> roundActions = byRound(c, id, "lsw_initiative_base_round_action",
        "round_index", "action_id", rs -> ActionId.of(uuid(rs, 2)));
    List<List<String>> conclusions = byRound(c, id, "lsw_initiative_base_round_conclusion",
        "round_index", "conclusion", rs -> rs.getString(2));
    List<VerificationRound> rounds = new ArrayList<>();
    for (RoundRow r : query(c, id, "SELECT list_index, held_on, actor, decision_id "
        + "FROM lsw_initiative_base_round WHERE partnership_id = ? ORDER BY list_index",
        rs -> new RoundRow(rs.getInt(1), Columns.date(rs, 2), rs.getString(3),
            Columns.optionalUuid(rs, 4).map(DecisionId::of)))) {
      rounds.add(valid(owner, () -> new VerificationRound(r.heldOn(), r.actor(),
          at(roundEntries, r.index()), at(roundActions, r.index()), at(conclusions, r.index()),
          r.decision())));
    }
    List<List<FieldChange>> changes = byRound(c, id, "lsw_initiative_base_field_change",
        "revision_index", "field, from_value, to_value", rs -> valid(owner,
            () -> new FieldChange(rs.getString(2), Columns.optionalText(rs, 3),
                Columns.optionalText(rs, 4))));
    List<Revision> revisions = new ArrayList<>();
    for (RevisionRow r : query(c, id, "SELECT list_index, revised_at, revised_at_nanos, actor, "
        + "subject, kind FROM lsw_initiative_base_revision WHERE partnership_id = ? "
        + "ORDER BY list_index", rs -> new RevisionRow(rs.getInt(1), Columns.getInstant(rs, 2),
            rs.getString(4), rs.getString(5), rs.getString(6)))) {
      revisions.add(valid(owner, () -> new Revision(r.at(), r.actor(), r.subject(), r.kind(),
          at(changes, r.index()))));
    }
    return valid(owner, () -> {
      List<MapEntry> entries = new ArrayList<>(entryRows.size());
      for (EntryRow e : entryRows) {
        AccessConditions access = e.access()
            .targetGroups(targetGroups.getOrDefault(e.id(), List.of()))
            .territory(territory.getOrDefault(e.id(), List.of()))
            .languages(languages.getOrDefault(e.id(), List.of()))
            .build();
        entries.add(e.entry()
            .addressees(addressees.getOrDefault(e.id(), List.of()))
            .fields(fields.getOrDefault(e.id(), List.of()))
            .contacts(contacts.getOrDefault(e.id(), List.of()))
            .access(access)
            .build());
      }
      return InitiativeBase.builder()
          .partnership(partnership)
          .version(version)
          .entries(entries)
          .recommendations(recommendations)
          .actions(actions)
          .rounds(rounds)
          .history(new History(revisions))
          .build();
    });
  }

  private record RoundRow(int index, LocalDate heldOn, String actor,
      Optional<DecisionId> decision) {}

  private record RevisionRow(int index, Instant at, String actor, String subject,
      String kind) {}

  private static EntryRow entry(ResultSet rs, String owner) throws SQLException {
    UUID entryId = uuid(rs, 1);
    String kind = rs.getString(3);
    Optional<Implementer> implementer;
    if (kind == null) {
      implementer = Optional.empty();
    } else if (kind.equals(REGISTERED)) {
      UUID organisation = uuid(rs, 4);
      implementer = Optional.of(valid(owner, () -> Implementer.registered(
          OrganisationId.of(organisation))));
    } else if (kind.equals(OUTSIDE)) {
      String name = rs.getString(5);
      Sector sector = decode(Sector.class, rs.getString(6), owner);
      String contact = rs.getString(7);
      implementer = Optional.of(valid(owner, () -> new Implementer.Outside(name, sector,
          contact)));
    } else {
      throw new StoreException("the stored " + owner + " has an unknown kind of implementer '"
          + kind + "'");
    }
    Long fee = rs.getLong(17);
    Optional<Money> money = rs.wasNull() ? Optional.empty() : Optional.of(Money.ofGrosze(fee));
    AccessConditions.Builder access = AccessConditions.builder()
        .minAge(optionalInt(rs, 13))
        .maxAge(optionalInt(rs, 14))
        .referral(decode(ReferralRule.class, rs.getString(15), owner))
        .cost(decode(ParticipantCost.class, rs.getString(16), owner))
        .fee(money)
        .capacity(optionalInt(rs, 18))
        .description(Columns.optionalText(rs, 19));
    MapEntry.Builder entry = MapEntry.builder()
        .id(MapEntryId.of(entryId))
        .name(Columns.optionalText(rs, 2))
        .implementer(implementer)
        .description(Columns.optionalText(rs, 8))
        .participationRules(Columns.optionalText(rs, 9))
        .serviceConditions(Columns.optionalText(rs, 10))
        .place(Columns.optionalText(rs, 11))
        .schedule(Columns.optionalText(rs, 12))
        .source(decode(EntrySource.class, rs.getString(20), owner))
        .communityRole(decode(CommunityRole.class, rs.getString(21), owner))
        .addedOn(Columns.date(rs, 22))
        .lastVerifiedOn(Columns.optionalDate(rs, 23));
    return new EntryRow(entryId, entry, access);
  }

  private static Action action(ResultSet rs, String owner) throws SQLException {
    ActionStatus status = decode(ActionStatus.class, rs.getString(5), owner);
    String reported = rs.getString(10);
    Optional<ConsortiumReport> report = reported == null ? Optional.empty()
        : Optional.of(new ConsortiumReport(Columns.date(rs, 9),
            decode(ActionStatus.class, reported, owner)));
    ActionId id = ActionId.of(uuid(rs, 1));
    MapEntryId entry = MapEntryId.of(uuid(rs, 2));
    String name = rs.getString(3);
    BodyId consortium = BodyId.of(uuid(rs, 4));
    LocalDate startedOn = Columns.date(rs, 6);
    LocalDate statusSince = Columns.date(rs, 7);
    Optional<LocalDate> verified = Columns.optionalDate(rs, 8);
    return valid(owner, () -> new Action(id, entry, name, consortium, status, startedOn,
        statusSince, verified, report));
  }

  private static TargetGroup targetGroup(ResultSet rs, String owner) throws SQLException {
    String code = rs.getString(2);
    String polish = rs.getString(3);
    String english = rs.getString(4);
    return valid(owner, () -> TargetGroup.of(code, polish, english));
  }

  private static Optional<Integer> optionalInt(ResultSet rs, int i) throws SQLException {
    int value = rs.getInt(i);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  private static <T> List<T> at(List<List<T>> groups, int index) {
    return index < groups.size() ? groups.get(index) : List.of();
  }

  /** Builds a part of the stored bases; the model's refusal of it is a store error. */
  @FunctionalInterface
  private interface Part<T> {
    T build() throws SQLException;
  }

  private static <T> T valid(String owner, Part<T> part) throws SQLException {
    try {
      return part.build();
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> query(Connection c, UUID id, String sql, Jdbc.RowMapper<T> mapper)
      throws SQLException {
    return Jdbc.query(c, sql, ps -> ps.setObject(1, id), mapper);
  }

  /**
   * The rows of a table of parts of entries, grouped by entry id, each list in its saved order.
   * Column 1 is the entry id, then {@code columns}.
   */
  private static <T> Map<UUID, List<T>> byEntry(Connection c, UUID id, String columns,
      String table, Jdbc.RowMapper<T> mapper) throws SQLException {
    return byEntry(c, id, columns, table, "list_index", mapper);
  }

  private static <T> Map<UUID, List<T>> byEntry(Connection c, UUID id, String columns,
      String table, String order, Jdbc.RowMapper<T> mapper) throws SQLException {
    Map<UUID, List<T>> byEntry = new HashMap<>();
    query(c, id, "SELECT entry_id, " + columns + " FROM " + table + " WHERE partnership_id = ? "
        + "ORDER BY entry_id, " + order, rs -> {
          UUID entry = uuid(rs, 1);
          byEntry.computeIfAbsent(entry, k -> new ArrayList<>()).add(mapper.map(rs));
          return entry;
        });
    return byEntry;
  }

  /**
   * The rows of a table of lists nested in the items of a list, by the outer item's position,
   * each list in its saved order. Column 1 is the outer position, then {@code columns}.
   */
  private static <T> List<List<T>> byRound(Connection c, UUID id, String table,
      String parentColumn, String columns, Jdbc.RowMapper<T> mapper) throws SQLException {
    List<List<T>> lists = new ArrayList<>();
    query(c, id, "SELECT " + parentColumn + ", " + columns + " FROM " + table
        + " WHERE partnership_id = ? ORDER BY " + parentColumn + ", list_index", rs -> {
          int parent = rs.getInt(1);
          while (lists.size() <= parent) {
            lists.add(new ArrayList<>());
          }
          lists.get(parent).add(mapper.map(rs));
          return parent;
        });
    return lists;
  }
}
