package pl.lsw.core.partnership;

import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * Something that happened to a partnership. The aggregate produces these; the application
 * service publishes them after the change was stored.
 *
 * <p>Polish: <i>zdarzenie partnerstwa</i>.
 */
public interface PartnershipEvent extends DomainEvent {

  /** The partnership it happened to. */
  PartnershipId partnershipId();

  /** Who gave the command. */
  ActingPerson actor();

  /** The partnership's id as text. */
  @Override
  default String aggregateId() {
    return partnershipId().toString();
  }
}
