package pl.lsw.core.partnership;

import static pl.lsw.core.partnership.CommandSupport.append;
import static pl.lsw.core.partnership.CommandSupport.changed;
import static pl.lsw.core.partnership.CommandSupport.created;
import static pl.lsw.core.partnership.CommandSupport.reason;
import static pl.lsw.core.partnership.CommandSupport.refuse;
import static pl.lsw.core.partnership.CommandSupport.required;
import static pl.lsw.core.partnership.CommandSupport.who;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationTeam;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.ExecutiveConsortium;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.MandateRule;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.SteeringCommittee;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * A partnership: a local support system (LSW), a Model Kooperacji team, a local pact or another
 * kind of cooperation platform, with its members, the matters they raise, its people, governance
 * bodies, meetings and decisions. It is one aggregate with one optimistic {@link #version()}.
 *
 * <p>Polish: <i>partnerstwo lokalne</i>.
 *
 * <p><b>Commands.</b> Every change is a command that names its {@link pl.lsw.core.partnership.governance.ActingPerson} and returns either
 * a kernel {@link pl.lsw.core.kernel.Refusal} listing every reason (nothing changes) or the kernel {@link pl.lsw.core.kernel.Change} with
 * events. Commands never publish and never store; {@link PartnershipService} does, after a
 * successful save. The state itself is a value: {@code Partnership.builder()} restores a stored
 * partnership (its checks throw {@link pl.lsw.core.kernel.InvalidInputException}).
 *
 * <p><b>Access</b> (the reasons have the codes in brackets), checked by every command but
 * founding:
 *
 * <ul>
 *   <li>the acting person is registered in the partnership ({@code ACTOR_UNKNOWN}) and their
 *       organisation is a member ({@code ACTOR_OUTSIDE_PARTNERSHIP}) whose membership has not
 *       ended ({@code ACTOR_MEMBERSHIP_ENDED}); an informal partner's people take part in
 *       everything, no declaration is ever asked for;
 *   <li>the person really holds the role named ({@code ACTOR_ROLE_NOT_HELD}), see
 *       {@link #holds(PersonId, ActingRole)};
 *   <li>the role may give the command ({@code ACTOR_ROLE_NOT_ALLOWED}): only the Steering
 *       Committee (a member or the chair acting as such) decides; only the Task Team Manager
 *       records Task Team meetings; a Steering Committee meeting is recorded by its chair or a
 *       member, a consortium's or a PZK's/WZK's meeting by one of its members (who must belong
 *       to that body: {@code ACTOR_NOT_IN_BODY}); administration (admitting and ending
 *       memberships, registering people, setting up and changing bodies, appointing network
 *       workers, composing a local pact) is done by the Steering Committee's chair or members or
 *       by a representative of the leader organisation ({@code ACTOR_NOT_LEADER_REPRESENTATIVE});
 *       a partner's representative may also register people of its own organisation and end its
 *       own membership; any partner raises matters; a matter's status is changed by the Steering
 *       Committee or the Task Team Manager;
 *   <li>only members holding a mandate bind their organisation: a decision may bind an
 *       organisation only if a member of the committee from that organisation holds a mandate
 *       and takes a position on it (rule {@link pl.lsw.core.partnership.governance.MandateRule GOV-MANDATE}, run with the rule
 *       environment the command is given; its finding is the reason, code {@code GOV-MANDATE}).
 * </ul>
 *
 * <p><b>Local pact.</b> A {@link PartnershipKind#LOCAL_PACT} lists its component partnerships,
 * each of {@link PartnershipScope#SECTORAL} scope. The aggregate cannot see other partnerships,
 * so {@link #composeLocalPact} is given a lookup of the components' scopes; the application
 * service builds it from the repository.
 *
 * <p><b>Structure.</b> The partnership keeps its state and its public commands; the work is done by
 * package-private collaborators, one per responsibility: the members, people and bodies
 * ({@code MembershipAndBodies}), the append-only record of meetings and decisions ({@code
 * MeetingsAndDecisions}) and the access policy ({@code PartnershipAccess}).
 *
 * <p><b>Versions.</b> 0 for a partnership never stored; each successful save stores version
 * {@code n + 1}. Commands keep the version; the repository sets it.
 */
@Value.Immutable
abstract class AbstractPartnership {

  /** The longest name accepted. */
  public static final int MAX_NAME = 300;

  /** The longest free text (problem, competition reference, subject) accepted. */
  public static final int MAX_TEXT = 2000;

  // ---------------------------------------------------------------- state

  /** The id. */
  public abstract PartnershipId id();

  /** The stored version: 0 for a partnership never stored, then 1, 2, ... */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The name. */
  public abstract String name();

  /** The kind. */
  public abstract PartnershipKind kind();

  /** Where the inspiration to found it came from. */
  public abstract InspirationOrigin inspirationOrigin();

  /** Sectoral or multi-aspect. */
  public abstract PartnershipScope scope();

  /** The focus domain(s), at least one. */
  public abstract Set<SocialServiceField> focusDomains();

  /** The TERYT units it covers, at least one. */
  public abstract List<TerytCode> territory();

  /** The leader organisation: a member with the role {@link MembershipRole#LEADER}. */
  public abstract OrganisationId leader();

  /** The founding day. */
  public abstract LocalDate foundedOn();

  /** Every membership, ended ones included, in the order they began. */
  public abstract List<Membership> memberships();

  /** The registered people. */
  public abstract List<Person> persons();

  /** The matters raised by partners, oldest first. */
  public abstract List<RaisedMatter> matters();

  /** For a local pact, its component (sectoral) partnerships; empty for other kinds. */
  public abstract List<PartnershipId> components();

  /** The Steering Committee, once set up. */
  public abstract Optional<SteeringCommittee> steeringCommittee();

  /** The Task Team, once set up. */
  public abstract Optional<TaskTeam> taskTeam();

  /** The Executive Consortia. */
  public abstract List<ExecutiveConsortium> consortia();

  /** The Model Kooperacji teams (PZK, WZK). */
  public abstract List<CooperationTeam> cooperationTeams();

  /** The network workers / cooperation animators. */
  public abstract List<PersonId> networkWorkers();

  /** The recorded meetings, in the order recorded. */
  public abstract List<Meeting> meetings();

  /** The recorded decisions, in the order recorded; never edited. */
  public abstract List<Decision> decisions();

  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (version() < 0) {
      problems.add(reason("version", "VERSION_NEGATIVE", "version", version()));
    }
    if (territory().isEmpty()) {
      problems.add(reason("territory", "TERRITORY_EMPTY"));
    }
    if (focusDomains().isEmpty()) {
      problems.add(reason("focusDomains", "FOCUS_EMPTY"));
    }
    long leaders = memberships().stream().filter(m -> m.role() == MembershipRole.LEADER).count();
    boolean leaderOk = memberships().stream().anyMatch(m -> m.organisation().equals(leader())
        && m.role() == MembershipRole.LEADER && m.isActive());
    if (leaders != 1 || !leaderOk) {
      problems.add(reason("leader", "LEADER_MEMBERSHIP"));
    }
    if (!components().isEmpty() && kind() != PartnershipKind.LOCAL_PACT) {
      problems.add(reason("components", "COMPONENTS_NOT_LOCAL_PACT", "kind", kind()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  // ---------------------------------------------------------------- queries

  /** The active membership of an organisation, if it is a member now. */
  public Optional<Membership> activeMembership(OrganisationId organisation) {
    return memberships().stream()
        .filter(m -> m.organisation().equals(organisation) && m.isActive()).findFirst();
  }

  /** Whether the organisation is a member now (formal or informal). */
  public boolean isActiveMember(OrganisationId organisation) {
    return activeMembership(organisation).isPresent();
  }

  /** The memberships that have not ended. */
  public List<Membership> activeMemberships() {
    return memberships().stream().filter(Membership::isActive).toList();
  }

  /** The registered person with this id. */
  public Optional<Person> person(PersonId id) {
    return persons().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The matter with this id. */
  public Optional<RaisedMatter> matter(MatterId id) {
    return matters().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The meeting with this id. */
  public Optional<Meeting> meeting(MeetingId id) {
    return meetings().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The decision with this id. */
  public Optional<Decision> decision(DecisionId id) {
    return decisions().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The Executive Consortium with this id. */
  public Optional<ExecutiveConsortium> consortium(BodyId id) {
    return consortia().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The Model Kooperacji team with this id. */
  public Optional<CooperationTeam> cooperationTeam(BodyId id) {
    return cooperationTeams().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The kind of the body with this id, if the partnership has such a body. */
  public Optional<BodyKind> bodyKind(BodyId id) {
    if (steeringCommittee().map(b -> b.id().equals(id)).orElse(false)) {
      return Optional.of(BodyKind.STEERING_COMMITTEE);
    }
    if (taskTeam().map(b -> b.id().equals(id)).orElse(false)) {
      return Optional.of(BodyKind.TASK_TEAM);
    }
    if (consortium(id).isPresent()) {
      return Optional.of(BodyKind.EXECUTIVE_CONSORTIUM);
    }
    return cooperationTeam(id).map(CooperationTeam::kind);
  }

  /** The decision that supersedes the given one, if any (derived from the later decisions). */
  public Optional<Decision> supersededBy(DecisionId id) {
    return decisions().stream().filter(d -> d.supersedes().equals(Optional.of(id))).findFirst();
  }

  /** Whether a later decision supersedes this one. */
  public boolean isSuperseded(DecisionId id) {
    return supersededBy(id).isPresent();
  }

  /** The decisions in force: recorded and not superseded. */
  public List<Decision> decisionsInForce() {
    return decisions().stream().filter(d -> !isSuperseded(d.id())).toList();
  }

  /**
   * Whether the person really holds the role: the chair or a member of the Steering Committee,
   * the Task Team Manager, the knowledge-management specialist, a Task Team member (manager and
   * specialist included), a member of some consortium, a network worker, a member of some PZK or
   * WZK; any registered person is a partner representative.
   */
  public boolean holds(PersonId person, ActingRole role) {
    switch (role) {
      case STEERING_COMMITTEE_CHAIR:
        return steeringCommittee().map(sc -> sc.chair().equals(person)).orElse(false);
      case STEERING_COMMITTEE_MEMBER:
        return steeringCommittee().map(sc -> sc.isMember(person)).orElse(false);
      case TASK_TEAM_MANAGER:
        return taskTeam().map(t -> t.manager().equals(person)).orElse(false);
      case KNOWLEDGE_MANAGEMENT_SPECIALIST:
        return taskTeam().flatMap(TaskTeam::knowledgeManagementSpecialist)
            .map(person::equals).orElse(false);
      case TASK_TEAM_MEMBER:
        return taskTeam().map(t -> t.includes(person)).orElse(false);
      case CONSORTIUM_MEMBER:
        return consortia().stream().anyMatch(c -> c.persons().contains(person));
      case NETWORK_WORKER:
        return networkWorkers().contains(person);
      case PARTNER_COOPERATION_TEAM_MEMBER:
        return cooperationTeams().stream().anyMatch(
            t -> t.kind() == BodyKind.PARTNER_COOPERATION_TEAM && t.includes(person));
      case VOIVODESHIP_COOPERATION_TEAM_MEMBER:
        return cooperationTeams().stream().anyMatch(
            t -> t.kind() == BodyKind.VOIVODESHIP_COOPERATION_TEAM && t.includes(person));
      case PARTNER_REPRESENTATIVE:
        return person(person).isPresent();
      default:
        return false;
    }
  }

  /**
   * The reasons why a person may not give a command of another capability (the Initiative Bank,
   * the Local Service Basket, plans …) to this partnership in one of the allowed roles: not
   * registered ({@code ACTOR_UNKNOWN}), acting for an organisation that is not an active member
   * ({@code ACTOR_OUTSIDE_PARTNERSHIP}, {@code ACTOR_MEMBERSHIP_ENDED}), naming a role they do not
   * hold ({@code ACTOR_ROLE_NOT_HELD}) or one that may not give the command ({@code
   * ACTOR_ROLE_NOT_ALLOWED}). Every reason at once; empty when the person may act.
   *
   * @param actor who acts, in which role
   * @param allowed the roles that may give the command
   * @param what what the command does, in both languages, for the messages
   * @return every reason, possibly empty
   */
  public List<Problem> accessProblems(ActingPerson actor, Set<ActingRole> allowed, Label what) {
    Objects.requireNonNull(allowed, "allowed");
    Objects.requireNonNull(what, "what");
    return List.copyOf(new PartnershipAccess((Partnership) this).check(actor, allowed, what));
  }

  // ---------------------------------------------------------------- founding

  /**
   * Founds a partnership, checking every input at once: the name; kind, origin and scope given;
   * at least one focus domain; a non-empty territory without repeats; the leader, its declaration
   * date (not after the founding day) and the founding day; the founder's details, and that the
   * founder acts for the leader. The leader joins as a formal member with the role LEADER; the
   * founder is registered as the first person and acts as a partner representative.
   *
   * @param id the new partnership's id
   * @param founder the id of the founding person
   * @param founding what the partnership is
   * @param now when (for the events)
   * @return the new partnership (version 0) and {@link PartnershipFounded}, {@link MemberJoined}
   *     and {@link PersonRegistered}; or every problem
   */
  public static Either<Refusal, Change<Partnership>> found(PartnershipId id, PersonId founder,
      PartnershipFounding founding, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(founder, "founder");
    Objects.requireNonNull(founding, "founding");
    Objects.requireNonNull(now, "now");
    String name = founding.name().orElse(null);
    PartnershipKind kind = founding.kind().orElse(null);
    InspirationOrigin origin = founding.inspirationOrigin().orElse(null);
    PartnershipScope scope = founding.scope().orElse(null);
    OrganisationId leader = founding.leader().orElse(null);
    LocalDate declared = founding.leaderDeclarationDate().orElse(null);
    LocalDate foundedOn = founding.foundedOn().orElse(null);
    PersonDetails founderDetails = founding.founder().orElse(null);
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "PARTNERSHIP_NAME",
        Label.of("Nazwa partnerstwa", "The partnership's name"), name, MAX_NAME);
    required(problems, "kind", "PARTNERSHIP_KIND", Label.of("Rodzaj partnerstwa", "The partnership's kind"), kind);
    required(problems, "inspirationOrigin", "INSPIRATION_ORIGIN", Label.of("Źródło inspiracji", "The origin of inspiration"),
        origin);
    required(problems, "scope", "PARTNERSHIP_SCOPE", Label.of("Zakres partnerstwa", "The partnership's scope"), scope);
    if (founding.focusDomains().isEmpty() || founding.focusDomains().contains(null)) {
      problems.add(reason("focusDomains", "FOCUS_EMPTY"));
    }
    if (founding.territory().isEmpty()) {
      problems.add(reason("territory", "TERRITORY_EMPTY"));
    } else if (founding.territory().contains(null)) {
      problems.add(reason("territory", "TERRITORY_UNIT_MISSING"));
    } else if (founding.territory().stream().distinct().count() != founding.territory().size()) {
      problems.add(reason("territory", "TERRITORY_REPEATED", "units", repeated(founding.territory())));
    }
    required(problems, "leader", "LEADER", Label.of("Organizacja lidera", "The leader organisation"), leader);
    required(problems, "leaderDeclarationDate", "LEADER_DECLARATION",
        Label.of("Data deklaracji lidera", "The date of the leader's declaration"), declared);
    required(problems, "foundedOn", "FOUNDED_ON", Label.of("Dzień założenia", "The founding day"), foundedOn);
    if (declared != null && foundedOn != null
        && declared.isAfter(foundedOn)) {
      problems.add(reason("leaderDeclarationDate", "LEADER_DECLARATION_AFTER_FOUNDING",
              "declared", declared, "founded", foundedOn));
    }
    Person person = null;
    if (founderDetails == null) {
      problems.add(reason("founder", "FOUNDER_MISSING"));
    } else {
      var validated = founderDetails.toPerson(founder);
      if (validated.isInvalid()) {
        validated.getError().forEach(p -> problems.add(p.under("founder")));
      } else {
        person = validated.get();
        if (leader != null && !person.organisation().equals(leader)) {
          problems.add(reason("founder.organisation", "FOUNDER_NOT_OF_LEADER", "founder", person.name()));
        }
      }
    }
    if (!problems.isEmpty()) {
      return Either.left(Refusal.of(problems));
    }
    Membership leaderMembership = Membership.builder().organisation(leader)
        .form(MembershipForm.FORMAL).declarationDate(declared)
        .role(MembershipRole.LEADER).joinedOn(foundedOn).build();
    Partnership partnership = Partnership.builder().id(id).name(name)
        .kind(kind).inspirationOrigin(origin)
        .scope(scope).focusDomains(founding.focusDomains())
        .territory(founding.territory()).leader(leader)
        .foundedOn(foundedOn).addMemberships(leaderMembership).addPersons(person)
        .build();
    ActingPerson actor = ActingPerson.of(founder, ActingRole.PARTNER_REPRESENTATIVE);
    return Either.right(Change.created(partnership, id, List.of(
        new PartnershipFounded(id, actor, now, name, kind, leader),
        new MemberJoined(id, actor, now, leaderMembership),
        new PersonRegistered(id, actor, now, person))));
  }

  // ---------------------------------------------------------------- memberships

  /**
   * Admits an organisation, formally (with the date of its written declaration) or informally.
   * Refused when it is already a member, for the role LEADER (the leader is named at founding),
   * when the form and role do not match ({@link Membership}), or when the actor may not
   * administer the partnership.
   *
   * @param actor who admits
   * @param organisation the new member
   * @param form formal or informal
   * @param declarationDate the date of the declaration, for a formal member only (null for an
   *     informal one; {@link #admitFormalMember} and {@link #admitInformalPartner} need no null)
   * @param role MEMBER (formal) or INFORMAL_PARTNER (informal)
   * @param joinedOn the day it joins
   * @param now when
   * @return the new state and {@link MemberJoined}, or every reason
   */
  public Either<Refusal, Change<Partnership>> admitMember(ActingPerson actor, OrganisationId organisation,
      MembershipForm form, LocalDate declarationDate, MembershipRole role, LocalDate joinedOn,
      Instant now) {
    return new MembershipAndBodies(self()).admitMember(actor, organisation, form, declarationDate,
        role, joinedOn, now);
  }

  /** Admits a formal member with the date of its written declaration; see {@link #admitMember}. */
  public Either<Refusal, Change<Partnership>> admitFormalMember(ActingPerson actor, OrganisationId organisation,
      LocalDate declarationDate, LocalDate joinedOn, Instant now) {
    return new MembershipAndBodies(self()).admitFormalMember(actor, organisation, declarationDate,
        joinedOn, now);
  }

  /** Admits an informal partner, without any declaration; see {@link #admitMember}. */
  public Either<Refusal, Change<Partnership>> admitInformalPartner(ActingPerson actor, OrganisationId organisation,
      LocalDate joinedOn, Instant now) {
    return new MembershipAndBodies(self()).admitInformalPartner(actor, organisation, joinedOn, now);
  }

  /**
   * Records the end of an organisation's membership. Refused for an organisation that is not a
   * member now, for the leader, for a day before it joined; the actor administers the partnership
   * or represents that organisation.
   *
   * @return the new state and {@link MembershipEnded}, or every reason
   */
  public Either<Refusal, Change<Partnership>> endMembership(ActingPerson actor, OrganisationId organisation,
      LocalDate leftOn, Instant now) {
    return new MembershipAndBodies(self()).endMembership(actor, organisation, leftOn, now);
  }

  // ---------------------------------------------------------------- people

  /**
   * Registers a person acting for a member organisation. Refused for details with problems, a
   * taken id, an organisation that is not a member now; the actor administers the partnership or
   * is a person of the same organisation.
   *
   * @return the new state and {@link PersonRegistered}, or every reason
   */
  public Either<Refusal, Change<Partnership>> registerPerson(ActingPerson actor, PersonId id, PersonDetails details,
      Instant now) {
    return registerPerson(actor, id, details, Set.of(), now);
  }

  /**
   * Registers a person acting for a member organisation, as {@link #registerPerson(ActingPerson,
   * PersonId, PersonDetails, Instant)}, knowing which members represent families. A person of a
   * families' representation (an organisation of sector {@link
   * pl.lsw.core.organisation.Sector#FAMILY_REPRESENTATIVE}) is a member of a family, so is
   * recorded only by a pseudonymous code ({@link PersonDetails#familyRepresentative}): a name
   * that is not a {@link pl.lsw.core.kernel.PseudonymousCode} ({@code PERSON_FAMILY_REFERENCE}),
   * an e-mail address or a phone number ({@code PERSON_FAMILY_CONTACT}) are refused. People of
   * other organisations are professionals and are named. {@link PartnershipService} passes the
   * members of that sector from the organisation registry.
   *
   * @param familyRepresentations the member organisations of sector FAMILY_REPRESENTATIVE
   * @return the new state and {@link PersonRegistered}, or every reason
   */
  public Either<Refusal, Change<Partnership>> registerPerson(ActingPerson actor, PersonId id,
      PersonDetails details, Set<OrganisationId> familyRepresentations, Instant now) {
    return new MembershipAndBodies(self()).registerPerson(actor, id, details,
        familyRepresentations, now);
  }

  // ---------------------------------------------------------------- Steering Committee

  /**
   * Sets up the Steering Committee. Refused when it exists, when the body id is taken, and for
   * problems of its composition: at least one member; each member a registered person of a
   * current member organisation, listed once; the chair one of the members and a representative
   * of a local-government (JST) organisation.
   *
   * @param localGovernment the member organisations that are JST units (sector PUBLIC local
   *     government); the service passes them from the organisation registry
   * @return the new state and {@link SteeringCommitteeSetUp}, or every reason
   */
  public Either<Refusal, Change<Partnership>> setUpSteeringCommittee(ActingPerson actor, BodyId id,
      List<SteeringCommitteeMember> members, PersonId chair, Set<OrganisationId> localGovernment,
      Instant now) {
    return new MembershipAndBodies(self()).setUpSteeringCommittee(actor, id, members, chair,
        localGovernment, now);
  }

  /**
   * Changes the Steering Committee's members and chair, with the checks of
   * {@link #setUpSteeringCommittee}; refused when there is no committee.
   *
   * @return the new state and {@link SteeringCommitteeChanged}, or every reason
   */
  public Either<Refusal, Change<Partnership>> changeSteeringCommittee(ActingPerson actor,
      List<SteeringCommitteeMember> members, PersonId chair, Set<OrganisationId> localGovernment,
      Instant now) {
    return new MembershipAndBodies(self()).changeSteeringCommittee(actor, members, chair,
        localGovernment, now);
  }

  // ---------------------------------------------------------------- Task Team

  /**
   * Sets up the Task Team. Refused when it exists, when the body id is taken, when a person is
   * not a registered person of a current member (manager, specialist, members), when the
   * qualifications are missing. Whether the manager's qualifications meet {@code GOV-TT-MANAGER}
   * is reported by that rule, not refused here.
   *
   * @param specialist the knowledge-management specialist; null for none (or use the overload
   *     without it)
   * @return the new state and {@link TaskTeamSetUp}, or every reason
   */
  public Either<Refusal, Change<Partnership>> setUpTaskTeam(ActingPerson actor, BodyId id, PersonId manager,
      ManagerQualifications qualifications, PersonId specialist, List<PersonId> members,
      Instant now) {
    return new MembershipAndBodies(self()).setUpTaskTeam(actor, id, manager, qualifications,
        specialist, members, now);
  }

  /**
   * {@link #setUpTaskTeam(ActingPerson, BodyId, PersonId, ManagerQualifications, PersonId, List,
   * Instant)} without a knowledge-management specialist.
   *
   * @return the new state and {@link TaskTeamSetUp}, or every reason
   */
  public Either<Refusal, Change<Partnership>> setUpTaskTeam(ActingPerson actor, BodyId id, PersonId manager,
      ManagerQualifications qualifications, List<PersonId> members, Instant now) {
    return setUpTaskTeam(actor, id, manager, qualifications, null, members, now);
  }

  /**
   * Changes the Task Team with the checks of {@link #setUpTaskTeam}; refused when there is none.
   * The specialist is null for none (or use the overload without it).
   *
   * @return the new state and {@link TaskTeamChanged}, or every reason
   */
  public Either<Refusal, Change<Partnership>> changeTaskTeam(ActingPerson actor, PersonId manager,
      ManagerQualifications qualifications, PersonId specialist, List<PersonId> members,
      Instant now) {
    return new MembershipAndBodies(self()).changeTaskTeam(actor, manager, qualifications,
        specialist, members, now);
  }
  /**
   * {@link #changeTaskTeam(ActingPerson, PersonId, ManagerQualifications, PersonId, List,
   * Instant)} leaving the team without a knowledge-management specialist.
   *
   * @return the new state and {@link TaskTeamChanged}, or every reason
   */
  public Either<Refusal, Change<Partnership>> changeTaskTeam(ActingPerson actor, PersonId manager,
      ManagerQualifications qualifications, List<PersonId> members, Instant now) {
    return changeTaskTeam(actor, manager, qualifications, null, members, now);
  }


  // ---------------------------------------------------------------- Executive Consortia

  /**
   * Sets up an Executive Consortium. Refused when the body id is taken, the problem or the
   * competition reference is missing, there is no member organisation or one is not a member of
   * the partnership, or a person is not a registered person of one of the consortium's
   * organisations.
   *
   * @return the new state and {@link ExecutiveConsortiumSetUp}, or every reason
   */
  public Either<Refusal, Change<Partnership>> setUpConsortium(ActingPerson actor, BodyId id, String problem,
      String competitionReference, List<OrganisationId> organisations, List<PersonId> persons,
      Instant now) {
    return new MembershipAndBodies(self()).setUpConsortium(actor, id, problem, competitionReference,
        organisations, persons, now);
  }

  /**
   * Changes a consortium's organisations and persons, with the checks of
   * {@link #setUpConsortium}; refused for an unknown consortium.
   *
   * @return the new state and {@link ExecutiveConsortiumChanged}, or every reason
   */
  public Either<Refusal, Change<Partnership>> changeConsortium(ActingPerson actor, BodyId id,
      List<OrganisationId> organisations, List<PersonId> persons, Instant now) {
    return new MembershipAndBodies(self()).changeConsortium(actor, id, organisations, persons, now);
  }

  // ---------------------------------------------------------------- Model Kooperacji

  /**
   * Sets up a Model Kooperacji team: a PZK or a WZK. Refused when the body id is taken, for
   * another kind of body, for people who are not registered people of current members or are
   * listed twice.
   *
   * @return the new state and {@link CooperationTeamSetUp}, or every reason
   */
  public Either<Refusal, Change<Partnership>> setUpCooperationTeam(ActingPerson actor, BodyId id, BodyKind kind,
      List<CooperationTeamMember> members, Instant now) {
    return new MembershipAndBodies(self()).setUpCooperationTeam(actor, id, kind, members, now);
  }

  /**
   * Changes a PZK's or WZK's members; refused for an unknown team and for the people problems of
   * {@link #setUpCooperationTeam}.
   *
   * @return the new state and {@link CooperationTeamChanged}, or every reason
   */
  public Either<Refusal, Change<Partnership>> changeCooperationTeam(ActingPerson actor, BodyId id,
      List<CooperationTeamMember> members, Instant now) {
    return new MembershipAndBodies(self()).changeCooperationTeam(actor, id, members, now);
  }

  /**
   * Appoints the network workers / cooperation animators (the whole list replaces the previous
   * one; {@code GOV-NETWORK-WORKER-PAIR} reports when it is not two people). Refused for people
   * who are not registered people of current members or are listed twice.
   *
   * @return the new state and {@link NetworkWorkersAppointed}, or every reason
   */
  public Either<Refusal, Change<Partnership>> appointNetworkWorkers(ActingPerson actor, List<PersonId> workers,
      Instant now) {
    return new MembershipAndBodies(self()).appointNetworkWorkers(actor, workers, now);
  }

  // ---------------------------------------------------------------- matters

  /**
   * {@link #raiseMatter(ActingPerson, MatterId, String, String, Instant)} with a subject only.
   *
   * @return the new state and {@link MatterRaised}, or every reason
   */
  public Either<Refusal, Change<Partnership>> raiseMatter(ActingPerson actor, MatterId id, String subject,
      Instant now) {
    return raiseMatter(actor, id, subject, null, now);
  }

  /**
   * A partner raises a matter: any person of a current member, in any role they hold (an informal
   * partner too). The matter is raised by the actor's organisation and person, OPEN.
   *
   * @param description a fuller description; null for none (or use the overload without it)
   * @return the new state and {@link MatterRaised}, or every reason
   */
  public Either<Refusal, Change<Partnership>> raiseMatter(ActingPerson actor, MatterId id, String subject,
      String description, Instant now) {
    List<Problem> problems = access(actor, Set.of(ActingRole.values()), Label.of("zgłoszenie sprawy",
        "raise a matter"));
    if (id == null || matter(id).isPresent()) {
      problems.add(reason("id", "MATTER_ID_TAKEN"));
    }
    TextChecks.requireText(problems, "subject", "MATTER_SUBJECT",
        Label.of("Temat sprawy", "The matter's subject"), subject, RaisedMatter.MAX_SUBJECT);
    if (description != null && description.length() > RaisedMatter.MAX_DESCRIPTION) {
      problems.add(reason("description", "MATTER_DESCRIPTION_TOO_LONG", "max",
          RaisedMatter.MAX_DESCRIPTION, "length", description.length()));
    }
    TextChecks.refusePesel(problems, "description", "MATTER_DESCRIPTION",
        Label.of("Opis sprawy", "The matter's description"), description);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    RaisedMatter matter = RaisedMatter.builder().id(id)
        .raisedBy(person(actor.person()).get().organisation()).raisedByPerson(actor.person())
        .raisedAt(now).subject(subject).description(description == null ? "" : TextChecks.strip(description))
        .addHistory(new MatterStatusChange(MatterStatus.OPEN, now, actor)).build();
    return created(self().withMatters(append(matters(), matter)), id,
        new MatterRaised(id(), actor, now, matter));
  }

  /**
   * Changes a matter's status along {@link MatterStatus#next()}; done by the Steering Committee
   * (chair or member) or the Task Team Manager.
   *
   * @return the new state and {@link MatterStatusChanged}, or every reason
   */
  public Either<Refusal, Change<Partnership>> changeMatterStatus(ActingPerson actor, MatterId id,
      MatterStatus status, Instant now) {
    List<Problem> problems = access(actor, Set.of(ActingRole.STEERING_COMMITTEE_CHAIR,
        ActingRole.STEERING_COMMITTEE_MEMBER, ActingRole.TASK_TEAM_MANAGER),
        Label.of("zmiana statusu sprawy",
        "change a matter's status"));
    Optional<RaisedMatter> matter = id == null ? Optional.empty() : matter(id);
    if (matter.isEmpty()) {
      problems.add(reason("id", "MATTER_UNKNOWN"));
    }
    required(problems, "status", "MATTER_STATUS", Label.of("Nowy status", "The new status"), status);
    if (matter.isPresent() && status != null && !matter.get().status().canChangeTo(status)) {
      problems.add(statusChange(matter.get().status(), status));
    }
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    MatterStatus from = matter.get().status();
    RaisedMatter updated = matter.get().withHistory(
        append(matter.get().history(), new MatterStatusChange(status, now, actor)));
    return changed(self().withMatters(matters().stream()
            .map(m -> m.id().equals(id) ? updated : m).toList()),
        new MatterStatusChanged(id(), actor, now, id, from, status));
  }

  // ---------------------------------------------------------------- meetings

  /**
   * Records a meeting of a body. Who may record it depends on the body: the Steering Committee's
   * chair or a member; for the Task Team only the Task Team Manager; for a consortium, PZK or WZK
   * one of its members acting as such. Refused also for a taken id, an unknown body, a missing
   * date, a duration not above zero, an unregistered chair or attendee, a host that was not a
   * member on that day, a negative number of family representatives, or family representatives
   * at a meeting not open to families.
   *
   * @return the new state and {@link MeetingRecorded}, or every reason
   */
  public Either<Refusal, Change<Partnership>> recordMeeting(ActingPerson actor, MeetingId id, MeetingDetails details,
      Instant now) {
    return new MeetingsAndDecisions(self()).recordMeeting(actor, id, details, now);
  }

  // ---------------------------------------------------------------- decisions

  /**
   * Records a decision of the Steering Committee; only the committee decides (the actor acts as
   * its chair or a member and is one). Refused also when there is no committee, for a taken id, a
   * meeting that is not a Steering Committee meeting of this partnership, a missing day, subject,
   * kind or unregistered proposer, positions of non-members or repeated, a current member without
   * a position (record an absent member as ABSTAIN), and an organisation to bind that has no
   * member with a mandate on the committee who takes a position on it ({@link MandateRule
   * GOV-MANDATE}). The result is computed from the
   * positions: see {@link Decision}.
   *
   * @param actor who records it
   * @param id the new decision's id
   * @param proposal what was decided
   * @param rules the rule environment {@code GOV-MANDATE} runs in
   * @param organisationName the name of an organisation as the registry has it, none when it is
   *     not there (the service looks it up), for the reasons
   * @param now when
   * @return the new state and {@link DecisionRecorded}, or every reason
   */
  public Either<Refusal, Change<Partnership>> recordDecision(ActingPerson actor, DecisionId id,
      DecisionProposal proposal, RuleEnvironment rules,
      Function<OrganisationId, Optional<String>> organisationName, Instant now) {
    return new MeetingsAndDecisions(self()).recordDecision(actor, id, proposal, rules,
        organisationName, now);
  }

  /**
   * Records a new decision that corrects (supersedes) a recorded one, which itself stays as it
   * was and is from then on {@link #isSuperseded(DecisionId) superseded}. The checks of
   * {@link #recordDecision}, and the superseded decision must exist and not be superseded
   * already.
   *
   * @param rules the rule environment {@code GOV-MANDATE} runs in
   * @param organisationName the name of an organisation as the registry has it, for the reasons
   * @return the new state, {@link DecisionRecorded} and {@link DecisionSuperseded}, or every
   *     reason
   */
  public Either<Refusal, Change<Partnership>> supersedeDecision(ActingPerson actor, DecisionId id,
      DecisionId superseded, DecisionProposal proposal, RuleEnvironment rules,
      Function<OrganisationId, Optional<String>> organisationName, Instant now) {
    return new MeetingsAndDecisions(self()).supersedeDecision(actor, id, superseded, proposal,
        rules, organisationName, now);
  }

  // ---------------------------------------------------------------- local pact

  /**
   * Sets the component partnerships of a local pact (the list replaces the previous one). Refused
   * for a partnership that is not a {@link PartnershipKind#LOCAL_PACT}, an empty list, a repeated
   * or unknown component, the pact itself, or a component that is not
   * {@link PartnershipScope#SECTORAL}.
   *
   * @param scopeOf the scope of each other partnership, none when there is no such partnership
   *     (the service looks them up in the repository)
   * @return the new state and {@link LocalPactComposed}, or every reason
   */
  public Either<Refusal, Change<Partnership>> composeLocalPact(ActingPerson actor, List<PartnershipId> components,
      Function<PartnershipId, Optional<PartnershipScope>> scopeOf, Instant now) {
    List<Problem> problems = administration(actor, Label.of("określenie składu paktu lokalnego",
        "compose a local pact"));
    List<PartnershipId> parts = components == null ? List.of() : components;
    if (kind() != PartnershipKind.LOCAL_PACT) {
      problems.add(reason("", "LOCAL_PACT_KIND", "kind", kind()));
    }
    if (parts.isEmpty()) {
      problems.add(reason("components", "LOCAL_PACT_EMPTY"));
    }
    if (parts.stream().distinct().count() != parts.size()) {
      problems.add(reason("components", "LOCAL_PACT_COMPONENT_REPEATED"));
    }
    for (PartnershipId part : parts) {
      if (id().equals(part)) {
        problems.add(reason("components", "LOCAL_PACT_COMPONENT_SELF"));
        continue;
      }
      Optional<PartnershipScope> scope = part == null ? Optional.empty() : scopeOf.apply(part);
      if (scope.isEmpty()) {
        problems.add(reason("components", "LOCAL_PACT_COMPONENT_UNKNOWN", "position",
            parts.indexOf(part) + 1));
      } else if (scope.get() != PartnershipScope.SECTORAL) {
        problems.add(reason("components", "LOCAL_PACT_COMPONENT_NOT_SECTORAL",
            "position", parts.indexOf(part) + 1, "scope", scope.get()));
      }
    }
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    return changed(self().withComponents(parts), new LocalPactComposed(id(), actor, now, parts));
  }

  // ---------------------------------------------------------------- access

  /** The reasons why the actor may not act in one of the allowed roles; see {@link PartnershipAccess}. */
  private List<Problem> access(ActingPerson actor, Set<ActingRole> allowed, Label what) {
    return new PartnershipAccess(self()).check(actor, allowed, what);
  }

  /** The reasons why the actor may not administer the partnership; see {@link PartnershipAccess}. */
  private List<Problem> administration(ActingPerson actor, Label what) {
    return new PartnershipAccess(self()).administration(actor, what);
  }

  // ---------------------------------------------------------------- helpers

  private Partnership self() {
    return (Partnership) this;
  }

  /** The TERYT units listed more than once, each once. */
  private static List<TerytCode> repeated(List<TerytCode> units) {
    return units.stream().filter(u -> units.indexOf(u) != units.lastIndexOf(u)).distinct()
        .toList();
  }

  /** Why a matter cannot change from one status to another. */
  private static Problem statusChange(MatterStatus from, MatterStatus to) {
    if (from.next().isEmpty()) {
      return PartnershipProblems.PROBLEMS.keyed("MATTER_STATUS_CHANGE.final", "status",
          "MATTER_STATUS_CHANGE", "from", from, "to", to);
    }
    return reason("status", "MATTER_STATUS_CHANGE", "from", from, "to", to,
        "allowed", List.copyOf(from.next()));
  }
}
