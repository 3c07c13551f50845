package pl.lsw.core.partnership;

import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The outcome of an accepted command: the partnership's new state (not yet stored: same
 * version) and the events that describe the change, in order.
 *
 * <p>Polish: <i>wynik przyjętego polecenia</i>.
 *
 * @param partnership the new state
 * @param events what happened, never empty
 */
public record Changed(Partnership partnership, Seq<PartnershipEvent> events) {

  /** Refuses null components and an empty list of events. */
  public Changed {
    Objects.requireNonNull(partnership, "partnership");
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a change has at least one event");
    }
  }
}
