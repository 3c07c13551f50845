package pl.lsw.core.evaluation.evidence;

import pl.lsw.core.kernel.TextChecks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.information.Dispatch;
import pl.lsw.core.information.DispatchRecipient;
import pl.lsw.core.initiative.Action;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.governance.PersonId;

/**
 * What a partnership's own records say about its cooperation in a period: the meetings of its
 * bodies held in the period with the organisations whose people were present, its decisions taken
 * in the period with the organisation of the proposer where known, the joint actions of its Action
 * Base that ran in the period with their partners, and the information it sent to its members in
 * the period. Built by {@link #of} from the aggregates; read by {@link RecordEvidence} and given to
 * the threat detectors as a {@link CooperationRecord} by {@link #toCooperationRecord}.
 *
 * <p>How the records are read:
 *
 * <ul>
 *   <li><b>members</b>: the organisations whose membership covers at least one day of the period
 *       (joined on or before its last day, not left before its first), in the order of the
 *       memberships;
 *   <li><b>meetings</b>: held on a day of the period; the organisations present are those of the
 *       registered persons on the attendance list;
 *   <li><b>decisions</b>: taken on a day of the period; the proposer's organisation is that of the
 *       registered person who proposed it (empty when the person is not registered); a decision
 *       is <i>joint</i> when it was accepted and is not superseded;
 *   <li><b>joint actions</b>: actions of the Action Base run by an Executive Consortium of at least
 *       two organisations, running, suspended or completed (a planned action has not run yet; of a
 *       cancelled one the records cannot say whether it ran), whose days overlap the period: from
 *       the day it entered the base to the day of its completion, or, while not completed, to the
 *       period's last day;
 *   <li><b>information</b>: dispatches of this partnership whose instant of sending falls on a
 *       day of the period in the given time zone (by default {@link #RECORDS_ZONE}); a dispatch
 *       is <i>to all</i> when every organisation that was a member on that day was a recipient.
 *       Its sender is the organisation of the registered person in its {@code sentBy} reference
 *       ({@code person:<id>/<ROLE>}), where there is one.
 * </ul>
 *
 * <p>Immutable. Polish: <i>dokumentacja partnerstwa za okres</i>.
 *
 * @param period the period
 * @param members the member organisations in the period
 * @param names the organisations' names as the registry has them (an organisation without one is
 *     shown by its id)
 * @param meetings the meetings held in the period, oldest first
 * @param decisions the decisions taken in the period, oldest first
 * @param jointActions the joint actions that ran in the period, oldest first
 * @param information the dispatches sent in the period, oldest first
 */
