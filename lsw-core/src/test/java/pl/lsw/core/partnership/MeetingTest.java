package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;

class MeetingTest {

  private static final MeetingId MEETING = MeetingId.of(uuid(600));

  @Test
  void a_steering_committee_meeting_is_recorded_with_everything_said_of_it() {
    MeetingDetails open = MeetingDetails.builder().body(SC).date(DAY)
        .duration(Duration.ofMinutes(150)).chair(MAYOR).host(OPS)
        .attendees(List.of(MAYOR, NGO_HEAD)).openToFamilies(true).familyRepresentativesPresent(3)
        .agendaReference("agenda-1").build();
    Change<Partnership> changed = governed().recordMeeting(chair(), MEETING, open, NOW).get();
    Meeting m = changed.state().meeting(MEETING).orElseThrow();
    assertEquals(MEETING, changed.createdId(pl.lsw.core.partnership.governance.MeetingId.class));
    assertEquals(BodyKind.STEERING_COMMITTEE, m.bodyKind());
    assertEquals(OPS, m.host());
    assertTrue(m.openToFamilies());
    assertEquals(3, m.familyRepresentativesPresent());
    assertEquals(Optional.of("agenda-1"), m.agendaReference());
    assertEquals(Optional.empty(), m.minutesReference());
    assertEquals(chair(), m.recordedBy());
    assertEquals(m, ((MeetingRecorded) changed.events().get(0)).meeting());
  }

  @Test
  void a_meeting_with_every_problem_is_refused_with_every_reason() {
    MeetingDetails bad = MeetingDetails.builder().body(SC).date(DAY).duration(Duration.ZERO)
        .chair(STRANGER).host(OUTSIDER).attendees(Arrays.asList(MAYOR, STRANGER))
        .openToFamilies(false).familyRepresentativesPresent(2).build();
    Refusal refusal = refused(governed().recordMeeting(chair(), MEETING, bad, NOW));
    assertEquals(List.of("MEETING_DURATION", "MEETING_CHAIR_UNKNOWN", "MEETING_HOST_NOT_MEMBER",
        "MEETING_ATTENDEE_UNKNOWN", "MEETING_FAMILIES_AT_CLOSED_MEETING"),
        refusal.codes());
  }

  @Test
  void a_meeting_of_an_unknown_body_without_a_date_is_refused() {
    MeetingDetails bad = MeetingDetails.builder().body(BodyId.of(uuid(9)))
        .duration(Duration.ofMinutes(-5)).chair(MAYOR).host(DISTRICT).attendees(List.of())
        .openToFamilies(false).familyRepresentativesPresent(-1).build();
    Refusal refusal = refused(governed().recordMeeting(chair(), MEETING, bad, NOW));
    assertEquals(List.of("MEETING_BODY_UNKNOWN", "MEETING_DATE_MISSING", "MEETING_DURATION",
        "MEETING_FAMILY_COUNT_NEGATIVE"), refusal.codes());
  }

  @Test
  void the_former_member_may_have_hosted_a_meeting_while_it_was_a_member() {
    MeetingDetails hostedByFormer = MeetingDetails.builder().body(SC).date(DAY)
        .duration(Duration.ofMinutes(1)).chair(MAYOR).host(FORMER).attendees(List.of())
        .openToFamilies(false).familyRepresentativesPresent(0).build();
    assertTrue(governed().recordMeeting(chair(), MEETING, hostedByFormer, NOW).isRight());
    MeetingDetails afterItLeft = MeetingDetails.builder().body(SC).date(DAY.plusDays(1))
        .duration(Duration.ofMinutes(1)).chair(MAYOR).host(FORMER).attendees(List.of())
        .openToFamilies(false).familyRepresentativesPresent(0).build();
    assertEquals(List.of("MEETING_HOST_NOT_MEMBER"),
        refused(governed().recordMeeting(chair(), MEETING, afterItLeft, NOW)).codes());
  }

  @Test
  void the_same_meeting_id_is_not_recorded_twice() {
    Partnership p = ok(governed().recordMeeting(as(MANAGER, ActingRole.TASK_TEAM_MANAGER), MEETING,
        meeting(TT, MANAGER), NOW));
    assertEquals(List.of("MEETING_ID_TAKEN"), refused(p.recordMeeting(
        as(MANAGER, ActingRole.TASK_TEAM_MANAGER), MEETING, meeting(TT, MANAGER), NOW))
        .codes());
  }
}
