package pl.lsw.store.jdbc;

import static pl.lsw.store.jdbc.ChildTable.indexed;
import static pl.lsw.store.jdbc.ChildTable.nested;
import static pl.lsw.store.jdbc.ChildTable.timestamp;
import static pl.lsw.store.jdbc.ChildTable.row;
import static pl.lsw.store.jdbc.Columns.decode;
import static pl.lsw.store.jdbc.Columns.getActor;
import static pl.lsw.store.jdbc.Columns.getInstant;
import static pl.lsw.store.jdbc.Columns.uuid;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.StoreException;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.NoLongerStoredException;
import pl.lsw.core.kernel.VersionConflictException;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Seat;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.MatterId;
import pl.lsw.core.partnership.MatterStatus;
import pl.lsw.core.partnership.MatterStatusChange;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.MembershipRole;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.RaisedMatter;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationModelRole;
import pl.lsw.core.partnership.governance.CooperationTeam;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.ExecutiveConsortium;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommittee;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.store.jdbc.Columns.Nested;

/**
 * Partnerships in the table {@code lsw_partnership} and one child table per nested list (see
 * {@code V2__partnerships.sql}). A save is one transaction. A new partnership's root row is
 * inserted (version 1) with all its child rows. A saved one's root row is updated {@code WHERE
 * id = ? AND version = ?} (no row changed: a version conflict); then each child table's stored
 * rows are read and compared, by primary key, with the rows of the state being saved, and only
 * the difference is written: the rows gone are deleted, the rows changed updated, the new rows
 * inserted. Recording a meeting thus inserts that meeting and its attendees and touches no
 * decision, membership or person. A read loads the roots and then each child table once for
 * all of them.
 *
 * <p>When the optimistic update changes no row, a look at the key in the same transaction tells
 * the two cases apart: a row at another version is a version conflict, no row at all an
 * aggregate no longer stored.
 */
final class JdbcPartnershipRepository implements PartnershipRepository {

  private static final String AGGREGATE = "Partnership";

  private static final String COLUMNS =
      "id, version, name, kind, inspiration_origin, scope, leader_id, founded_on";
  private static final String ORDER = " ORDER BY name, id ";

  /** The column with the owning partnership's id, first in every child table's primary key. */
  private static final String OWNER = "partnership_id";

