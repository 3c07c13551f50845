package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.ActingRole;

class MatterTest {

  private static final MatterId MATTER = MatterId.of(uuid(400));
  private static final Instant LATER = NOW.plusSeconds(3600);

  private static Partnership raised() {
    return ok(governed().raiseMatter(as(NGO_WORKER, ActingRole.CONSORTIUM_MEMBER), MATTER,
        "brak psychologa dziecięcego", "kolejka 6 miesięcy", NOW));
  }

  @Test
  void every_partner_may_raise_a_matter_which_records_who_when_and_what() {
    RaisedMatter m = raised().matter(MATTER).orElseThrow();
    assertEquals(NGO, m.raisedBy());
    assertEquals(NGO_WORKER, m.raisedByPerson());
    assertEquals(NOW, m.raisedAt());
    assertEquals("brak psychologa dziecięcego", m.subject());
    assertEquals(MatterStatus.OPEN, m.status());
  }

  @Test
  void the_status_moves_along_the_allowed_changes_with_its_history() {
    Partnership p = raised();
    p = ok(p.changeMatterStatus(chair(), MATTER, MatterStatus.ACCEPTED, LATER));
    p = ok(p.changeMatterStatus(as(MANAGER, ActingRole.TASK_TEAM_MANAGER), MATTER,
        MatterStatus.IN_PROGRESS, LATER));
    Change<Partnership> last = p.changeMatterStatus(as(NGO_HEAD, ActingRole.STEERING_COMMITTEE_MEMBER), MATTER,
        MatterStatus.RESOLVED, LATER).get();
    RaisedMatter m = last.state().matter(MATTER).orElseThrow();
    assertEquals(List.of(MatterStatus.OPEN, MatterStatus.ACCEPTED, MatterStatus.IN_PROGRESS,
        MatterStatus.RESOLVED), m.history().stream().map(MatterStatusChange::status).toList());
    MatterStatusChanged event = (MatterStatusChanged) last.events().get(0);
    assertEquals(MatterStatus.IN_PROGRESS, event.from());
    assertEquals(MatterStatus.RESOLVED, event.to());
  }

  @Test
  void a_final_status_does_not_change_and_an_open_matter_is_not_resolved_at_once() {
    Partnership p = raised();
    assertEquals(List.of("MATTER_STATUS_CHANGE"),
        refused(p.changeMatterStatus(chair(), MATTER, MatterStatus.RESOLVED, LATER)).codes());
    Partnership declined = ok(p.changeMatterStatus(chair(), MATTER, MatterStatus.DECLINED, LATER));
    for (MatterStatus s : MatterStatus.values()) {
      assertTrue(declined.changeMatterStatus(chair(), MATTER, s, LATER).isLeft());
    }
  }

  @Test
  void a_partner_representative_cannot_change_a_matters_status() {
    Refusal refusal = refused(raised().changeMatterStatus(
        as(NGO_WORKER, ActingRole.PARTNER_REPRESENTATIVE), MatterId.of(uuid(1)), null, LATER));
    assertEquals(List.of("ACTOR_ROLE_NOT_ALLOWED", "MATTER_UNKNOWN", "MATTER_STATUS_MISSING"),
        refusal.codes());
  }

  @Test
  void a_matter_without_a_subject_or_with_a_taken_id_is_refused() {
    assertEquals(List.of("MATTER_ID_TAKEN", "MATTER_SUBJECT_EMPTY"),
        refused(raised().raiseMatter(leaderRep(), MATTER, "", null, NOW)).codes());
  }
}
