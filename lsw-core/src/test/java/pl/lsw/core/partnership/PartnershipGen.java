package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;

/**
 * Random commands to the fixture's partnership through the service: actors, roles and inputs
 * are drawn from pools that mix people and organisations who may act with ones who may not, so
 * that both accepted and refused commands occur.
 */
final class PartnershipGen {

  /** A command given through the service, knowing the partnership's current state. */
  interface Command {
    /** Runs the command. */
    Either<Refusal, Change<Partnership>> run(PartnershipService service, Partnership current);
  }

  static final List<PersonId> PEOPLE = List.of(MAYOR, NGO_HEAD, OPS_HEAD, MANAGER, SPECIALIST,
      NGO_WORKER, FORMER_WORKER, STRANGER);
  static final List<OrganisationId> ORGANISATIONS = List.of(DISTRICT, NGO, OPS, OUTSIDER, FORMER);

  private PartnershipGen() {}

  static <T> T pick(Random rnd, List<T> from) {
    return from.get(rnd.nextInt(from.size()));
  }

  static <T> List<T> subset(Random rnd, List<T> from) {
    List<T> result = new ArrayList<>();
    for (T t : from) {
      if (rnd.nextInt(3) == 0) {
        result.add(t);
      }
    }
    return result;
  }

  /** An actor: mostly people with real roles, sometimes anyone in any role. */
  static ActingPerson actor(Random rnd, Partnership current) {
    PersonId person = pick(rnd, PEOPLE);
    ActingRole role = pick(rnd, List.of(ActingRole.values()));
    if (rnd.nextInt(3) > 0) {
      List<ActingRole> held = new ArrayList<>();
      for (ActingRole r : ActingRole.values()) {
        if (current.holds(person, r)) {
          held.add(r);
        }
      }
      if (!held.isEmpty()) {
        role = pick(rnd, held);
      }
    }
    return ActingPerson.of(person, role);
  }

  static LocalDate day(Random rnd) {
    return rnd.nextInt(5) == 0 ? FOUNDED.minusDays(1) : DAY.plusDays(rnd.nextInt(3));
  }

  static String text(Random rnd) {
    return rnd.nextInt(5) == 0 ? " " : "sprawa " + rnd.nextInt(100);
  }

  /** A random command. */
  static Command command(Random rnd) {
    switch (rnd.nextInt(13)) {
      case 0:
        return (s, p) -> s.admitInformalPartner(p.id(), actor(rnd, p), pick(rnd, ORGANISATIONS), day(rnd));
      case 1:
        return (s, p) -> s.admitFormalMember(p.id(), actor(rnd, p), pick(rnd, ORGANISATIONS),
            rnd.nextBoolean() ? null : FOUNDED, day(rnd));
      case 2:
        return (s, p) -> s.endMembership(p.id(), actor(rnd, p), pick(rnd, ORGANISATIONS), day(rnd));
      case 3:
        return (s, p) -> s.registerPerson(p.id(), actor(rnd, p),
            PersonDetails.of(text(rnd), "pracownik", pick(rnd, ORGANISATIONS)));
      case 4:
        return (s, p) -> {
          List<SteeringCommitteeMember> seats = new ArrayList<>();
          for (PersonId person : subset(rnd, PEOPLE)) {
            seats.add(new SteeringCommitteeMember(person, rnd.nextBoolean()));
          }
          return s.changeSteeringCommittee(p.id(), actor(rnd, p), seats,
              rnd.nextBoolean() ? MAYOR : pick(rnd, PEOPLE));
        };
      case 5:
        return (s, p) -> s.changeTaskTeam(p.id(), actor(rnd, p), pick(rnd, PEOPLE), qualified(),
            null, subset(rnd, PEOPLE));
      case 6:
        return (s, p) -> s.setUpConsortium(p.id(), actor(rnd, p), text(rnd), "konkurs",
            subset(rnd, ORGANISATIONS), subset(rnd, PEOPLE));
      case 7:
        return (s, p) -> s.appointNetworkWorkers(p.id(), actor(rnd, p), subset(rnd, PEOPLE));
      case 8:
        return (s, p) -> s.raiseMatter(p.id(), actor(rnd, p), text(rnd), null);
      case 9:
        return (s, p) -> s.changeMatterStatus(p.id(), actor(rnd, p),
            p.matters().isEmpty() || rnd.nextInt(4) == 0 ? MatterId.of(uuid(rnd.nextInt(5)))
                : pick(rnd, p.matters()).id(), pick(rnd, List.of(MatterStatus.values())));
      case 10:
        return (s, p) -> {
          BodyId body = pick(rnd, List.of(SC, TT, CONSORTIUM, BodyId.of(uuid(77))));
          int families = rnd.nextInt(5) - 1;
          return s.recordMeeting(p.id(), actor(rnd, p), MeetingDetails.builder().body(body)
              .date(day(rnd)).duration(Duration.ofMinutes(rnd.nextInt(4) * 30L))
              .chair(pick(rnd, PEOPLE)).host(pick(rnd, ORGANISATIONS))
              .attendees(subset(rnd, PEOPLE)).openToFamilies(rnd.nextBoolean())
              .familyRepresentativesPresent(families).build());
        };
      case 11:
        return (s, p) -> s.recordDecision(p.id(), actor(rnd, p), proposal(rnd, p));
      default:
        return (s, p) -> s.supersedeDecision(p.id(), actor(rnd, p),
            p.decisions().isEmpty() || rnd.nextInt(4) == 0 ? DecisionId.of(uuid(rnd.nextInt(5)))
                : pick(rnd, p.decisions()).id(), proposal(rnd, p));
    }
  }

  /** A proposal whose positions usually cover the current committee. */
  static DecisionProposal proposal(Random rnd, Partnership p) {
    List<MemberPosition> positions = new ArrayList<>();
    List<PersonId> voters = rnd.nextInt(4) == 0 ? subset(rnd, PEOPLE)
        : p.steeringCommittee().map(sc -> sc.members().stream()
            .map(SteeringCommitteeMember::person)
            .filter(x -> p.person(x).map(q -> p.isActiveMember(q.organisation())).orElse(false))
            .toList()).orElse(List.of());
    for (PersonId voter : voters) {
      positions.add(MemberPosition.of(voter, rnd.nextInt(4) == 0
          ? pick(rnd, List.of(Position.values())) : Position.ACCEPT));
    }
    Set<OrganisationId> binds = new HashSet<>(rnd.nextBoolean() ? List.of() : subset(rnd, ORGANISATIONS));
    return DecisionProposal.builder().date(day(rnd)).subject(text(rnd))
        .kind(pick(rnd, List.of(DecisionKind.values()))).proposer(pick(rnd, PEOPLE))
        .positions(positions).binds(binds).build();
  }
}