  /**
   * Every child table (see {@code V2__partnerships.sql}) with the rows a partnership maps to;
   * a save writes them in this order.
   */
  private static final List<ChildTable<Partnership>> TABLES = List.of(
      table("lsw_partnership_focus", "field TEXT", "",
          p -> p.focusDomains().stream().map(field -> row(field.name())).toList()),
      table("lsw_partnership_territory", "list_index INT", "teryt TEXT",
          p -> indexed(p.territory(), (i, unit) -> row(i, unit.value()))),
      table("lsw_partnership_membership", "list_index INT", "organisation_id UUID, form TEXT, "
          + "declaration_date DATE, role TEXT, joined_on DATE, left_on DATE",
          p -> indexed(p.memberships(), (i, m) -> row(i, m.organisation().value(),
              m.form().name(), m.declarationDate().orElse(null), m.role().name(), m.joinedOn(),
              m.leftOn().orElse(null)))),
      table("lsw_partnership_person", "list_index INT", "person_id UUID, name TEXT, "
          + "position TEXT, organisation_id UUID, email TEXT, phone TEXT",
          p -> indexed(p.persons(), (i, person) -> row(i, person.id().value(), person.name(),
              person.position(), person.organisation().value(), person.email().orElse(null),
              person.phone().orElse(null)))),
      table("lsw_partnership_matter", "list_index INT", "matter_id UUID, raised_by UUID, "
          + "raised_by_person UUID, raised_at TIMESTAMP, raised_at_nanos INT, subject TEXT, "
          + "description TEXT",
          p -> indexed(p.matters(), (i, m) -> row(i, m.id().value(), m.raisedBy().value(),
              m.raisedByPerson().value(), timestamp(m.raisedAt()), m.raisedAt().getNano(),
              m.subject(), m.description()))),
      table("lsw_partnership_matter_status", "matter_index INT, list_index INT", "status TEXT, "
          + "changed_at TIMESTAMP, changed_at_nanos INT, by_person UUID, by_role TEXT",
          p -> nested(p.matters(), RaisedMatter::history, (matter, i, change) -> row(matter, i,
              change.status().name(), timestamp(change.at()), change.at().getNano(),
              change.by().person().value(), change.by().role().name()))),
      table("lsw_partnership_component", "list_index INT", "component_id UUID",
          p -> indexed(p.components(), (i, component) -> row(i, component.value()))),
      table("lsw_partnership_steering_committee", "", "body_id UUID, chair_id UUID",
          p -> p.steeringCommittee().stream()
              .map(sc -> row(sc.id().value(), sc.chair().value())).toList()),
      table("lsw_partnership_sc_member", "list_index INT", "person_id UUID, mandate BOOL",
          p -> indexed(p.steeringCommittee().map(SteeringCommittee::members).orElse(List.of()),
              (i, member) -> row(i, member.person().value(), member.mandate()))),
      table("lsw_partnership_task_team", "", "body_id UUID, manager_id UUID, "
          + "manager_education TEXT, manager_years_families INT, manager_months_projects INT, "
          + "specialist_id UUID",
          p -> p.taskTeam().stream().map(tt -> row(tt.id().value(), tt.manager().value(),
              tt.managerQualifications().education().name(),
              tt.managerQualifications().yearsHelpingFamilies(),
              tt.managerQualifications().monthsCoordinatingProjects(),
              tt.knowledgeManagementSpecialist().map(PersonId::value).orElse(null))).toList()),
      table("lsw_partnership_tt_member", "list_index INT", "person_id UUID",
          p -> indexed(p.taskTeam().map(TaskTeam::members).orElse(List.of()),
              (i, member) -> row(i, member.value()))),
      table("lsw_partnership_consortium", "list_index INT", "body_id UUID, problem TEXT, "
          + "competition_reference TEXT",
          p -> indexed(p.consortia(), (i, consortium) -> row(i, consortium.id().value(),
              consortium.problem(), consortium.competitionReference()))),
      table("lsw_partnership_consortium_org", "consortium_index INT, list_index INT",
          "organisation_id UUID", p -> nested(p.consortia(), ExecutiveConsortium::organisations,
              (consortium, i, organisation) -> row(consortium, i, organisation.value()))),
      table("lsw_partnership_consortium_person", "consortium_index INT, list_index INT",
          "person_id UUID", p -> nested(p.consortia(), ExecutiveConsortium::persons,
              (consortium, i, person) -> row(consortium, i, person.value()))),
      table("lsw_partnership_coop_team", "list_index INT", "body_id UUID, kind TEXT",
          p -> indexed(p.cooperationTeams(),
              (i, team) -> row(i, team.id().value(), team.kind().name()))),
      table("lsw_partnership_coop_member", "team_index INT, list_index INT",
          "person_id UUID, role TEXT", p -> nested(p.cooperationTeams(), CooperationTeam::members,
              (team, i, member) -> row(team, i, member.person().value(), member.role().name()))),
      table("lsw_partnership_network_worker", "list_index INT", "person_id UUID",
          p -> indexed(p.networkWorkers(), (i, worker) -> row(i, worker.value()))),
      table("lsw_partnership_meeting", "list_index INT", "meeting_id UUID, body_id UUID, "
          + "body_kind TEXT, meeting_date DATE, duration_seconds LONG, duration_nanos INT, "
          + "chair_id UUID, host_id UUID, open_to_families BOOL, family_representatives INT, "
          + "agenda_reference TEXT, minutes_reference TEXT, recorded_by_person UUID, "
          + "recorded_by_role TEXT, recorded_at TIMESTAMP, recorded_at_nanos INT",
          p -> indexed(p.meetings(), (i, m) -> row(i, m.id().value(), m.body().value(),
              m.bodyKind().name(), m.date(), m.duration().getSeconds(), m.duration().getNano(),
              m.chair().value(), m.host().value(), m.openToFamilies(),
              m.familyRepresentativesPresent(), m.agendaReference().orElse(null),
              m.minutesReference().orElse(null), m.recordedBy().person().value(),
              m.recordedBy().role().name(), timestamp(m.recordedAt()), m.recordedAt().getNano()))),
      table("lsw_partnership_meeting_attendee", "meeting_index INT, list_index INT",
          "person_id UUID", p -> nested(p.meetings(), Meeting::attendees,
              (meeting, i, person) -> row(meeting, i, person.value()))),
      table("lsw_partnership_decision", "list_index INT", "decision_id UUID, body_id UUID, "
          + "meeting_id UUID, decision_date DATE, subject TEXT, kind TEXT, proposer_id UUID, "
          + "supersedes_id UUID, recorded_by_person UUID, recorded_by_role TEXT, "
          + "recorded_at TIMESTAMP, recorded_at_nanos INT",
          p -> indexed(p.decisions(), (i, d) -> row(i, d.id().value(), d.body().value(),
              d.meeting().map(MeetingId::value).orElse(null), d.date(), d.subject(),
              d.kind().name(), d.proposer().value(),
              d.supersedes().map(DecisionId::value).orElse(null), d.recordedBy().person().value(),
              d.recordedBy().role().name(), timestamp(d.recordedAt()), d.recordedAt().getNano()))),
      table("lsw_partnership_decision_position", "decision_index INT, list_index INT",
          "person_id UUID, position TEXT", p -> nested(p.decisions(), Decision::positions,
              (decision, i, position) -> row(decision, i, position.person().value(),
                  position.position().name()))),
      table("lsw_partnership_decision_binds", "decision_index INT, list_index INT",
          "organisation_id UUID", p -> nested(p.decisions(), d -> List.copyOf(d.binds()),
              (decision, i, organisation) -> row(decision, i, organisation.value()))));

