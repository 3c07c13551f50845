package pl.lsw.core.kernel.port;

import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.OutboxEntry;

/**
 * Where domain events leave the library. Application services write what happened to the store's
 * outbox together with the change; after the commit the events are delivered here, at least once
 * and in order per aggregate (see {@link pl.lsw.core.kernel.service.EventDelivery}). The embedding
 * system forwards them wherever it wants (a message broker, a notification, a read model). A
 * publisher that throws loses nothing: the event stays in the outbox and is delivered again.
 *
 * <p>Polish: <i>publikator zdarzeń domenowych</i>.
 */
@FunctionalInterface
public interface EventPublisher {

  /** Publishes one event. Implementations must be safe to call from several threads. */
  void publish(DomainEvent event);

  /**
   * Publishes one event delivered from the outbox, with its stable id, its sequence and who
   * caused it. A publisher that must be idempotent overrides this method and remembers the
   * {@link OutboxEntry#eventId()}s it has handled: an event may be delivered more than once. By
   * default it publishes the event alone.
   *
   * @param entry the outbox entry
   */
  default void publish(OutboxEntry entry) {
    publish(entry.event());
  }
}
