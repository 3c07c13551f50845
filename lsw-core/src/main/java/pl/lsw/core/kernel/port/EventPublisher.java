package pl.lsw.core.kernel.port;

import pl.lsw.core.kernel.DomainEvent;

/**
 * Where domain events leave the library. Application services publish what happened after the
 * change was stored; the embedding system forwards the events wherever it wants (an outbox, a
 * message broker, an audit log).
 *
 * <p>Polish: <i>publikator zdarzeń domenowych</i>.
 */
@FunctionalInterface
public interface EventPublisher {

  /** Publishes one event. Implementations must be safe to call from several threads. */
  void publish(DomainEvent event);
}