public record PartnershipRecords(DateRange period, List<OrganisationId> members,
    Map<OrganisationId, String> names, List<RecordedMeeting> meetings,
    List<RecordedDecision> decisions, List<JointAction> jointActions,
    List<SentInformation> information) {

  /** The time zone in which the instant of a dispatch is taken to a day: Poland's. */
  public static final ZoneId RECORDS_ZONE = ZoneId.of("Europe/Warsaw");

  /**
   * A meeting of a body and the member organisations whose people were present.
   *
   * <p>Polish: <i>spotkanie organu z obecnymi organizacjami</i>.
   *
   * @param on the day
   * @param body the kind of body that met
   * @param present the organisations whose people were present
   */
  public record RecordedMeeting(LocalDate on, BodyKind body, Set<OrganisationId> present) {
    /** Refuses nulls and copies the organisations. */
    public RecordedMeeting {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(body, "body");
      present = Collections.unmodifiableSet(new LinkedHashSet<>(present));
    }
  }

  /**
   * A decision of the Steering Committee with the proposer's organisation where known.
   *
   * <p>Polish: <i>decyzja partnerstwa i organizacja wnioskodawcy</i>.
   *
   * @param on the day it was taken
   * @param subject what it is about
   * @param proposer the proposer's organisation, if the proposer is registered
   * @param joint whether it was accepted and is not superseded
   */
  public record RecordedDecision(LocalDate on, String subject, Optional<OrganisationId> proposer,
      boolean joint) {
    /** Refuses nulls. */
    public RecordedDecision {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(proposer, "proposer");
    }
  }

  /**
   * An action of the Action Base run together by at least two organisations.
   *
   * <p>Polish: <i>wspólne działanie z Bazy Działań</i>.
   *
   * @param name the action's name
   * @param dates the days it ran, as the records tell them
   * @param partners the organisations of its consortium
   */
  public record JointAction(String name, DateRange dates, Set<OrganisationId> partners) {
    /** Refuses nulls and copies the partners. */
    public JointAction {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(dates, "dates");
      partners = Collections.unmodifiableSet(new LinkedHashSet<>(partners));
    }
  }

  /**
   * A dispatch of information to the members.
   *
   * <p>Polish: <i>informacja wysłana członkom</i>.
   *
   * @param on the day it was sent
   * @param subject the subject of the item sent
   * @param sender the sender's organisation, where known
   * @param delivered the organisations it was delivered to
   * @param toAll whether every organisation that was a member on that day was a recipient
   */
  public record SentInformation(LocalDate on, String subject, Optional<OrganisationId> sender,
      Set<OrganisationId> delivered, boolean toAll) {
    /** Refuses nulls and copies the organisations. */
    public SentInformation {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(sender, "sender");
      delivered = Collections.unmodifiableSet(new LinkedHashSet<>(delivered));
    }
  }

  /** Refuses nulls and copies every list and the names. */
  public PartnershipRecords {
    Objects.requireNonNull(period, "period");
    members = List.copyOf(members);
    names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    meetings = List.copyOf(meetings);
    decisions = List.copyOf(decisions);
    jointActions = List.copyOf(jointActions);
    information = List.copyOf(information);
  }

  /**
   * Reads the records of a partnership for a period, taking dispatches to days in {@link
   * #RECORDS_ZONE}.
   *
   * @param period the period
   * @param partnership the partnership
   * @param actionBase its Action Base, if it has one
   * @param dispatches its dispatches (others' are ignored), in any order
   * @param organisationName an organisation's name as the registry has it, none when not there
   * @return what the records say
   */
  public static PartnershipRecords of(DateRange period, Partnership partnership,
      Optional<InitiativeBase> actionBase, Collection<Dispatch> dispatches,
      Function<OrganisationId, Optional<String>> organisationName) {
    return of(period, partnership, actionBase, dispatches, organisationName, RECORDS_ZONE);
  }

  /**
   * Reads the records of a partnership for a period.
   *
   * @param period the period
   * @param partnership the partnership
   * @param actionBase its Action Base, if it has one
   * @param dispatches its dispatches (others' are ignored), in any order
   * @param organisationName an organisation's name as the registry has it, none when not there
   * @param zone the time zone in which a dispatch's instant is taken to a day
   * @return what the records say
   */
  public static PartnershipRecords of(DateRange period, Partnership partnership,
      Optional<InitiativeBase> actionBase, Collection<Dispatch> dispatches,
      Function<OrganisationId, Optional<String>> organisationName, ZoneId zone) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(actionBase, "actionBase");
    Objects.requireNonNull(organisationName, "organisationName");
    Objects.requireNonNull(zone, "zone");
    Set<OrganisationId> members = new LinkedHashSet<>();
    for (Membership m : partnership.memberships()) {
      boolean covers = !m.joinedOn().isAfter(period.end())
          && m.leftOn().map(left -> !left.isBefore(period.start())).orElse(true);
      if (covers) {
        members.add(m.organisation());
      }
    }
    Set<OrganisationId> named = new LinkedHashSet<>(members);

    List<RecordedMeeting> meetings = new ArrayList<>();
    for (pl.lsw.core.partnership.governance.Meeting m : partnership.meetings()) {
      if (period.contains(m.date())) {
        Set<OrganisationId> present = new LinkedHashSet<>();
        for (PersonId p : m.attendees()) {
          partnership.person(p).map(Person::organisation).ifPresent(present::add);
        }
        named.addAll(present);
        meetings.add(new RecordedMeeting(m.date(), m.bodyKind(), present));
      }
    }
    meetings.sort(Comparator.comparing(RecordedMeeting::on));

    List<RecordedDecision> decisions = new ArrayList<>();
    for (Decision d : partnership.decisions()) {
      if (period.contains(d.date())) {
        Optional<OrganisationId> proposer =
            partnership.person(d.proposer()).map(Person::organisation);
        proposer.ifPresent(named::add);
        decisions.add(new RecordedDecision(d.date(), d.subject(), proposer,
            d.accepted() && !partnership.isSuperseded(d.id())));
      }
    }
    decisions.sort(Comparator.comparing(RecordedDecision::on));

    List<JointAction> actions = new ArrayList<>();
    for (Action a : actionBase.map(InitiativeBase::actions).orElse(List.of())) {
      if (a.status() == ActionStatus.PLANNED || a.status() == ActionStatus.CANCELLED) {
        continue;
      }
      Set<OrganisationId> partners = partnership.consortium(a.consortium())
          .map(c -> (Set<OrganisationId>) new LinkedHashSet<>(c.organisations()))
          .orElse(Set.of());
      if (partners.size() < 2 || a.startedOn().isAfter(period.end())) {
        continue;
      }
      LocalDate last = a.status() == ActionStatus.COMPLETED ? a.statusSince() : period.end();
      DateRange dates = DateRange.of(a.startedOn(), last.isBefore(a.startedOn()) ? a.startedOn()
          : last);
      if (dates.overlaps(period)) {
        named.addAll(partners);
        actions.add(new JointAction(a.name(), dates, partners));
      }
    }
    actions.sort(Comparator.comparing((JointAction j) -> j.dates().start()));

    List<SentInformation> information = new ArrayList<>();
    for (Dispatch d : dispatches) {
      LocalDate on = d.sentAt().atZone(zone).toLocalDate();
      if (!d.partnership().equals(partnership.id()) || !period.contains(on)) {
        continue;
      }
      Optional<OrganisationId> sender = senderPerson(d.sentBy()).flatMap(partnership::person)
          .map(Person::organisation);
      Set<OrganisationId> recipients = new LinkedHashSet<>(d.recipientOrganisations());
      boolean toAll = partnership.memberships().stream().filter(m -> m.isActiveOn(on))
          .allMatch(m -> recipients.contains(m.organisation()));
      Set<OrganisationId> delivered = new LinkedHashSet<>();
      for (DispatchRecipient r : d.recipients()) {
        if (!r.outcome().failed()) {
          delivered.add(r.organisation());
        }
      }
      sender.ifPresent(named::add);
      named.addAll(delivered);
      information.add(new SentInformation(on, d.item().subject(), sender, delivered, toAll));
    }
    information.sort(Comparator.comparing(SentInformation::on));

    Map<OrganisationId, String> names = new LinkedHashMap<>();
    for (OrganisationId o : named) {
      organisationName.apply(o).filter(n -> !TextChecks.isBlank(n)).ifPresent(n -> names.put(o, n));
    }
    return new PartnershipRecords(period, List.copyOf(members), names, meetings, decisions,
        actions, information);
  }

  /**
   * How notes name an organisation: its name, or its id when the registry has no name for it.
   *
   * @param organisation the organisation
   * @return the name
   */
  public String displayName(OrganisationId organisation) {
    String n = names.get(organisation);
    return n != null ? n : organisation.toString();
  }

  /** @return whether the records hold nothing for the period: no meeting, decision, action or dispatch */
  public boolean isEmpty() {
    return meetings.isEmpty() && decisions.isEmpty() && jointActions.isEmpty()
        && information.isEmpty();
  }

  /** @return the dispatches sent to all members */
  public List<SentInformation> informationToAll() {
    return information.stream().filter(SentInformation::toAll).toList();
  }

  /**
   * The meetings at which people of at least {@code minOrganisations} member organisations were
   * present.
   *
   * @param minOrganisations the least number of member organisations present
   * @return the meetings
   */
  public List<RecordedMeeting> meetingsOfPartners(int minOrganisations) {
    Set<OrganisationId> m = Set.copyOf(members);
    return meetings.stream()
        .filter(x -> x.present().stream().filter(m::contains).count() >= minOrganisations)
        .toList();
  }

  /** @return the decisions accepted and in force */
  public List<RecordedDecision> jointDecisions() {
    return decisions.stream().filter(RecordedDecision::joint).toList();
  }

  /**
   * The record the threat detectors read ({@code TYP-DOMINATION}, {@code TYP-PARALLEL-ACTION},
   * {@code TYP-DRAINING}): the members with their names; every decision whose proposer's
   * organisation is a member, as proposed (the records do not say a decision was imposed); every
   * meeting with the member organisations present; every joint action with its member partners
   * (when at least two); and, for each dispatch with a member sender, an exchange from the sender
   * to each other member it was delivered to. Resources and the terms agreed for them are not in
   * the records: the caller gives them.
   *
   * @param resources the resources members brought, with whether their terms were agreed
   * @return the record
   * @throws pl.lsw.core.kernel.InvalidInputException when the records have no member in the
   *     period, or a resource names a non-member (see {@link CooperationRecord})
   */
  public CooperationRecord toCooperationRecord(List<CooperationRecord.Resource> resources) {
    Set<OrganisationId> m = new LinkedHashSet<>(members);
    CooperationRecord.Builder b = CooperationRecord.builder(period, members);
    for (RecordedDecision d : decisions) {
      d.proposer().filter(m::contains).ifPresent(p -> b.decision(d.on(), p));
    }
    for (RecordedMeeting x : meetings) {
      b.meeting(x.on(), only(x.present(), m));
    }
    for (JointAction a : jointActions) {
      Set<OrganisationId> partners = only(a.partners(), m);
      if (partners.size() >= 2) {
        b.jointAction(a.dates(), partners);
      }
    }
    for (SentInformation i : information) {
      if (i.sender().isPresent() && m.contains(i.sender().get())) {
        for (OrganisationId to : i.delivered()) {
          if (m.contains(to) && !to.equals(i.sender().get())) {
            b.exchange(i.on(), i.sender().get(), to);
          }
        }
      }
    }
    resources.forEach(b::resource);
    names.forEach((o, n) -> {
      if (m.contains(o)) {
        b.name(o, n);
      }
    });
    return b.build();
  }

  private static Set<OrganisationId> only(Set<OrganisationId> ids, Set<OrganisationId> members) {
    Set<OrganisationId> out = new LinkedHashSet<>(ids);
    out.retainAll(members);
    return out;
  }

  private static Optional<PersonId> senderPerson(String sentBy) {
    if (sentBy == null || !sentBy.startsWith("person:")) {
      return Optional.empty();
    }
    String rest = sentBy.substring("person:".length());
    int slash = rest.indexOf('/');
    String id = slash < 0 ? rest : rest.substring(0, slash);
    return PersonId.parse(id).toJavaOptional();
  }
}
