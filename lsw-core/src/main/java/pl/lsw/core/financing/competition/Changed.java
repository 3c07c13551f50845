package pl.lsw.core.financing.competition;

import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.DomainEvent;

/**
 * What an accepted command produced: the aggregate's new state (not yet stored) and the events to
 * publish after it is stored.
 *
 * <p>Polish: <i>wynik przyjętego polecenia</i>.
 *
 * @param aggregate the new state
 * @param events the events, in the order they happened
 * @param <A> the aggregate type
 */
public record Changed<A>(A aggregate, List<DomainEvent> events) {

  /** Copies the events. */
  public Changed {
    Objects.requireNonNull(aggregate, "aggregate");
    events = List.copyOf(events);
  }

  /** A change with one event. */
  public static <A> Changed<A> of(A aggregate, DomainEvent event) {
    return new Changed<>(aggregate, List.of(event));
  }
}
