package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.DecisionResult;

/** The sample that storage round trips use really fills every part of the aggregate. */
class EverythingTest {

  @Test
  void the_full_sample_fills_every_part_and_survives_a_copy() {
    Partnership p = PartnershipFixture.everything();
    assertTrue(p.memberships().stream().anyMatch(m -> m.leftOn().isPresent()));
    assertTrue(p.memberships().stream().anyMatch(m -> m.form() == MembershipForm.INFORMAL));
    assertTrue(p.steeringCommittee().isPresent() && p.taskTeam().isPresent());
    assertFalse(p.consortia().isEmpty());
    assertEquals(2, p.cooperationTeams().size());
    assertEquals(2, p.networkWorkers().size());
    assertEquals(2, p.matters().size());
    assertEquals(2, p.meetings().size());
    assertEquals(2, p.decisions().size());
    assertEquals(DecisionResult.NOT_ACCEPTED, p.decisions().get(0).result());
    assertEquals(DecisionResult.ACCEPTED, p.decisions().get(1).result());
    assertTrue(p.isSuperseded(p.decisions().get(0).id()));
    assertEquals(p, Partnership.builder().from(p).build());
  }
}
