package pl.lsw.core.evaluation.evidence;

import static pl.lsw.core.partnership.PartnershipFixture.CONSORTIUM;
import static pl.lsw.core.partnership.PartnershipFixture.DISTRICT;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.NGO;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.NOW;
import static pl.lsw.core.partnership.PartnershipFixture.OPS;
import static pl.lsw.core.partnership.PartnershipFixture.OPS_HEAD;
import static pl.lsw.core.partnership.PartnershipFixture.SC;
import static pl.lsw.core.partnership.PartnershipFixture.TT;
import static pl.lsw.core.partnership.PartnershipFixture.as;
import static pl.lsw.core.partnership.PartnershipFixture.chair;
import static pl.lsw.core.partnership.PartnershipFixture.ok;
import static pl.lsw.core.partnership.PartnershipFixture.uuid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.information.DeliveryOutcome;
import pl.lsw.core.information.Dispatch;
import pl.lsw.core.information.DispatchId;
import pl.lsw.core.information.DispatchRecipient;
import pl.lsw.core.information.InformationSamples;
import pl.lsw.core.initiative.Action;
import pl.lsw.core.initiative.ActionId;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.EntrySource;
import pl.lsw.core.initiative.CommunityRole;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.initiative.Recommendation;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.Position;

/**
 * Records of February 2026 of the Praski Kokon fixture ({@link PartnershipFixture#governed()}):
 * events on the first and the last day of the period count, those of the day before and the day
 * after do not.
 */
final class RecordsFixture {

  static final LocalDate FIRST = LocalDate.of(2026, 2, 1);
  static final LocalDate LAST = LocalDate.of(2026, 2, 28);
  static final LocalDate BEFORE = FIRST.minusDays(1);
  static final LocalDate AFTER = LAST.plusDays(1);
  static final DateRange PERIOD = DateRange.of(FIRST, LAST);
  static final MapEntryId ENTRY = MapEntryId.of(uuid(201));

  private RecordsFixture() {}

  /** Meetings: SC before, on the first day, after; TT (one organisation) on the last day. */
  static Partnership partnership() {
    Partnership p = PartnershipFixture.governed();
    p = scMeeting(p, 301, BEFORE);
    p = scMeeting(p, 302, FIRST);
    p = scMeeting(p, 303, AFTER);
    p = ok(p.recordMeeting(as(MANAGER, ActingRole.TASK_TEAM_MANAGER), MeetingId.of(uuid(304)),
        MeetingDetails.builder().body(TT).date(LAST).duration(Duration.ofHours(1)).chair(MANAGER)
            .host(DISTRICT).attendees(List.of(MANAGER)).openToFamilies(false)
            .familyRepresentativesPresent(0).build(), NOW));
    p = decision(p, 401, LAST, "plan wsparcia rodzin 2026", Position.ACCEPT);
    p = decision(p, 402, AFTER, "harmonogram dyżurów", Position.ACCEPT);
    p = decision(p, 403, FIRST, "zakup busa", Position.OBJECT);
    return p;
  }

  static Partnership scMeeting(Partnership p, long id, LocalDate day) {
    return ok(p.recordMeeting(chair(), MeetingId.of(uuid(id)), MeetingDetails.builder().body(SC)
        .date(day).duration(Duration.ofHours(2)).chair(MAYOR).host(DISTRICT)
        .attendees(List.of(MAYOR, NGO_HEAD)).openToFamilies(false)
        .familyRepresentativesPresent(0).build(), NOW));
  }

  static Partnership decision(Partnership p, long id, LocalDate day, String subject,
      Position ngo) {
    return ok(p.recordDecision(chair(), DecisionId.of(uuid(id)), DecisionProposal.builder()
        .date(day).subject(subject).kind(DecisionKind.STRATEGIC).proposer(MANAGER)
        .positions(List.of(MemberPosition.of(MAYOR, Position.ACCEPT),
            MemberPosition.of(NGO_HEAD, ngo), MemberPosition.of(OPS_HEAD, Position.ACCEPT)))
        .binds(Set.of()).build(), PartnershipFixture.RULES, PartnershipFixture::organisationName,
        NOW));
  }