  private final Jdbc jdbc;

  JdbcPartnershipRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // --- writing -------------------------------------------------------------------------------

  @Override
  public Partnership save(Partnership partnership) {
    Partnership stored = partnership.withVersion(partnership.version() + 1);
    UUID id = partnership.id().value();
    try {
      return jdbc.inTransaction("saving partnership " + partnership.id(), c -> {
        if (partnership.version() == 0) {
          insertRoot(c, stored);
          for (ChildTable<Partnership> table : TABLES) {
            table.insert(c, id, table.rowsOf(stored).values());
          }
        } else {
          // the root row is locked from here on: the child rows read next are those of the
          // version just checked, and no other save can change them before this one commits
          updateRoot(c, partnership, stored);
          for (ChildTable<Partnership> table : TABLES) {
            table.write(c, id, table.stored(c, id), table.rowsOf(stored));
          }
        }
        return stored;
      });
    } catch (Jdbc.UniqueViolation e) {
      if (partnership.version() == 0 && findById(partnership.id()).isPresent()) {
        throw conflict(partnership);
      }
      throw new StoreException("saving partnership " + partnership.id()
          + " violated a unique constraint: " + e.getMessage(), e.getCause());
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && jdbc.dialect().isConcurrentUpdate(sql)) {
        throw conflict(partnership);
      }
      throw e;
    }
  }

  private static VersionConflictException conflict(Partnership p) {
    return new VersionConflictException(AGGREGATE, p.id().toString(), p.version());
  }

  private static NoLongerStoredException noLongerStored(Partnership p) {
    return new NoLongerStoredException(AGGREGATE, p.id().toString(), p.version());
  }

  private static void insertRoot(Connection c, Partnership p) throws SQLException {
    Jdbc.update(c, "INSERT INTO lsw_partnership (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setObject(1, p.id().value());
          ps.setLong(2, p.version());
          ps.setString(3, p.name());
          ps.setString(4, p.kind().name());
          ps.setString(5, p.inspirationOrigin().name());
          ps.setString(6, p.scope().name());
          ps.setObject(7, p.leader().value());
          ps.setObject(8, p.foundedOn());
        });
  }

  private static void updateRoot(Connection c, Partnership read, Partnership p)
      throws SQLException {
    int changed = Jdbc.update(c, "UPDATE lsw_partnership SET version = ?, name = ?, kind = ?, "
            + "inspiration_origin = ?, scope = ?, leader_id = ?, founded_on = ? "
            + "WHERE id = ? AND version = ?",
        ps -> {
          ps.setLong(1, p.version());
          ps.setString(2, p.name());
          ps.setString(3, p.kind().name());
          ps.setString(4, p.inspirationOrigin().name());
          ps.setString(5, p.scope().name());
          ps.setObject(6, p.leader().value());
          ps.setObject(7, p.foundedOn());
          ps.setObject(8, read.id().value());
          ps.setLong(9, read.version());
        });
    if (changed == 0) {
      throw Jdbc.rowExists(c, "lsw_partnership", "id", read.id().value())
          ? conflict(read) : noLongerStored(read);
    }
  }

  private static ChildTable<Partnership> table(String name, String keys, String values,
      Function<Partnership, List<List<Object>>> rows) {
    return new ChildTable<>(name, OWNER, keys, values, rows);
  }



  // --- reading -------------------------------------------------------------------------------

  @Override
  public Optional<Partnership> findById(PartnershipId id) {
    return jdbc.read("finding partnership " + id, c -> {
      List<Partnership> found = load(c, "SELECT " + COLUMNS + " FROM lsw_partnership WHERE id = ?",
          ps -> ps.setObject(1, id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public Page<Partnership> findByTerytPrefix(String terytPrefix, PageRequest page) {
    String prefix = Seat.requireTerytPrefix(terytPrefix);
    return findPage("listing partnerships in TERYT " + prefix + "*",
        "id IN (SELECT partnership_id FROM lsw_partnership_territory WHERE teryt LIKE ?)",
        ps -> ps.setString(1, prefix + "%"), page);
  }

  @Override
  public Page<Partnership> findByMember(OrganisationId organisation, PageRequest page) {
    return findPage("listing partnerships with the member " + organisation,
        "id IN (SELECT partnership_id FROM lsw_partnership_membership "
            + "WHERE organisation_id = ? AND left_on IS NULL)",
        ps -> ps.setObject(1, organisation.value()), page);
  }

  @Override
  public long count() {
    return jdbc.read("counting partnerships",
        c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM lsw_partnership", ps -> {}));
  }

  /** One page of a listing; {@code where} has exactly one parameter, bound by {@code binder}. */
  private Page<Partnership> findPage(String what, String where, Jdbc.Binder binder,
      PageRequest page) {
    return jdbc.read(what, c -> {
      long total = Jdbc.queryLong(c, "SELECT COUNT(*) FROM lsw_partnership WHERE " + where, binder);
      if (total <= page.offset()) {
        return new Page<>(List.of(), page, total);
      }
      List<Partnership> items = load(c, "SELECT " + COLUMNS + " FROM lsw_partnership WHERE "
          + where + ORDER + jdbc.dialect().limitOffset(), ps -> {
            binder.bind(ps);
            ps.setInt(2, page.size());
            ps.setLong(3, page.offset());
          });
      return new Page<>(items, page, total);
    });
  }

  private record Root(UUID id, long version, String name, String kind, String origin,
      String scope, UUID leader, java.time.LocalDate foundedOn) {}

  /** Loads the partnerships a query selects, with all their parts, in query order. */
  private static List<Partnership> load(Connection c, String sql, Jdbc.Binder binder)
      throws SQLException {
    List<Root> roots = Jdbc.query(c, sql, binder, rs -> new Root(uuid(rs, 1), rs.getLong(2),
        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), uuid(rs, 7),
        Columns.date(rs, 8)));
    if (roots.isEmpty()) {
      return List.of();
    }
    Children ch = new Children(c, roots.stream().map(Root::id).toList());
    List<Partnership> result = new ArrayList<>(roots.size());
    for (Root r : roots) {
      result.add(assemble(r, ch));
    }
    return result;
  }

  private static Partnership assemble(Root r, Children ch) {
    String owner = "partnership " + r.id();
    try {
      UUID id = r.id();
      Set<SocialServiceField> focus = EnumSet.noneOf(SocialServiceField.class);
      for (String field : ch.focus.getOrDefault(id, List.of())) {
        focus.add(decode(SocialServiceField.class, field, owner));
      }
      List<List<MatterStatusChange>> histories = ch.matterStatus.group(id);
      List<RaisedMatter> matters = new ArrayList<>();
      List<RaisedMatter> rawMatters = ch.matters.getOrDefault(id, List.of());
      for (int i = 0; i < rawMatters.size(); i++) {
        matters.add(rawMatters.get(i).withHistory(at(histories, i)));
      }
      Optional<SteeringCommittee> sc = Optional.ofNullable(ch.committees.get(id))
          .map(b -> b.withMembers(ch.scMembers.getOrDefault(id, List.of())));
      Optional<TaskTeam> tt = Optional.ofNullable(ch.taskTeams.get(id))
          .map(b -> b.withMembers(ch.ttMembers.getOrDefault(id, List.of())));
      List<List<OrganisationId>> consortiumOrgs = ch.consortiumOrgs.group(id);
      List<List<PersonId>> consortiumPersons = ch.consortiumPersons.group(id);
      List<ExecutiveConsortium> consortia = new ArrayList<>();
      List<ExecutiveConsortium> rawConsortia = ch.consortia.getOrDefault(id, List.of());
      for (int i = 0; i < rawConsortia.size(); i++) {
        consortia.add(rawConsortia.get(i).withOrganisations(at(consortiumOrgs, i))
            .withPersons(at(consortiumPersons, i)));
      }
      List<List<CooperationTeamMember>> coopMembers = ch.coopMembers.group(id);
      List<CooperationTeam> teams = new ArrayList<>();
      List<TeamRow> rawTeams = ch.coopTeams.getOrDefault(id, List.of());
      for (int i = 0; i < rawTeams.size(); i++) {
        teams.add(CooperationTeam.builder().id(rawTeams.get(i).id())
            .kind(decode(BodyKind.class, rawTeams.get(i).kind(), owner))
            .members(at(coopMembers, i)).build());
      }
      List<List<PersonId>> attendees = ch.attendees.group(id);
      List<Meeting> meetings = new ArrayList<>();
      List<Meeting> rawMeetings = ch.meetings.getOrDefault(id, List.of());
      for (int i = 0; i < rawMeetings.size(); i++) {
        meetings.add(rawMeetings.get(i).withAttendees(at(attendees, i)));
      }
      List<List<MemberPosition>> positions = ch.positions.group(id);
      List<List<OrganisationId>> binds = ch.binds.group(id);
      List<Decision> decisions = new ArrayList<>();
      List<Decision> rawDecisions = ch.decisions.getOrDefault(id, List.of());
      for (int i = 0; i < rawDecisions.size(); i++) {
        decisions.add(rawDecisions.get(i).withPositions(at(positions, i))
            .withBinds(at(binds, i)));
      }
      return Partnership.builder()
          .id(PartnershipId.of(id))
          .version(r.version())
          .name(r.name())
          .kind(decode(PartnershipKind.class, r.kind(), owner))
          .inspirationOrigin(decode(InspirationOrigin.class, r.origin(), owner))
          .scope(decode(PartnershipScope.class, r.scope(), owner))
          .focusDomains(focus)
          .territory(ch.territory.getOrDefault(id, List.of()))
          .leader(OrganisationId.of(r.leader()))
          .foundedOn(r.foundedOn())
          .memberships(ch.memberships.getOrDefault(id, List.of()))
          .persons(ch.persons.getOrDefault(id, List.of()))
          .matters(matters)
          .components(ch.components.getOrDefault(id, List.of()))
          .steeringCommittee(sc)
          .taskTeam(tt)
          .consortia(consortia)
          .cooperationTeams(teams)
          .networkWorkers(ch.networkWorkers.getOrDefault(id, List.of()))
          .meetings(meetings)
          .decisions(decisions)
          .build();
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("the stored " + owner + " is not valid: " + e.getMessage(), e);
    }
  }

  private static <T> List<T> at(List<List<T>> groups, int index) {
    return index < groups.size() ? groups.get(index) : List.of();
  }

  private record TeamRow(BodyId id, String kind) {}

  /**
   * The child rows of a set of partnerships, each table read once, grouped by partnership id
   * (lists in their saved order).
   */
  private static final class Children {
    final Map<UUID, List<String>> focus;
    final Map<UUID, List<TerytCode>> territory;
    final Map<UUID, List<Membership>> memberships;
    final Map<UUID, List<Person>> persons;
    final Map<UUID, List<RaisedMatter>> matters;
    final Grouped<MatterStatusChange> matterStatus;
    final Map<UUID, List<PartnershipId>> components;
    final Map<UUID, SteeringCommittee> committees = new HashMap<>();
    final Map<UUID, List<SteeringCommitteeMember>> scMembers;
    final Map<UUID, TaskTeam> taskTeams = new HashMap<>();
    final Map<UUID, List<PersonId>> ttMembers;
    final Map<UUID, List<ExecutiveConsortium>> consortia;
    final Grouped<OrganisationId> consortiumOrgs;
    final Grouped<PersonId> consortiumPersons;
    final Map<UUID, List<TeamRow>> coopTeams;
    final Grouped<CooperationTeamMember> coopMembers;
    final Map<UUID, List<PersonId>> networkWorkers;
    final Map<UUID, List<Meeting>> meetings;
    final Grouped<PersonId> attendees;
    final Map<UUID, List<Decision>> decisions;
    final Grouped<MemberPosition> positions;
    final Grouped<OrganisationId> binds;

    Children(Connection c, List<UUID> ids) throws SQLException {
      focus = rows(c, ids, "lsw_partnership_focus", "field", "field",
          (rs, owner) -> rs.getString(2));
      territory = rows(c, ids, "lsw_partnership_territory", "teryt", "list_index",
          (rs, owner) -> TerytCode.of(rs.getString(2)));
      memberships = rows(c, ids, "lsw_partnership_membership", "organisation_id, form, "
          + "declaration_date, role, joined_on, left_on", "list_index",
          (rs, owner) -> Membership.builder()
              .organisation(OrganisationId.of(uuid(rs, 2)))
              .form(decode(MembershipForm.class, rs.getString(3), owner))
              .declarationDate(Columns.optionalDate(rs, 4))
              .role(decode(MembershipRole.class, rs.getString(5), owner))
              .joinedOn(Columns.date(rs, 6))
              .leftOn(Columns.optionalDate(rs, 7))
              .build());
      persons = rows(c, ids, "lsw_partnership_person", "person_id, name, position, "
          + "organisation_id, email, phone", "list_index",
          (rs, owner) -> Person.builder()
              .id(PersonId.of(uuid(rs, 2)))
              .name(rs.getString(3))
              .position(rs.getString(4))
              .organisation(OrganisationId.of(uuid(rs, 5)))
              .email(Columns.optionalText(rs, 6))
              .phone(Columns.optionalText(rs, 7))
              .build());
      // the history is set when the partnership is assembled; OPEN stands in until then
      matters = rows(c, ids, "lsw_partnership_matter", "matter_id, raised_by, raised_by_person, "
          + "raised_at, raised_at_nanos, subject, description", "list_index",
          (rs, owner) -> RaisedMatter.builder()
              .id(MatterId.of(uuid(rs, 2)))
              .raisedBy(OrganisationId.of(uuid(rs, 3)))
              .raisedByPerson(PersonId.of(uuid(rs, 4)))
              .raisedAt(getInstant(rs, 5))
              .subject(rs.getString(7))
              .description(rs.getString(8))
              .addHistory(new MatterStatusChange(MatterStatus.OPEN, getInstant(rs, 5),
                  pl.lsw.core.partnership.governance.ActingPerson.of(PersonId.of(uuid(rs, 4)),
                      pl.lsw.core.partnership.governance.ActingRole.PARTNER_REPRESENTATIVE)))
              .build());
      matterStatus = grouped(c, ids, "lsw_partnership_matter_status", "matter_index",
          "status, changed_at, changed_at_nanos, by_person, by_role",
          (rs, owner) -> new MatterStatusChange(decode(MatterStatus.class, rs.getString(3), owner),
              getInstant(rs, 4), getActor(rs, 6, owner)));
      components = rows(c, ids, "lsw_partnership_component", "component_id", "list_index",
          (rs, owner) -> PartnershipId.of(uuid(rs, 2)));
      // the members are set when the partnership is assembled; the chair stands in until then
      for (Map.Entry<UUID, List<SteeringCommittee>> e : rows(c, ids,
          "lsw_partnership_steering_committee", "body_id, chair_id", "body_id",
          (rs, owner) -> SteeringCommittee.builder().id(BodyId.of(uuid(rs, 2)))
              .chair(PersonId.of(uuid(rs, 3)))
              .addMember(SteeringCommitteeMember.withoutMandate(PersonId.of(uuid(rs, 3))))
              .build()).entrySet()) {
        committees.put(e.getKey(), e.getValue().get(0));
      }
      scMembers = rows(c, ids, "lsw_partnership_sc_member", "person_id, mandate", "list_index",
          (rs, owner) -> new SteeringCommitteeMember(PersonId.of(uuid(rs, 2)), rs.getBoolean(3)));
      for (Map.Entry<UUID, List<TaskTeam>> e : rows(c, ids, "lsw_partnership_task_team",
          "body_id, manager_id, manager_education, manager_years_families, "
              + "manager_months_projects, specialist_id", "body_id",
          (rs, owner) -> TaskTeam.builder().id(BodyId.of(uuid(rs, 2)))
              .manager(PersonId.of(uuid(rs, 3)))
              .managerQualifications(new ManagerQualifications(
                  decode(EducationLevel.class, rs.getString(4), owner), rs.getInt(5),
                  rs.getInt(6)))
              .knowledgeManagementSpecialist(Columns.optionalUuid(rs, 7).map(PersonId::of))
              .build()).entrySet()) {
        taskTeams.put(e.getKey(), e.getValue().get(0));
      }
      ttMembers = rows(c, ids, "lsw_partnership_tt_member", "person_id", "list_index",
          (rs, owner) -> PersonId.of(uuid(rs, 2)));
      consortia = rows(c, ids, "lsw_partnership_consortium", "body_id, problem, "
          + "competition_reference", "list_index",
          (rs, owner) -> ExecutiveConsortium.builder().id(BodyId.of(uuid(rs, 2)))
              .problem(rs.getString(3)).competitionReference(rs.getString(4)).build());
      consortiumOrgs = grouped(c, ids, "lsw_partnership_consortium_org", "consortium_index",
          "organisation_id", (rs, owner) -> OrganisationId.of(uuid(rs, 3)));
      consortiumPersons = grouped(c, ids, "lsw_partnership_consortium_person",
          "consortium_index", "person_id", (rs, owner) -> PersonId.of(uuid(rs, 3)));
      coopTeams = rows(c, ids, "lsw_partnership_coop_team", "body_id, kind", "list_index",
          (rs, owner) -> new TeamRow(BodyId.of(uuid(rs, 2)), rs.getString(3)));
      coopMembers = grouped(c, ids, "lsw_partnership_coop_member", "team_index",
          "person_id, role", (rs, owner) -> new CooperationTeamMember(PersonId.of(uuid(rs, 3)),
              decode(CooperationModelRole.class, rs.getString(4), owner)));
      networkWorkers = rows(c, ids, "lsw_partnership_network_worker", "person_id", "list_index",
          (rs, owner) -> PersonId.of(uuid(rs, 2)));
      meetings = rows(c, ids, "lsw_partnership_meeting", "meeting_id, body_id, body_kind, "
          + "meeting_date, duration_seconds, duration_nanos, chair_id, host_id, "
          + "open_to_families, family_representatives, agenda_reference, minutes_reference, "
          + "recorded_by_person, recorded_by_role, recorded_at, recorded_at_nanos", "list_index",
          (rs, owner) -> Meeting.builder()
              .id(MeetingId.of(uuid(rs, 2)))
              .body(BodyId.of(uuid(rs, 3)))
              .bodyKind(decode(BodyKind.class, rs.getString(4), owner))
              .date(Columns.date(rs, 5))
              .duration(Columns.getDuration(rs, 6))
              .chair(PersonId.of(uuid(rs, 8)))
              .host(OrganisationId.of(uuid(rs, 9)))
              .openToFamilies(rs.getBoolean(10))
              .familyRepresentativesPresent(rs.getInt(11))
              .agendaReference(Columns.optionalText(rs, 12))
              .minutesReference(Columns.optionalText(rs, 13))
              .recordedBy(getActor(rs, 14, owner))
              .recordedAt(getInstant(rs, 16))
              .build());
      attendees = grouped(c, ids, "lsw_partnership_meeting_attendee", "meeting_index",
          "person_id", (rs, owner) -> PersonId.of(uuid(rs, 3)));
      decisions = rows(c, ids, "lsw_partnership_decision", "decision_id, body_id, meeting_id, "
          + "decision_date, subject, kind, proposer_id, supersedes_id, recorded_by_person, "
          + "recorded_by_role, recorded_at, recorded_at_nanos", "list_index",
          (rs, owner) -> Decision.builder()
              .id(DecisionId.of(uuid(rs, 2)))
              .body(BodyId.of(uuid(rs, 3)))
              .meeting(Columns.optionalUuid(rs, 4).map(MeetingId::of))
              .date(Columns.date(rs, 5))
              .subject(rs.getString(6))
              .kind(decode(DecisionKind.class, rs.getString(7), owner))
              .proposer(PersonId.of(uuid(rs, 8)))
              .supersedes(Columns.optionalUuid(rs, 9).map(DecisionId::of))
              .recordedBy(getActor(rs, 10, owner))
              .recordedAt(getInstant(rs, 12))
              .build());
      positions = grouped(c, ids, "lsw_partnership_decision_position", "decision_index",
          "person_id, position", (rs, owner) -> new MemberPosition(PersonId.of(uuid(rs, 3)),
              decode(Position.class, rs.getString(4), owner)));
      binds = grouped(c, ids, "lsw_partnership_decision_binds", "decision_index",
          "organisation_id", (rs, owner) -> OrganisationId.of(uuid(rs, 3)));
    }
  }

  /** Maps a child row; columns start at 2 (column 1 is the partnership id). */
  @FunctionalInterface
  private interface ChildMapper<T> {
    T map(ResultSet rs, String owner) throws SQLException;
  }

  /**
   * The rows of a child table for the given partnerships, in {@code order} within each, grouped
   * by partnership id. Column 1 is the partnership id, then {@code columns}.
   */
  private static <T> Map<UUID, List<T>> rows(Connection c, List<UUID> ids, String table,
      String columns, String order, ChildMapper<T> mapper) throws SQLException {
    Map<UUID, List<T>> byId = new HashMap<>();
    Jdbc.query(c, "SELECT partnership_id, " + columns + " FROM " + table
        + " WHERE partnership_id" + Columns.in(ids.size()) + " ORDER BY partnership_id, " + order,
        Columns.ids(ids), rs -> {
          UUID id = uuid(rs, 1);
          byId.computeIfAbsent(id, k -> new ArrayList<>()).add(map(mapper, rs, id));
          return id;
        });
    return byId;
  }

  /**
   * The rows of a table of lists nested in the items of a list, grouped by partnership id and
   * by the outer item's position. Column 1 is the partnership id, 2 the outer position, then
   * {@code columns}.
   */
  private static <T> Grouped<T> grouped(Connection c, List<UUID> ids, String table,
      String parentColumn, String columns, ChildMapper<T> mapper) throws SQLException {
    Grouped<T> grouped = new Grouped<>();
    Jdbc.query(c, "SELECT partnership_id, " + parentColumn + ", " + columns + " FROM " + table
        + " WHERE partnership_id" + Columns.in(ids.size())
        + " ORDER BY partnership_id, " + parentColumn + ", list_index",
        Columns.ids(ids), rs -> {
          UUID id = uuid(rs, 1);
          grouped.add(id, rs.getInt(2), map(mapper, rs, id));
          return id;
        });
    return grouped;
  }

  private static <T> T map(ChildMapper<T> mapper, ResultSet rs, UUID id) throws SQLException {
    String owner = "partnership " + id;
    try {
      return mapper.map(rs, owner);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("a part of the stored " + owner + " is not valid: "
          + e.getMessage(), e);
    }
  }

  /** Inner lists by partnership id and outer position. */
  private static final class Grouped<T> {
    private final Map<UUID, List<List<T>>> byId = new HashMap<>();

    void add(UUID id, int parent, T item) {
      List<List<T>> lists = byId.computeIfAbsent(id, k -> new ArrayList<>());
      while (lists.size() <= parent) {
        lists.add(new ArrayList<>());
      }
      lists.get(parent).add(item);
    }

    List<List<T>> group(UUID id) {
      return byId.getOrDefault(id, List.of());
    }
  }
}
