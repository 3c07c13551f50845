package pl.lsw.core.information;

import java.time.Instant;
import java.util.UUID;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/** Items and dispatches for the tests of co-informing; shipped in the core's test-jar. */
public final class InformationSamples {

  private InformationSamples() {}

  /** A Polish-only announcement. */
  public static InformationItem announcement() {
    return InformationItem.builder().kind(InformationKind.ANNOUNCEMENT)
        .subject("Nabór do Banku Inicjatyw").body("Zapraszamy do zgłaszania inicjatyw do 31 marca.")
        .build();
  }

  /** A meeting invitation in Polish and English, with Polish letters and a long body. */
  public static InformationItem invitation() {
    return InformationItem.builder().kind(InformationKind.MEETING_INVITATION)
        .subject("Spotkanie Podmiotów LSW – zaproszenie")
        .body("Zapraszamy na spotkanie w świetlicy „Źródło” przy ul. Łąkowej.\nPorządek: 1) ...\n"
            + "ż".repeat(3000))
        .englishSubject("Meeting of the LSW's members – invitation")
        .englishBody("You are invited to the meeting in the \"Źródło\" day centre.").build();
  }

  /** A dispatch to the given organisations, the last one failed. */
  public static Dispatch dispatch(UUID id, PartnershipId partnership, Instant at,
      OrganisationId... recipients) {
    Dispatch.Builder b = Dispatch.builder().id(DispatchId.of(id)).partnership(partnership)
        .item(id.getLeastSignificantBits() % 2 == 0 ? announcement() : invitation())
        .sentAt(at).sentBy("person:" + new UUID(1, 1) + "/TASK_TEAM_MANAGER");
    for (int i = 0; i < recipients.length; i++) {
      b.addRecipients(new DispatchRecipient(recipients[i], i == recipients.length - 1 && i > 0
          ? DeliveryOutcome.failure("skrzynka pełna – mailbox full") : DeliveryOutcome.success()));
    }
    return b.build();
  }
}
