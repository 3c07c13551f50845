package pl.lsw.core.information;

import java.util.Map;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The port through which information reaches the partnership's members, implemented by the
 * embedding system: e-mail, a portal, a notice board. The library calls it once per dispatch
 * with every recipient and one instant ({@code INF-SIMULTANEOUS}).
 *
 * <p>Polish: <i>kanał informacji (poczta elektroniczna, portal)</i>.
 */
@FunctionalInterface
public interface InformationChannel {

  /**
   * Delivers one message to every recipient at the message's instant.
   *
   * <p>A recipient the answer leaves out is recorded as failed ({@code "no outcome reported"});
   * an exception thrown by the channel is recorded as a failure for every recipient, with the
   * exception's message as the reason. Either way the dispatch is recorded, and {@code
   * INF-SIMULTANEOUS} reports the failures.
   *
   * @param message the item, the instant and the recipients
   * @return the outcome for each recipient's organisation
   */
  Map<OrganisationId, DeliveryOutcome> deliver(InformationMessage message);
}
