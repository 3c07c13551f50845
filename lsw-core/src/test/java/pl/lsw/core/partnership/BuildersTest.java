package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.NOW;
import static pl.lsw.core.partnership.PartnershipFixture.RULES;
import static pl.lsw.core.partnership.PartnershipFixture.chair;
import static pl.lsw.core.partnership.PartnershipFixture.governed;
import static pl.lsw.core.partnership.PartnershipFixture.refused;
import static pl.lsw.core.partnership.PartnershipFixture.uuid;

import java.util.List;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;

/** A builder never refuses: the command reports every missing part, in one refusal. */
class BuildersTest {

  @Test
  void an_empty_founding_is_built_and_the_founding_command_reports_every_missing_part() {
    Refusal refusal = refused(Partnership.found(ID, MAYOR, PartnershipFounding.builder().build(),
        NOW));
    assertEquals(List.of("PARTNERSHIP_NAME_EMPTY", "PARTNERSHIP_KIND_MISSING",
        "INSPIRATION_ORIGIN_MISSING", "PARTNERSHIP_SCOPE_MISSING", "FOCUS_EMPTY", "TERRITORY_EMPTY",
        "LEADER_MISSING", "LEADER_DECLARATION_MISSING", "FOUNDED_ON_MISSING", "FOUNDER_MISSING"),
        refusal.codes());
  }

  @Test
  void empty_meeting_details_are_built_and_the_command_reports_every_missing_part() {
    Refusal refusal = refused(governed().recordMeeting(chair(), MeetingId.of(uuid(80)),
        MeetingDetails.builder().build(), NOW));
    for (String code : List.of("MEETING_BODY_UNKNOWN", "MEETING_DATE_MISSING", "MEETING_DURATION",
        "MEETING_CHAIR_UNKNOWN", "MEETING_HOST_NOT_MEMBER")) {
      assertTrue(refusal.has(code), () -> code + " in " + refusal);
    }
  }

  @Test
  void an_empty_proposal_is_built_and_the_command_reports_every_missing_part() {
    Refusal refusal = refused(governed().recordDecision(chair(), DecisionId.of(uuid(81)),
        DecisionProposal.builder().build(), RULES, PartnershipFixture::organisationName, NOW));
    for (String code : List.of("DECISION_DATE_MISSING", "DECISION_SUBJECT_EMPTY",
        "DECISION_KIND_MISSING", "DECISION_PROPOSER_UNKNOWN", "DECISION_POSITION_MISSING")) {
      assertTrue(refusal.has(code), () -> code + " in " + refusal);
    }
  }

  @Test
  void a_founding_copied_through_its_builder_is_equal_to_the_original() {
    PartnershipFounding f = PartnershipFixture.founding();
    assertEquals(f, f.toBuilder().build());
    assertEquals(f.name(), f.toBuilder().build().name());
  }
}
