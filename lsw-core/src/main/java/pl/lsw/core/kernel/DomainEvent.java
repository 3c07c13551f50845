package pl.lsw.core.kernel;

import java.time.Instant;

/**
 * Something that happened in the domain, named in the past tense. Events are immutable values.
 *
 * <p>Polish: <i>zdarzenie domenowe</i>.
 */
public interface DomainEvent {

  /** When it happened, taken from the injected {@link java.time.Clock}. */
  Instant occurredAt();

  /** The id of the aggregate it happened to, as text. */
  String aggregateId();

  /** A stable name of the event type, e.g. {@code "OrganisationRegistered"}. */
  default String type() {
    return getClass().getSimpleName();
  }
}
