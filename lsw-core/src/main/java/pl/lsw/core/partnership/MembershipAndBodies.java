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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationTeam;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.ExecutiveConsortium;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.SteeringCommittee;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.TaskTeam;

/**
 * The commands about a partnership's members, people and bodies: admitting and ending
 * memberships, registering people, setting up and changing the Steering Committee, the Task
 * Team, the Executive Consortia and the Model Kooperacji teams, appointing network workers.
 * Each answers a new state of the partnership, or every reason; the partnership's public
 * commands delegate here.
 *
 * <p>Polish: <i>członkostwo i organy partnerstwa</i>.
 */
final class MembershipAndBodies {

  private final Partnership partnership;
  private final PartnershipAccess access;

  MembershipAndBodies(Partnership partnership) {
    this.partnership = partnership;
    this.access = new PartnershipAccess(partnership);
  }

  /** See {@link Partnership#admitMember}. */
  Either<Refusal, Change<Partnership>> admitMember(ActingPerson actor, OrganisationId organisation,
      MembershipForm form, LocalDate declarationDate, MembershipRole role, LocalDate joinedOn,
      Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("przyjęcie członka",
        "admit a member"));
    required(problems, "organisation", "MEMBER_ORGANISATION", Label.of("Organizacja", "The organisation"), organisation);
    if (organisation != null && partnership.isActiveMember(organisation)) {
      problems.add(reason("organisation", "MEMBER_ALREADY", "since",
          partnership.activeMembership(organisation).get().joinedOn()));
    }
    if (role == MembershipRole.LEADER) {
      problems.add(reason("role", "MEMBER_ROLE_LEADER"));
    }
    AbstractMembership.problems(form, declarationDate, role, joinedOn, null)
        .forEach(p -> problems.add(p.under("membership")));
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    Membership membership = Membership.builder().organisation(organisation).form(form)
        .declarationDate(Optional.ofNullable(declarationDate)).role(role).joinedOn(joinedOn)
        .build();
    return changed(partnership.withMemberships(append(partnership.memberships(), membership)),
        new MemberJoined(partnership.id(), actor, now, membership));
  }

  /** See {@link Partnership#admitFormalMember}. */
  Either<Refusal, Change<Partnership>> admitFormalMember(ActingPerson actor, OrganisationId organisation,
      LocalDate declarationDate, LocalDate joinedOn, Instant now) {
    return admitMember(actor, organisation, MembershipForm.FORMAL, declarationDate,
        MembershipRole.MEMBER, joinedOn, now);
  }

  /** See {@link Partnership#admitInformalPartner}. */
  Either<Refusal, Change<Partnership>> admitInformalPartner(ActingPerson actor, OrganisationId organisation,
      LocalDate joinedOn, Instant now) {
    return admitMember(actor, organisation, MembershipForm.INFORMAL, null,
        MembershipRole.INFORMAL_PARTNER, joinedOn, now);
  }

  /** See {@link Partnership#endMembership}. */
  Either<Refusal, Change<Partnership>> endMembership(ActingPerson actor, OrganisationId organisation,
      LocalDate leftOn, Instant now) {
    boolean ownOrganisation = organisation != null && partnership.person(actor.person())
        .map(p -> p.organisation().equals(organisation)).orElse(false);
    List<Problem> problems = ownOrganisation
        ? access.check(actor, Set.of(ActingRole.values()), Label.of("zakończenie członkostwa własnej organizacji",
        "end their own organisation's membership"))
        : access.administration(actor, Label.of("zakończenie członkostwa",
        "end a membership"));
    required(problems, "organisation", "MEMBER_ORGANISATION", Label.of("Organizacja", "The organisation"), organisation);
    required(problems, "leftOn", "MEMBERSHIP_LEFT", Label.of("Dzień zakończenia członkostwa", "The day the membership ends"), leftOn);
    Optional<Membership> membership =
        organisation == null ? Optional.empty() : partnership.activeMembership(organisation);
    if (organisation != null && membership.isEmpty()) {
      problems.add(reason("organisation", "MEMBER_NOT_ACTIVE"));
    }
    if (organisation != null && organisation.equals(partnership.leader())) {
      problems.add(reason("organisation", "MEMBER_LEADER_CANNOT_LEAVE"));
    }
    if (leftOn != null && membership.isPresent() && leftOn.isBefore(membership.get().joinedOn())) {
      problems.add(reason("leftOn", "MEMBERSHIP_LEFT_BEFORE_JOINED", "left", leftOn,
          "joined", membership.get().joinedOn()));
    }
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    List<Membership> updated = partnership.memberships().stream()
        .map(m -> m == membership.get() ? m.withLeftOn(leftOn) : m).toList();
    return changed(partnership.withMemberships(updated),
        new MembershipEnded(partnership.id(), actor, now, organisation, leftOn));
  }

  /** See {@link Partnership#registerPerson}. */
  Either<Refusal, Change<Partnership>> registerPerson(ActingPerson actor, PersonId id, PersonDetails details,
      Set<OrganisationId> familyRepresentations, Instant now) {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(familyRepresentations, "familyRepresentations");
    boolean sameOrganisation = details.organisation() != null && partnership.person(actor.person())
        .map(p -> p.organisation().equals(details.organisation())).orElse(false);
    List<Problem> problems = sameOrganisation
        ? access.check(actor, Set.of(ActingRole.values()), Label.of("zarejestrowanie osoby z własnej organizacji",
        "register a person of their organisation"))
        : access.administration(actor, Label.of("zarejestrowanie osoby z innej organizacji",
        "register a person of another organisation"));
    if (partnership.person(id).isPresent()) {
      problems.add(reason("id", "PERSON_ID_TAKEN", "holder", who(partnership, id)));
    }
    if (details.organisation() != null && !partnership.isActiveMember(details.organisation())) {
      problems.add(reason("organisation", "PERSON_ORGANISATION_NOT_MEMBER", "person",
          details.name()));
    }
    var person = details.toPerson(id);
    if (person.isInvalid()) {
      person.getError().forEach(problems::add);
    }
    if (details.organisation() != null && familyRepresentations.contains(details.organisation())) {
      if (details.name() != null && !TextChecks.isBlank(details.name())
          && !pl.lsw.core.kernel.PseudonymousCode.isValid(details.name())) {
        problems.add(reason("name", "PERSON_FAMILY_REFERENCE"));
      }
      if (details.email() != null) {
        problems.add(reason("email", "PERSON_FAMILY_CONTACT"));
      }
      if (details.phone() != null) {
        problems.add(reason("phone", "PERSON_FAMILY_CONTACT"));
      }
    }
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    return created(partnership.withPersons(append(partnership.persons(), person.get())), id,
        new PersonRegistered(partnership.id(), actor, now, person.get()));
  }

  /** See {@link Partnership#setUpSteeringCommittee}. */
  Either<Refusal, Change<Partnership>> setUpSteeringCommittee(ActingPerson actor, BodyId id,
      List<SteeringCommitteeMember> members, PersonId chair, Set<OrganisationId> localGovernment,
      Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("powołanie Komitetu Sterującego",
        "set up the Steering Committee"));
    if (partnership.steeringCommittee().isPresent()) {
      problems.add(reason("", "SC_EXISTS"));
    }
    bodyIdFree(problems, id);
    committeeProblems(problems, members, chair, localGovernment);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    SteeringCommittee committee =
        SteeringCommittee.builder().id(id).members(members).chair(chair).build();
    return created(partnership.withSteeringCommittee(committee), id,
        new SteeringCommitteeSetUp(partnership.id(), actor, now, committee));
  }

  /** See {@link Partnership#changeSteeringCommittee}. */
  Either<Refusal, Change<Partnership>> changeSteeringCommittee(ActingPerson actor,
      List<SteeringCommitteeMember> members, PersonId chair, Set<OrganisationId> localGovernment,
      Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("zmiana składu Komitetu Sterującego",
        "change the Steering Committee"));
    if (partnership.steeringCommittee().isEmpty()) {
      problems.add(reason("", "SC_MISSING"));
    }
    committeeProblems(problems, members, chair, localGovernment);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    SteeringCommittee committee = SteeringCommittee.builder().id(partnership.steeringCommittee().get().id())
        .members(members).chair(chair).build();
    return changed(partnership.withSteeringCommittee(committee),
        new SteeringCommitteeChanged(partnership.id(), actor, now, committee));
  }
  private void committeeProblems(List<Problem> problems, List<SteeringCommitteeMember> members,
      PersonId chair, Set<OrganisationId> localGovernment) {
    List<SteeringCommitteeMember> seats = members == null ? List.of() : members;
    if (seats.isEmpty()) {
      problems.add(reason("members", "SC_NO_MEMBERS"));
    }
    List<PersonId> people = seats.stream().map(SteeringCommitteeMember::person).toList();
    participants(problems, "members", "SC_MEMBER", people);
    if (chair == null) {
      problems.add(reason("chair", "SC_CHAIR_MISSING"));
    } else {
      if (!people.contains(chair)) {
        problems.add(reason("chair", "SC_CHAIR_NOT_MEMBER", "chair", who(partnership, chair)));
      }
      Optional<Person> chairPerson = partnership.person(chair);
      if (chairPerson.isPresent() && (localGovernment == null
          || !localGovernment.contains(chairPerson.get().organisation()))) {
        problems.add(reason("chair", "SC_CHAIR_NOT_LOCAL_GOVERNMENT", "chair",
            chairPerson.get().name()));
      }
    }
  }

  /** See {@link Partnership#setUpTaskTeam}. */
  Either<Refusal, Change<Partnership>> setUpTaskTeam(ActingPerson actor, BodyId id, PersonId manager,
      ManagerQualifications qualifications, PersonId specialist, List<PersonId> members,
      Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("powołanie Zespołu Zadaniowego",
        "set up the Task Team"));
    if (partnership.taskTeam().isPresent()) {
      problems.add(reason("", "TT_EXISTS"));
    }
    bodyIdFree(problems, id);
    taskTeamProblems(problems, manager, qualifications, specialist, members);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    TaskTeam team = TaskTeam.builder().id(id).manager(manager)
        .managerQualifications(qualifications)
        .knowledgeManagementSpecialist(Optional.ofNullable(specialist)).members(members).build();
    return created(partnership.withTaskTeam(team), id, new TaskTeamSetUp(partnership.id(), actor, now, team));
  }

  /** See {@link Partnership#changeTaskTeam}. */
  Either<Refusal, Change<Partnership>> changeTaskTeam(ActingPerson actor, PersonId manager,
      ManagerQualifications qualifications, PersonId specialist, List<PersonId> members,
      Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("zmiana Zespołu Zadaniowego",
        "change the Task Team"));
    if (partnership.taskTeam().isEmpty()) {
      problems.add(reason("", "TT_MISSING"));
    }
    taskTeamProblems(problems, manager, qualifications, specialist, members);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    TaskTeam team = TaskTeam.builder().id(partnership.taskTeam().get().id()).manager(manager)
        .managerQualifications(qualifications)
        .knowledgeManagementSpecialist(Optional.ofNullable(specialist)).members(members).build();
    return changed(partnership.withTaskTeam(team), new TaskTeamChanged(partnership.id(), actor, now, team));
  }
  private void taskTeamProblems(List<Problem> problems, PersonId manager,
      ManagerQualifications qualifications, PersonId specialist, List<PersonId> members) {
    if (manager == null) {
      problems.add(reason("manager", "TT_MANAGER_MISSING"));
    } else {
      participants(problems, "manager", "TT_MANAGER", List.of(manager));
    }
    required(problems, "managerQualifications", "TT_MANAGER_QUALIFICATIONS",
        Label.of("Kwalifikacje kierownika", "The manager's qualifications"), qualifications);
    if (specialist != null) {
      participants(problems, "knowledgeManagementSpecialist", "TT_SPECIALIST", List.of(specialist));
    }
    participants(problems, "members", "TT_MEMBER", members == null ? List.of() : members);
  }

  /** See {@link Partnership#setUpConsortium}. */
  Either<Refusal, Change<Partnership>> setUpConsortium(ActingPerson actor, BodyId id, String problem,
      String competitionReference, List<OrganisationId> organisations, List<PersonId> persons,
      Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("powołanie Konsorcjum Wykonawczego",
        "set up an Executive Consortium"));
    bodyIdFree(problems, id);
    TextChecks.requireText(problems, "problem", "CONSORTIUM_PROBLEM",
        Label.of("Problem, którym zajmuje się konsorcjum", "The problem the consortium addresses"),
        problem, Partnership.MAX_TEXT);
    TextChecks.requireText(problems, "competitionReference", "CONSORTIUM_COMPETITION",
        Label.of("Sygnatura konkursu", "The competition reference"), competitionReference,
        Partnership.MAX_TEXT);
    consortiumProblems(problems, organisations, persons);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    ExecutiveConsortium consortium = ExecutiveConsortium.builder().id(id).problem(problem)
        .competitionReference(competitionReference).organisations(organisations)
        .persons(persons).build();
    return created(partnership.withConsortia(append(partnership.consortia(), consortium)), id,
        new ExecutiveConsortiumSetUp(partnership.id(), actor, now, consortium));
  }

  /** See {@link Partnership#changeConsortium}. */
  Either<Refusal, Change<Partnership>> changeConsortium(ActingPerson actor, BodyId id,
      List<OrganisationId> organisations, List<PersonId> persons, Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("zmiana składu Konsorcjum Wykonawczego",
        "change an Executive Consortium"));
    Optional<ExecutiveConsortium> existing = id == null ? Optional.empty() : partnership.consortium(id);
    if (existing.isEmpty()) {
      problems.add(reason("id", "CONSORTIUM_UNKNOWN"));
    }
    consortiumProblems(problems, organisations, persons);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    ExecutiveConsortium consortium =
        existing.get().withOrganisations(organisations).withPersons(persons);
    return changed(partnership.withConsortia(partnership.consortia().stream()
            .map(c -> c.id().equals(id) ? consortium : c).toList()),
        new ExecutiveConsortiumChanged(partnership.id(), actor, now, consortium));
  }
  private void consortiumProblems(List<Problem> problems, List<OrganisationId> organisations,
      List<PersonId> persons) {
    List<OrganisationId> orgs = organisations == null ? List.of() : organisations;
    if (orgs.isEmpty()) {
      problems.add(reason("organisations", "CONSORTIUM_NO_ORGANISATIONS"));
    }
    for (OrganisationId org : orgs) {
      if (org == null || !partnership.isActiveMember(org)) {
        problems.add(reason("organisations", "CONSORTIUM_ORGANISATION_NOT_MEMBER",
            "position", orgs.indexOf(org) + 1));
      }
    }
    List<PersonId> people = persons == null ? List.of() : persons;
    participants(problems, "persons", "CONSORTIUM_PERSON", people);
    for (PersonId p : people) {
      partnership.person(p).filter(x -> !orgs.contains(x.organisation())).ifPresent(x -> problems.add(
          reason("persons", "CONSORTIUM_PERSON_OUTSIDE", "person", x.name())));
    }
  }

  /** See {@link Partnership#setUpCooperationTeam}. */
  Either<Refusal, Change<Partnership>> setUpCooperationTeam(ActingPerson actor, BodyId id, BodyKind kind,
      List<CooperationTeamMember> members, Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("powołanie zespołu kooperacji",
        "set up a cooperation team"));
    bodyIdFree(problems, id);
    if (kind != BodyKind.PARTNER_COOPERATION_TEAM
        && kind != BodyKind.VOIVODESHIP_COOPERATION_TEAM) {
      problems.add(reason("kind", "COOPERATION_TEAM_KIND", "kind", kind));
    }
    List<CooperationTeamMember> seats = members == null ? List.of() : members;
    participants(problems, "members", "COOPERATION_TEAM_MEMBER",
        seats.stream().map(CooperationTeamMember::person).toList());
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    CooperationTeam team = CooperationTeam.builder().id(id).kind(kind).members(seats).build();
    return created(partnership.withCooperationTeams(append(partnership.cooperationTeams(), team)), id,
        new CooperationTeamSetUp(partnership.id(), actor, now, team));
  }

  /** See {@link Partnership#changeCooperationTeam}. */
  Either<Refusal, Change<Partnership>> changeCooperationTeam(ActingPerson actor, BodyId id,
      List<CooperationTeamMember> members, Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("zmiana składu zespołu kooperacji",
        "change a cooperation team"));
    Optional<CooperationTeam> existing = id == null ? Optional.empty() : partnership.cooperationTeam(id);
    if (existing.isEmpty()) {
      problems.add(reason("id", "COOPERATION_TEAM_UNKNOWN"));
    }
    List<CooperationTeamMember> seats = members == null ? List.of() : members;
    participants(problems, "members", "COOPERATION_TEAM_MEMBER",
        seats.stream().map(CooperationTeamMember::person).toList());
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    CooperationTeam team = existing.get().withMembers(seats);
    return changed(partnership.withCooperationTeams(partnership.cooperationTeams().stream()
            .map(t -> t.id().equals(id) ? team : t).toList()),
        new CooperationTeamChanged(partnership.id(), actor, now, team));
  }

  /** See {@link Partnership#appointNetworkWorkers}. */
  Either<Refusal, Change<Partnership>> appointNetworkWorkers(ActingPerson actor, List<PersonId> workers,
      Instant now) {
    List<Problem> problems = access.administration(actor, Label.of("wyznaczenie pracowników ds. sieci",
        "appoint network workers"));
    List<PersonId> people = workers == null ? List.of() : workers;
    participants(problems, "workers", "NETWORK_WORKER", people);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    return changed(partnership.withNetworkWorkers(people),
        new NetworkWorkersAppointed(partnership.id(), actor, now, people));
  }

  /** The role in which a listed person takes part, for messages, by its problem-code prefix. */
  private static Label participant(String code) {
    switch (code) {
      case "SC_MEMBER":
        return Label.of("członek Komitetu Sterującego", "Steering Committee member");
      case "TT_MANAGER":
        return Label.of("Kierownik Zespołu Zadaniowego", "Task Team Manager");
      case "TT_SPECIALIST":
        return Label.of("specjalista ds. zarządzania wiedzą", "knowledge-management specialist");
      case "TT_MEMBER":
        return Label.of("członek Zespołu Zadaniowego", "Task Team member");
      case "CONSORTIUM_PERSON":
        return Label.of("osoba w Konsorcjum Wykonawczym", "Executive Consortium person");
      case "COOPERATION_TEAM_MEMBER":
        return Label.of("członek zespołu kooperacji", "cooperation team member");
      case "NETWORK_WORKER":
        return Label.of("pracownik ds. sieci / animator kooperacji",
            "network worker / cooperation animator");
      default:
        return Label.of("uczestnik", "participant");
    }
  }

  private void bodyIdFree(List<Problem> problems, BodyId id) {
    if (id == null) {
      problems.add(reason("id", "BODY_ID_MISSING"));
    } else if (partnership.bodyKind(id).isPresent()) {
      problems.add(reason("id", "BODY_ID_TAKEN", "body", partnership.bodyKind(id).get()));
    }
  }

  /** Each person registered, of a current member, listed once. */
  private void participants(List<Problem> problems, String path, String code,
      List<PersonId> people) {
    for (PersonId p : people) {
      Optional<Person> person = p == null ? Optional.empty() : partnership.person(p);
      if (person.isEmpty()) {
        problems.add(PartnershipProblems.PROBLEMS.keyed("PARTICIPANT_UNKNOWN", path, code + "_UNKNOWN",
            "who", participant(code)));
      } else if (!partnership.isActiveMember(person.get().organisation())) {
        problems.add(PartnershipProblems.PROBLEMS.keyed("PARTICIPANT_OUTSIDE", path, code + "_OUTSIDE",
            "person", person.get().name(), "who", participant(code)));
      }
    }
    people.stream().filter(p -> people.indexOf(p) != people.lastIndexOf(p)).distinct()
        .forEach(p -> problems.add(PartnershipProblems.PROBLEMS.keyed("PARTICIPANT_REPEATED", path, code + "_REPEATED",
            "person", who(partnership, p), "who", participant(code))));
  }
}