  /** Actions of the consortium (NGO, OPS): one per boundary and status. */
  static InitiativeBase actionBase() {
    MapEntry entry = MapEntry.builder().id(ENTRY).name("Klub Rodzica")
        .description("Spotkania rodziców z psychologiem").source(EntrySource.INSIDE_LSW)
        .communityRole(CommunityRole.FOR_THE_COMMUNITY).addedOn(LocalDate.of(2026, 1, 15))
        .build();
    return InitiativeBase.builder().partnership(ID).addEntries(entry)
        .addRecommendations(new Recommendation(ENTRY, LocalDate.of(2026, 1, 16), MANAGER,
            Optional.empty()))
        .addActions(
            action(501, "Klub Rodzica — zima", ActionStatus.COMPLETED, LocalDate.of(2026, 1, 10),
                BEFORE),
            action(502, "Klub Rodzica — ferie", ActionStatus.COMPLETED, LocalDate.of(2026, 1, 10),
                FIRST),
            action(503, "Klub Rodzica — wiosna", ActionStatus.RUNNING, LAST, LAST),
            action(504, "Klub Rodzica — marzec", ActionStatus.RUNNING, AFTER, AFTER),
            action(505, "Klub Rodzica — lato", ActionStatus.PLANNED, FIRST, FIRST))
        .build();
  }

  static Action action(long id, String name, ActionStatus status, LocalDate started,
      LocalDate since) {
    return new Action(ActionId.of(uuid(id)), ENTRY, name, CONSORTIUM, status, started, since,
        Optional.empty(), Optional.empty());
  }

  /** The reference of the Task Team Manager (district office) as a sender. */
  static String managerReference() {
    return as(MANAGER, ActingRole.TASK_TEAM_MANAGER).reference();
  }

  /**
   * Dispatches: to all on the first day (00:30 in Warsaw, still 31 January in UTC) and on the
   * last day (23:30 in Warsaw), not to all on 10 February, to all just after midnight on the day
   * after, and one of another partnership.
   */
  static List<Dispatch> dispatches() {
    return List.of(
        dispatch(601, "Nabór do Banku Inicjatyw", Instant.parse("2026-01-31T23:30:00Z"),
            DISTRICT, NGO, OPS, FORMER),
        dispatch(602, "Zaproszenie na spotkanie", Instant.parse("2026-02-10T10:00:00Z"),
            DISTRICT, NGO),
        dispatch(603, "Podsumowanie lutego", Instant.parse("2026-02-28T22:30:00Z"),
            DISTRICT, NGO, OPS),
        dispatch(604, "Plan na marzec", Instant.parse("2026-02-28T23:30:00Z"),
            DISTRICT, NGO, OPS),
        InformationSamples.dispatch(uuid(605), pl.lsw.core.partnership.PartnershipId.of(uuid(999)),
            Instant.parse("2026-02-15T10:00:00Z"), DISTRICT, NGO, OPS, FORMER));
  }

  static Dispatch dispatch(long id, String subject, Instant at, OrganisationId... to) {
    Dispatch.Builder b = Dispatch.builder().id(DispatchId.of(uuid(id))).partnership(ID)
        .item(InformationSamples.announcement().withSubject(subject)).sentAt(at)
        .sentBy(managerReference());
    for (OrganisationId o : to) {
      b.addRecipients(new DispatchRecipient(o, DeliveryOutcome.success()));
    }
    return b.build();
  }

  static PartnershipRecords records() {
    return PartnershipRecords.of(PERIOD, partnership(), Optional.of(actionBase()), dispatches(),
        PartnershipFixture::organisationName);
  }

  static PartnershipRecords noRecords() {
    return PartnershipRecords.of(PERIOD, PartnershipFixture.governed(),
        Optional.of(InitiativeBase.empty(ID)), List.of(), PartnershipFixture::organisationName);
  }
}
