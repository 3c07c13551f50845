package pl.lsw.core.partnership;

import static pl.lsw.core.partnership.CommandSupport.reason;
import static pl.lsw.core.partnership.CommandSupport.who;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.Person;

/**
 * Who may do what in a partnership: the access policy every command but founding checks (see
 * {@link AbstractPartnership} for the rules and the reasons' codes).
 *
 * <p>Polish: <i>zasady dostępu w partnerstwie</i>.
 */
final class PartnershipAccess {

  private final Partnership partnership;

  PartnershipAccess(Partnership partnership) {
    this.partnership = partnership;
  }

  /**
   * The reasons why the actor may not act in one of the allowed roles; empty when they may.
   *
   * @param actor who acts
   * @param allowed the roles that may give the command
   * @param what what the command does, for messages
   * @return every reason, possibly empty; a new mutable list
   */
  List<Problem> check(ActingPerson actor, Set<ActingRole> allowed, Label what) {
    Objects.requireNonNull(actor, "actor");
    List<Problem> problems = new ArrayList<>();
    Optional<Person> person = partnership.person(actor.person());
    if (person.isEmpty()) {
      problems.add(reason("actor", "ACTOR_UNKNOWN"));
      return problems;
    }
    OrganisationId organisation = person.get().organisation();
    if (!partnership.isActiveMember(organisation)) {
      boolean former = partnership.memberships().stream().anyMatch(m -> m.organisation().equals(organisation));
      problems.add(former
          ? reason("actor", "ACTOR_MEMBERSHIP_ENDED", "person", person.get().name())
          : reason("actor", "ACTOR_OUTSIDE_PARTNERSHIP", "person", person.get().name()));
    }
    if (!partnership.holds(actor.person(), actor.role())) {
      problems.add(reason("actor", "ACTOR_ROLE_NOT_HELD", "person", person.get().name(),
          "role", actor.role()));
    }
    if (!allowed.contains(actor.role())) {
      problems.add(reason("actor", "ACTOR_ROLE_NOT_ALLOWED", "role", actor.role(), "what", what,
          "allowed", allowed.stream().sorted().toList()));
    }
    return problems;
  }

  /**
   * The reasons why the actor may not administer the partnership: the chair or a member of the
   * Steering Committee, or a representative of the leader organisation.
   */
  List<Problem> administration(ActingPerson actor, Label what) {
    List<Problem> problems = check(actor, Set.of(ActingRole.STEERING_COMMITTEE_CHAIR,
        ActingRole.STEERING_COMMITTEE_MEMBER, ActingRole.PARTNER_REPRESENTATIVE), what);
    if (actor.role() == ActingRole.PARTNER_REPRESENTATIVE && partnership.person(actor.person())
        .map(p -> !p.organisation().equals(partnership.leader())).orElse(false)) {
      problems.add(reason("actor", "ACTOR_NOT_LEADER_REPRESENTATIVE", "what", what));
    }
    return problems;
  }

  /** The reasons why the actor may not record a meeting of the body. */
  List<Problem> meeting(ActingPerson actor, BodyId body, BodyKind kind) {
    switch (kind) {
      case STEERING_COMMITTEE:
        return check(actor, Set.of(ActingRole.STEERING_COMMITTEE_CHAIR,
            ActingRole.STEERING_COMMITTEE_MEMBER), Label.of("zapisanie posiedzenia Komitetu Sterującego",
        "record a Steering Committee meeting"));
      case TASK_TEAM:
        return check(actor, Set.of(ActingRole.TASK_TEAM_MANAGER), Label.of("zapisanie spotkania Zespołu Zadaniowego",
        "record a Task Team meeting"));
      case EXECUTIVE_CONSORTIUM: {
        List<Problem> problems = check(actor, Set.of(ActingRole.CONSORTIUM_MEMBER),
            Label.of("zapisanie spotkania konsorcjum",
        "record a consortium's meeting"));
        if (!partnership.consortium(body).get().persons().contains(actor.person())) {
          problems.add(reason("actor", "ACTOR_NOT_IN_BODY", "person", who(partnership, actor.person()),
              "body", kind));
        }
        return problems;
      }
      default: {
        ActingRole role = kind == BodyKind.PARTNER_COOPERATION_TEAM
            ? ActingRole.PARTNER_COOPERATION_TEAM_MEMBER
            : ActingRole.VOIVODESHIP_COOPERATION_TEAM_MEMBER;
        List<Problem> problems = check(actor, Set.of(role), Label.of("zapisanie spotkania zespołu kooperacji",
        "record a cooperation team's meeting"));
        if (!partnership.cooperationTeam(body).get().includes(actor.person())) {
          problems.add(reason("actor", "ACTOR_NOT_IN_BODY", "person", who(partnership, actor.person()),
              "body", kind));
        }
        return problems;
      }
    }
  }
}
