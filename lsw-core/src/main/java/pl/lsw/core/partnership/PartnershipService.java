package pl.lsw.core.partnership;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.service.CommandRunner;
import pl.lsw.core.kernel.Page;
import pl.lsw.core.kernel.PageRequest;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.kernel.port.EventPublisher;
import pl.lsw.core.kernel.port.IdSource;
import pl.lsw.core.organisation.Organisation;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * The application service of partnerships: loads a partnership, asks it to run a command, stores
 * the new state and then publishes the events. A refused command is returned as data (the
 * {@link Refusal}); nothing is stored or published. Events are published only after a successful
 * save; a {@link pl.lsw.core.kernel.VersionConflictException} from the save (someone else changed
 * the partnership meanwhile) propagates and nothing is published. Thread-safe when its
 * collaborators are.
 *
 * <p>Polish: <i>usługa aplikacyjna partnerstw</i>.
 *
 * <p>Every command runs through the kernel {@link CommandRunner} and returns the kernel {@link
 * Change} with the partnership <em>as stored</em> (its new version) and the published events; a
 * command that creates something (a partnership, a person, a body, a matter, a meeting, a
 * decision) names the new id: {@code change.createdId(PersonId.class)}. A command to a
 * partnership that is not stored is refused with {@code PARTNERSHIP_UNKNOWN}.
 * What the aggregate cannot know, the service supplies: new ids (from the {@link IdSource}), the
 * time (from the {@link Clock}), whether organisations exist in the registry ({@code
 * ORGANISATION_UNKNOWN}), which member organisations are local-government units (sector
 * {@link Sector#PUBLIC}) for the Steering Committee's chair, the scopes of a local pact's
 * components, the names of the organisations a decision binds, and the {@link RuleEnvironment}
 * of {@code GOV-MANDATE}.
 */
public final class PartnershipService {

  private static final Logger LOG = LoggerFactory.getLogger(PartnershipService.class);

  private final PartnershipRepository partnerships;
  private final OrganisationRepository organisations;
  private final Clock clock;
  private final IdSource ids;
  private final RuleEnvironment rules;
  private final CommandRunner<PartnershipId, Partnership> runner;

  /**
   * Creates the service.
   *
   * @param partnerships where partnerships are kept
   * @param organisations the organisation registry's repository
   * @param clock the time of events
   * @param ids the source of new ids
   * @param events where events are published
   * @param rules the rule environment of the rules the commands run (built once by {@code Lsw})
   * @param policy the embedder's access policy, asked before every command (see {@link
   *     AccessPolicy#libraryRoles()} for the default)
   */
  public PartnershipService(PartnershipRepository partnerships,
      OrganisationRepository organisations, Clock clock, IdSource ids, EventPublisher events,
      RuleEnvironment rules,
      AccessPolicy policy) {
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
    this.organisations = Objects.requireNonNull(organisations, "organisations");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(events, "events");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.runner = new CommandRunner<>("partnerships", CommandRunner.Store.of(partnerships::findById, partnerships::save), events, id -> PartnershipProblems.PROBLEMS.problem("id", "PARTNERSHIP_UNKNOWN"), policy);
  }

  // ---------------------------------------------------------------- queries

  /** The partnership with this id, or none. */
  public Optional<Partnership> find(PartnershipId id) {
    return partnerships.findById(id);
  }

  /** One page of the partnerships whose territory has a unit with this TERYT prefix. */
  public Page<Partnership> findByTerytPrefix(String terytPrefix, PageRequest page) {
    return partnerships.findByTerytPrefix(terytPrefix, page);
  }

  /** One page of the partnerships the organisation is a member of now. */
  public Page<Partnership> findByMember(OrganisationId organisation, PageRequest page) {
    return partnerships.findByMember(organisation, page);
  }

  // ---------------------------------------------------------------- commands

  /**
   * Founds a partnership with new ids for it and the founder; see {@link Partnership#found}.
   * Refused also when the leader is not in the organisation registry.
   */
  public Either<Refusal, Change<Partnership>> found(PartnershipFounding founding) {
    Objects.requireNonNull(founding, "founding");
    PartnershipId id = PartnershipId.of(ids.nextId());
    PersonId founder = PersonId.of(ids.nextId());
    Either<Refusal, Change<Partnership>> outcome =
        Partnership.found(id, founder, founding, clock.instant());
    List<Problem> unknown = unknownOrganisations(
        founding.leader().map(List::of).orElse(List.of()), "leader");
    return runner.create("found", new Founder(founder), () -> combine(outcome, unknown));
  }

  /** Admits a member; see {@link Partnership#admitMember}. Refused also for an unregistered organisation. */
  public Either<Refusal, Change<Partnership>> admitMember(PartnershipId id, ActingPerson actor,
      OrganisationId organisation, MembershipForm form, LocalDate declarationDate,
      MembershipRole role, LocalDate joinedOn) {
    List<Problem> unknown = unknownOrganisations(
        organisation == null ? List.of() : List.of(organisation), "organisation");
    return run("admitMember", id, actor, p -> combine(
        p.admitMember(actor, organisation, form, declarationDate, role, joinedOn, now()),
        unknown));
  }

  /** Admits a formal member; see {@link Partnership#admitFormalMember}. */
  public Either<Refusal, Change<Partnership>> admitFormalMember(PartnershipId id, ActingPerson actor,
      OrganisationId organisation, LocalDate declarationDate, LocalDate joinedOn) {
    return admitMember(id, actor, organisation, MembershipForm.FORMAL, declarationDate,
        MembershipRole.MEMBER, joinedOn);
  }

  /** Admits an informal partner; see {@link Partnership#admitInformalPartner}. */
  public Either<Refusal, Change<Partnership>> admitInformalPartner(PartnershipId id, ActingPerson actor,
      OrganisationId organisation, LocalDate joinedOn) {
    return admitMember(id, actor, organisation, MembershipForm.INFORMAL, null,
        MembershipRole.INFORMAL_PARTNER, joinedOn);
  }

  /** Ends a membership; see {@link Partnership#endMembership}. */
  public Either<Refusal, Change<Partnership>> endMembership(PartnershipId id, ActingPerson actor,
      OrganisationId organisation, LocalDate leftOn) {
    return run("endMembership", id, actor, p -> p.endMembership(actor, organisation, leftOn, now()));
  }

  /** Registers a person under a new id; see {@link Partnership#registerPerson}. */
  public Either<Refusal, Change<Partnership>> registerPerson(PartnershipId id, ActingPerson actor,
      PersonDetails details) {
    PersonId person = PersonId.of(ids.nextId());
    return run("registerPerson", id, actor, p -> p.registerPerson(actor, person, details, familyRepresentations(p), now()));
  }

  /**
   * Sets up the Steering Committee under a new body id; see
   * {@link Partnership#setUpSteeringCommittee}. The JST organisations are the member
   * organisations of sector PUBLIC in the registry.
   */
  public Either<Refusal, Change<Partnership>> setUpSteeringCommittee(PartnershipId id, ActingPerson actor,
      List<SteeringCommitteeMember> members, PersonId chair) {
    BodyId body = BodyId.of(ids.nextId());
    return run("setUpSteeringCommittee", id, actor, p -> p.setUpSteeringCommittee(actor, body, members, chair,
        localGovernment(p), now()));
  }

  /** Changes the Steering Committee; see {@link Partnership#changeSteeringCommittee}. */
  public Either<Refusal, Change<Partnership>> changeSteeringCommittee(PartnershipId id, ActingPerson actor,
      List<SteeringCommitteeMember> members, PersonId chair) {
    return run("changeSteeringCommittee", id, actor, p -> p.changeSteeringCommittee(actor, members, chair, localGovernment(p),
        now()));
  }

  /** Sets up the Task Team under a new body id; see {@link Partnership#setUpTaskTeam}. */
  public Either<Refusal, Change<Partnership>> setUpTaskTeam(PartnershipId id, ActingPerson actor, PersonId manager,
      ManagerQualifications qualifications, PersonId specialist, List<PersonId> members) {
    BodyId body = BodyId.of(ids.nextId());
    return run("setUpTaskTeam", id, actor, p -> p.setUpTaskTeam(actor, body, manager, qualifications, specialist,
        members, now()));
  }

  /** Sets up the Task Team without a knowledge-management specialist; see {@link Partnership#setUpTaskTeam}. */
  public Either<Refusal, Change<Partnership>> setUpTaskTeam(PartnershipId id, ActingPerson actor, PersonId manager,
      ManagerQualifications qualifications, List<PersonId> members) {
    return setUpTaskTeam(id, actor, manager, qualifications, null, members);
  }

  /** Changes the Task Team; see {@link Partnership#changeTaskTeam}. */
  public Either<Refusal, Change<Partnership>> changeTaskTeam(PartnershipId id, ActingPerson actor, PersonId manager,
      ManagerQualifications qualifications, PersonId specialist, List<PersonId> members) {
    return run("changeTaskTeam", id, actor, p -> p.changeTaskTeam(actor, manager, qualifications, specialist, members,
        now()));
  }

  /** Changes the Task Team, leaving it without a specialist; see {@link Partnership#changeTaskTeam}. */
  public Either<Refusal, Change<Partnership>> changeTaskTeam(PartnershipId id, ActingPerson actor, PersonId manager,
      ManagerQualifications qualifications, List<PersonId> members) {
    return changeTaskTeam(id, actor, manager, qualifications, null, members);
  }

  /** Sets up an Executive Consortium under a new body id; see {@link Partnership#setUpConsortium}. */
  public Either<Refusal, Change<Partnership>> setUpConsortium(PartnershipId id, ActingPerson actor, String problem,
      String competitionReference, List<OrganisationId> members, List<PersonId> persons) {
    BodyId body = BodyId.of(ids.nextId());
    return run("setUpConsortium", id, actor, p -> p.setUpConsortium(actor, body, problem, competitionReference, members,
        persons, now()));
  }

  /** Changes an Executive Consortium; see {@link Partnership#changeConsortium}. */
  public Either<Refusal, Change<Partnership>> changeConsortium(PartnershipId id, ActingPerson actor, BodyId body,
      List<OrganisationId> members, List<PersonId> persons) {
    return run("changeConsortium", id, actor, p -> p.changeConsortium(actor, body, members, persons, now()));
  }

  /** Sets up a PZK or WZK under a new body id; see {@link Partnership#setUpCooperationTeam}. */
  public Either<Refusal, Change<Partnership>> setUpCooperationTeam(PartnershipId id, ActingPerson actor,
      BodyKind kind, List<CooperationTeamMember> members) {
    BodyId body = BodyId.of(ids.nextId());
    return run("setUpCooperationTeam", id, actor, p -> p.setUpCooperationTeam(actor, body, kind, members, now()));
  }

  /** Changes a PZK's or WZK's members; see {@link Partnership#changeCooperationTeam}. */
  public Either<Refusal, Change<Partnership>> changeCooperationTeam(PartnershipId id, ActingPerson actor,
      BodyId body, List<CooperationTeamMember> members) {
    return run("changeCooperationTeam", id, actor, p -> p.changeCooperationTeam(actor, body, members, now()));
  }

  /** Appoints the network workers; see {@link Partnership#appointNetworkWorkers}. */
  public Either<Refusal, Change<Partnership>> appointNetworkWorkers(PartnershipId id, ActingPerson actor,
      List<PersonId> workers) {
    return run("appointNetworkWorkers", id, actor, p -> p.appointNetworkWorkers(actor, workers, now()));
  }

  /** Raises a matter under a new id; see {@link Partnership#raiseMatter}. */
  public Either<Refusal, Change<Partnership>> raiseMatter(PartnershipId id, ActingPerson actor, String subject,
      String description) {
    MatterId matter = MatterId.of(ids.nextId());
    return run("raiseMatter", id, actor, p -> p.raiseMatter(actor, matter, subject, description, now()));
  }

  /** Raises a matter with a subject only; see {@link Partnership#raiseMatter}. */
  public Either<Refusal, Change<Partnership>> raiseMatter(PartnershipId id, ActingPerson actor, String subject) {
    return raiseMatter(id, actor, subject, null);
  }

  /** Changes a matter's status; see {@link Partnership#changeMatterStatus}. */
  public Either<Refusal, Change<Partnership>> changeMatterStatus(PartnershipId id, ActingPerson actor,
      MatterId matter, MatterStatus status) {
    return run("changeMatterStatus", id, actor, p -> p.changeMatterStatus(actor, matter, status, now()));
  }

  /** Records a meeting under a new id; see {@link Partnership#recordMeeting}. */
  public Either<Refusal, Change<Partnership>> recordMeeting(PartnershipId id, ActingPerson actor,
      MeetingDetails details) {
    MeetingId meeting = MeetingId.of(ids.nextId());
    return run("recordMeeting", id, actor, p -> p.recordMeeting(actor, meeting, details, now()));
  }

  /** Records a decision under a new id; see {@link Partnership#recordDecision}. */
  public Either<Refusal, Change<Partnership>> recordDecision(PartnershipId id, ActingPerson actor,
      DecisionProposal proposal) {
    DecisionId decision = DecisionId.of(ids.nextId());
    return run("recordDecision", id, actor, p -> p.recordDecision(actor, decision, proposal, rules, this::organisationName,
        now()));
  }

  /** Records a correcting decision under a new id; see {@link Partnership#supersedeDecision}. */
  public Either<Refusal, Change<Partnership>> supersedeDecision(PartnershipId id, ActingPerson actor,
      DecisionId superseded, DecisionProposal proposal) {
    DecisionId decision = DecisionId.of(ids.nextId());
    return run("supersedeDecision", id, actor, p -> p.supersedeDecision(actor, decision, superseded, proposal, rules,
        this::organisationName, now()));
  }

  /**
   * Sets a local pact's components, looking their scopes up in the repository; see
   * {@link Partnership#composeLocalPact}.
   */
  public Either<Refusal, Change<Partnership>> composeLocalPact(PartnershipId id, ActingPerson actor,
      List<PartnershipId> components) {
    Function<PartnershipId, Optional<PartnershipScope>> scopeOf =
        component -> partnerships.findById(component).map(Partnership::scope);
    return run("composeLocalPact", id, actor, p -> p.composeLocalPact(actor, components, scopeOf, now()));
  }

  // ---------------------------------------------------------------- machinery

  private Instant now() {
    return clock.instant();
  }

  private Either<Refusal, Change<Partnership>> run(String commandName, PartnershipId id, Actor actor,
      Function<Partnership, Either<Refusal, Change<Partnership>>> command) {
    Either<Refusal, Change<Partnership>> outcome = runner.run(commandName, id, actor, command);
    outcome.peekLeft(refusal -> LOG.debug("command refused: {}", refusal));
    return outcome;
  }

  private Optional<String> organisationName(OrganisationId organisation) {
    return organisations.findById(organisation).map(Organisation::name);
  }

  private List<Problem> unknownOrganisations(List<OrganisationId> wanted, String path) {
    return wanted.stream()
        .filter(org -> organisations.findById(org).isEmpty())
        .map(org -> PartnershipProblems.PROBLEMS.problem(path, "ORGANISATION_UNKNOWN"))
        .toList();
  }

  private static Either<Refusal, Change<Partnership>> combine(
      Either<Refusal, Change<Partnership>> outcome, List<Problem> more) {
    if (more.isEmpty()) {
      return outcome;
    }
    return Either.left(outcome.isLeft() ? outcome.getLeft().and(Refusal.of(more))
        : Refusal.of(more));
  }

  private Set<OrganisationId> familyRepresentations(Partnership partnership) {
    return activeMembersOfSector(partnership, Sector.FAMILY_REPRESENTATIVE);
  }

  private Set<OrganisationId> localGovernment(Partnership partnership) {
    return activeMembersOfSector(partnership, Sector.PUBLIC);
  }

  private Set<OrganisationId> activeMembersOfSector(Partnership partnership, Sector sector) {
    Set<OrganisationId> result = new LinkedHashSet<>();
    for (Membership membership : partnership.activeMemberships()) {
      if (organisations.findById(membership.organisation())
          .filter(o -> o.sector() == sector).isPresent()) {
        result.add(membership.organisation());
      }
    }
    return result;
  }

  /** The founding person, who gives the founding command before any role exists. */
  private record Founder(PersonId person) implements Actor {
    @Override
    public String reference() {
      return "person:" + person.value() + "/FOUNDER";
    }

    @Override
    public String display(java.util.Locale locale) {
      return "pl".equals(locale.getLanguage()) ? "osoba zakładająca partnerstwo"
          : "the founding person";
    }
  }
}
