package pl.lsw.core.evaluation;

import pl.lsw.core.kernel.TextChecks;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * What the members of a partnership did together in a period, as the threat detectors of seed 001
 * §2.2.4 read it ({@link EvaluationRules}): the decisions with their proposer, the meetings with
 * the members present, the joint actions with their partners, the information exchanges, and the
 * resources members brought, with whether their ownership and terms of use were agreed. Every
 * entry is dated and names members by {@link OrganisationId}. The rules look only at entries
 * within the {@link #period()}: a decision, meeting, exchange or resource dated in it, a joint
 * action whose dates overlap it; entries outside it are kept but not counted.
 *
 * <p>Rules, all reported at once: at least one member, none listed twice ({@code
 * COOPERATION_MEMBERS}, {@code COOPERATION_MEMBER_DUPLICATE}); every organisation an entry names is
 * a member ({@code COOPERATION_UNKNOWN_MEMBER}); a joint action has at least two partners ({@code
 * JOINT_ACTION_PARTNERS}); an exchange is between two different members ({@code
 * INFORMATION_EXCHANGE_SELF}); a resource has a name ({@code RESOURCE_NAME}); a member's name,
 * when given, is not blank ({@code MEMBER_NAME}).
 *
 * <p>Polish: <i>rejestr współpracy partnerów w okresie</i>.
 *
 * @param period the period evaluated
 * @param members the members, in the order reports list them
 * @param decisions the decisions and who proposed them
 * @param meetings the meetings and who attended
 * @param jointActions the joint actions and their partners
 * @param exchanges the information exchanges
 * @param resources the resources brought by members
 * @param names the names findings show for members (a member without one is shown by its id)
 */
public record CooperationRecord(DateRange period, List<OrganisationId> members,
    List<Decision> decisions, List<Meeting> meetings, List<JointAction> jointActions,
    List<InformationExchange> exchanges, List<Resource> resources,
    Map<OrganisationId, String> names) {

  /**
   * A decision of the partnership and the member that proposed it, or imposed it on the others.
   *
   * <p>Polish: <i>decyzja i jej wnioskodawca</i>.
   *
   * @param on the day it was taken
   * @param proposer the member that proposed or imposed it
   * @param imposed whether it was imposed rather than agreed
   */
  public record Decision(LocalDate on, OrganisationId proposer, boolean imposed) {
    /** Refuses nulls. */
    public Decision {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(proposer, "proposer");
    }
  }

  /**
   * A meeting of the partnership and the members present.
   *
   * <p>Polish: <i>spotkanie i obecni na nim partnerzy</i>.
   *
   * @param on the day it was held
   * @param attendees the members present
   */
  public record Meeting(LocalDate on, Set<OrganisationId> attendees) {
    /** Refuses nulls and copies the attendees. */
    public Meeting {
      Objects.requireNonNull(on, "on");
      attendees = Set.copyOf(attendees);
    }
  }

  /**
   * An action members carried out together.
   *
   * <p>Polish: <i>wspólne działanie partnerów</i>.
   *
   * @param dates the days it ran
   * @param partners the members taking part (at least two)
   */
  public record JointAction(DateRange dates, Set<OrganisationId> partners) {
    /** Refuses nulls and copies the partners. */
    public JointAction {
      Objects.requireNonNull(dates, "dates");
      partners = Set.copyOf(partners);
    }
  }

  /**
   * Information one member passed to another (a message, a referral, an invitation).
   *
   * <p>Polish: <i>wymiana informacji między partnerami</i>.
   *
   * @param on the day
   * @param from the member that passed it
   * @param to the member that received it
   */
  public record InformationExchange(LocalDate on, OrganisationId from, OrganisationId to) {
    /** Refuses nulls. */
    public InformationExchange {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A resource (knowledge, a method, premises, staff, equipment) a member brought into the
   * partnership, the members that used it, and whether its ownership and its terms of use were
   * agreed.
   *
   * <p>Polish: <i>zasób wniesiony przez partnera</i>.
   *
   * @param name what the resource is, e.g. {@code "metoda pracy z rodziną"}
   * @param broughtOn the day it was brought
   * @param broughtBy the member that brought it
   * @param usedBy the other members that used it
   * @param ownershipAgreed whether it was agreed who owns it (and what the partnership makes of it)
   * @param termsOfUseAgreed whether the terms on which others may use it were agreed
   */
  public record Resource(String name, LocalDate broughtOn, OrganisationId broughtBy,
      Set<OrganisationId> usedBy, boolean ownershipAgreed, boolean termsOfUseAgreed) {
    /** Refuses nulls and copies the users. */
    public Resource {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(broughtOn, "broughtOn");
      Objects.requireNonNull(broughtBy, "broughtBy");
      usedBy = Set.copyOf(usedBy);
    }

    /** Whether its ownership or its terms of use were not agreed. */
    public boolean unagreed() {
      return !ownershipAgreed || !termsOfUseAgreed;
    }
  }

  /**
   * Checks the record and copies its lists.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public CooperationRecord {
    Objects.requireNonNull(period, "period");
    members = List.copyOf(members);
    decisions = List.copyOf(decisions);
    meetings = List.copyOf(meetings);
    jointActions = List.copyOf(jointActions);
    exchanges = List.copyOf(exchanges);
    resources = List.copyOf(resources);
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    List<Problem> problems = new ArrayList<>();
    Set<OrganisationId> known = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      if (!known.add(members.get(i))) {
        problems.add(EvaluationProblems.PROBLEMS.problem("members[" + i + "]",
            "COOPERATION_MEMBER_DUPLICATE", "member", members.get(i)));
      }
    }
    if (known.isEmpty()) {
      problems.add(EvaluationProblems.PROBLEMS.problem("members", "COOPERATION_MEMBERS"));
    }
    for (int i = 0; i < decisions.size(); i++) {
      member(problems, known, "decisions[" + i + "].proposer", decisions.get(i).proposer());
    }
    for (int i = 0; i < meetings.size(); i++) {
      for (OrganisationId o : sorted(meetings.get(i).attendees())) {
        member(problems, known, "meetings[" + i + "].attendees", o);
      }
    }
    for (int i = 0; i < jointActions.size(); i++) {
      JointAction a = jointActions.get(i);
      String path = "jointActions[" + i + "].partners";
      for (OrganisationId o : sorted(a.partners())) {
        member(problems, known, path, o);
      }
      if (a.partners().size() < 2) {
        problems.add(EvaluationProblems.PROBLEMS.problem(path, "JOINT_ACTION_PARTNERS",
            "count", a.partners().size()));
      }
    }
    for (int i = 0; i < exchanges.size(); i++) {
      InformationExchange e = exchanges.get(i);
      member(problems, known, "exchanges[" + i + "].from", e.from());
      member(problems, known, "exchanges[" + i + "].to", e.to());
      if (e.from().equals(e.to())) {
        problems.add(EvaluationProblems.PROBLEMS.problem("exchanges[" + i + "].to",
            "INFORMATION_EXCHANGE_SELF", "member", e.from()));
      }
    }
    for (int i = 0; i < resources.size(); i++) {
      Resource r = resources.get(i);
      member(problems, known, "resources[" + i + "].broughtBy", r.broughtBy());
      for (OrganisationId o : sorted(r.usedBy())) {
        member(problems, known, "resources[" + i + "].usedBy", o);
      }
      if (TextChecks.isBlank(r.name())) {
        problems.add(EvaluationProblems.PROBLEMS.problem("resources[" + i + "].name",
            "RESOURCE_NAME"));
      }
      TextChecks.refusePesel(problems, "resources[" + i + "].name", "RESOURCE_NAME",
          pl.lsw.core.kernel.Label.of("Nazwa zasobu", "The resource's name"), r.name());
    }
    for (Map.Entry<OrganisationId, String> n : names.entrySet()) {
      member(problems, known, "names", n.getKey());
      if (n.getValue() == null || TextChecks.isBlank(n.getValue())) {
        problems.add(EvaluationProblems.PROBLEMS.problem("names", "MEMBER_NAME",
            "member", n.getKey()));
      }
    }
    EvaluationProblems.throwIfAny(problems);
  }

  /** A builder of a record for {@code period} and {@code members}. */
  public static Builder builder(DateRange period, List<OrganisationId> members) {
    return new Builder(period, members);
  }

  /** The record, or every problem of it. */
  public static Validation<Seq<Problem>, CooperationRecord> validate(DateRange period,
      List<OrganisationId> members, List<Decision> decisions, List<Meeting> meetings,
      List<JointAction> jointActions, List<InformationExchange> exchanges,
      List<Resource> resources, Map<OrganisationId, String> names) {
    return EvaluationProblems.validation(() -> new CooperationRecord(period, members, decisions,
        meetings, jointActions, exchanges, resources, names));
  }

  /** How findings name {@code member}: its name when given, otherwise its id. */
  public String displayName(OrganisationId member) {
    String n = names.get(member);
    return n != null ? n : member.toString();
  }

  /** The decisions taken in the period. */
  public List<Decision> decisionsInPeriod() {
    return decisions.stream().filter(d -> period.contains(d.on())).toList();
  }

  /** The meetings held in the period. */
  public List<Meeting> meetingsInPeriod() {
    return meetings.stream().filter(m -> period.contains(m.on())).toList();
  }

  /** The joint actions whose dates overlap the period. */
  public List<JointAction> jointActionsInPeriod() {
    return jointActions.stream().filter(a -> a.dates().overlaps(period)).toList();
  }

  /** The information exchanges made in the period. */
  public List<InformationExchange> exchangesInPeriod() {
    return exchanges.stream().filter(e -> period.contains(e.on())).toList();
  }

  /** The resources brought in the period. */
  public List<Resource> resourcesInPeriod() {
    return resources.stream().filter(r -> period.contains(r.broughtOn())).toList();
  }

  private static void member(List<Problem> problems, Set<OrganisationId> known, String path,
      OrganisationId id) {
    if (!known.contains(id)) {
      problems.add(EvaluationProblems.PROBLEMS.problem(path, "COOPERATION_UNKNOWN_MEMBER",
          "member", id));
    }
  }

  private static List<OrganisationId> sorted(Set<OrganisationId> ids) {
    return ids.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
  }

  /**
   * Collects the entries of a {@link CooperationRecord}; not thread-safe, the record it builds is.
   *
   * <p>Polish: <i>budowniczy rejestru współpracy</i>.
   */
  public static final class Builder {
    private final DateRange period;
    private final List<OrganisationId> members;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<JointAction> jointActions = new ArrayList<>();
    private final List<InformationExchange> exchanges = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final Map<OrganisationId, String> names = new LinkedHashMap<>();

    private Builder(DateRange period, List<OrganisationId> members) {
      this.period = Objects.requireNonNull(period, "period");
      this.members = new ArrayList<>(Objects.requireNonNull(members, "members"));
    }

    /** Adds a decision proposed (not imposed) by {@code proposer}. */
    public Builder decision(LocalDate on, OrganisationId proposer) {
      decisions.add(new Decision(on, proposer, false));
      return this;
    }

    /** Adds a decision {@code proposer} imposed on the others. */
    public Builder imposedDecision(LocalDate on, OrganisationId proposer) {
      decisions.add(new Decision(on, proposer, true));
      return this;
    }

    /** Adds a meeting with its attendees. */
    public Builder meeting(LocalDate on, Set<OrganisationId> attendees) {
      meetings.add(new Meeting(on, attendees));
      return this;
    }

    /** Adds a joint action with its partners. */
    public Builder jointAction(DateRange dates, Set<OrganisationId> partners) {
      jointActions.add(new JointAction(dates, partners));
      return this;
    }

    /** Adds an information exchange. */
    public Builder exchange(LocalDate on, OrganisationId from, OrganisationId to) {
      exchanges.add(new InformationExchange(on, from, to));
      return this;
    }

    /** Adds a resource. */
    public Builder resource(Resource resource) {
      resources.add(Objects.requireNonNull(resource, "resource"));
      return this;
    }

    /** Names a member for findings. */
    public Builder name(OrganisationId member, String name) {
      names.put(Objects.requireNonNull(member, "member"), name);
      return this;
    }

    /**
     * The record.
     *
     * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
     */
    public CooperationRecord build() {
      return new CooperationRecord(period, members, decisions, meetings, jointActions, exchanges,
          resources, names);
    }
  }

  /** The members as a set, in order. */
  Set<OrganisationId> memberSet() {
    return new LinkedHashSet<>(members);
  }
}
