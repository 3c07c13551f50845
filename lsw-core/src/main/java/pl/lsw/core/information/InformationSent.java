package pl.lsw.core.information;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * A piece of information was sent to every active member of a partnership at one instant and
 * the dispatch was recorded.
 *
 * <p>Polish: <i>wysłano informację do członków LSW</i>.
 *
 * @param dispatch the dispatch's id
 * @param partnership the partnership
 * @param kind the kind of information
 * @param sentBy the sender's reference
 * @param recipients the recipient organisations
 * @param failed the organisations whose delivery failed
 * @param occurredAt the instant of sending
 */
public record InformationSent(DispatchId dispatch, PartnershipId partnership, InformationKind kind,
    String sentBy, List<OrganisationId> recipients, List<OrganisationId> failed, Instant occurredAt)
    implements DomainEvent {

  /**
   * Refuses nulls and copies the lists.
   *
   * @param dispatch the id
   * @param partnership the partnership
   * @param kind the kind
   * @param sentBy the sender
   * @param recipients the recipients
   * @param failed the failures
   * @param occurredAt when
   */
  public InformationSent {
    Objects.requireNonNull(dispatch, "dispatch");
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentBy, "sentBy");
    recipients = List.copyOf(recipients);
    failed = List.copyOf(failed);
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** The event of a recorded dispatch. */
  static InformationSent of(Dispatch d) {
    return new InformationSent(d.id(), d.partnership(), d.item().kind(), d.sentBy(),
        d.recipientOrganisations(),
        d.failures().stream().map(DispatchRecipient::organisation).toList(), d.sentAt());
  }

  /** The dispatch's id. */
  @Override
  public String aggregateId() {
    return dispatch.toString();
  }
}
