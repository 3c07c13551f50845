package pl.lsw.core.partnership;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.CONSORTIUM;
import static pl.lsw.core.partnership.PartnershipFixture.FORMER_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.MAYOR;
import static pl.lsw.core.partnership.PartnershipFixture.NGO_WORKER;
import static pl.lsw.core.partnership.PartnershipFixture.NOW;
import static pl.lsw.core.partnership.PartnershipFixture.as;
import static pl.lsw.core.partnership.PartnershipFixture.chair;
import static pl.lsw.core.partnership.PartnershipFixture.decision;
import static pl.lsw.core.partnership.PartnershipFixture.governed;
import static pl.lsw.core.partnership.PartnershipFixture.meeting;
import static pl.lsw.core.partnership.PartnershipFixture.refused;
import static pl.lsw.core.partnership.PartnershipFixture.uuid;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.Position;

/** Refusals of partnership commands read in Polish and in English, naming things by their names. */
class BilingualRefusalTest {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z]+(_[A-Z]+)+\\b");

  @Test
  void a_consortium_member_who_tries_to_decide_is_refused_in_both_languages() {
    Refusal refusal = refused(governed().recordDecision(as(NGO_WORKER, ActingRole.CONSORTIUM_MEMBER),
        DecisionId.of(uuid(90)), decision(DecisionKind.STRATEGIC, Position.ACCEPT, Position.ACCEPT,
            Position.ACCEPT), PartnershipFixture.RULES, PartnershipFixture::organisationName, NOW));
    String polish = messages(refusal, Messages.POLISH);
    String english = messages(refusal, Locale.ENGLISH);

    assertTrue(polish.contains("działając jako członek Konsorcjum Wykonawczego, nie można wykonać"
        + " tej czynności: podjęcie decyzji (decyduje tylko Komitet Sterujący)"), polish);
    assertTrue(polish.contains("przewodniczący Komitetu Sterującego"), polish);
    assertTrue(english.contains("acting as Executive Consortium member, one cannot decide (only the"
        + " Steering Committee decides); allowed: Steering Committee chair, Steering Committee member"),
        english);
    clean(polish);
    clean(english);
  }

  @Test
  void a_person_of_a_former_member_and_a_meeting_of_an_unknown_body_are_named_without_ids() {
    Refusal refusal = refused(governed().recordMeeting(
        as(FORMER_WORKER, ActingRole.PARTNER_REPRESENTATIVE), MeetingId.of(uuid(91)),
        meeting(CONSORTIUM, MAYOR), NOW));
    String polish = messages(refusal, Messages.POLISH);
    String english = messages(refusal, Locale.ENGLISH);

    assertTrue(polish.contains("Adam Były działa w imieniu organizacji, której członkostwo się"
        + " zakończyło"), polish);
    assertTrue(english.contains("Adam Były acts for an organisation whose membership has ended"),
        english);
    assertTrue(polish.contains("Adam Były nie należy do tego organu (Konsorcjum Wykonawcze)"), polish);
    assertTrue(english.contains("Adam Były does not belong to this body (Executive Consortium)"),
        english);
    clean(polish);
    clean(english);
  }

  @Test
  void a_matter_status_change_names_the_statuses_by_their_labels() {
    MatterId id = MatterId.of(uuid(92));
    Partnership p = PartnershipFixture.ok(governed().raiseMatter(chair(), id, "dyżury psychologa",
        null, NOW));
    Refusal refusal = refused(p.changeMatterStatus(chair(), id, MatterStatus.IN_PROGRESS, NOW));
    String polish = messages(refusal, Messages.POLISH);
    String english = messages(refusal, Locale.ENGLISH);

    assertTrue(polish.contains("Sprawa o statusie „zgłoszona” nie może otrzymać statusu „w realizacji”"
        + " (możliwe: przyjęta, odrzucona)"), polish);
    assertTrue(english.contains("A matter that is \"open\" cannot become \"in progress\" (allowed:"
        + " accepted, declined)"), english);
    clean(polish);
    clean(english);
  }

  private static String messages(Refusal refusal, Locale locale) {
    StringBuilder out = new StringBuilder();
    refusal.reasons().forEach(r -> out.append(r.message(locale)).append('\n'));
    return out.toString();
  }

  private static void clean(String text) {
    assertFalse(UUID_TEXT.matcher(text).find(), () -> "an id in: " + text);
    assertFalse(ENUM_CONSTANT.matcher(text).find(), () -> "an enum constant in: " + text);
  }
}
