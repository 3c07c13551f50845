package pl.lsw.core.information;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.partnership.PartnershipId;

/**
 * What the library hands to an {@link InformationChannel} once per dispatch: one item, one
 * instant, every recipient. The dispatch id lets a channel recognise a repeated hand-over.
 *
 * <p>Immutable. Polish: <i>wiadomość przekazywana kanałowi informacji</i>.
 *
 * @param dispatch the dispatch's id
 * @param partnership the partnership whose members are informed
 * @param item what is sent
 * @param sentAt the one instant of sending, the same for every recipient
 * @param recipients every recipient, each once
 */
public record InformationMessage(DispatchId dispatch, PartnershipId partnership,
    InformationItem item, Instant sentAt, List<Recipient> recipients) {

  /**
   * Refuses nulls and copies the recipients.
   *
   * @param dispatch the id
   * @param partnership the partnership
   * @param item the item
   * @param sentAt the instant
   * @param recipients the recipients
   */
  public InformationMessage {
    Objects.requireNonNull(dispatch, "dispatch");
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(sentAt, "sentAt");
    recipients = List.copyOf(recipients);
  }
}
