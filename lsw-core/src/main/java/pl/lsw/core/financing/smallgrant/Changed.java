package pl.lsw.core.financing.smallgrant;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The result of an accepted command: the grant as changed (not yet stored, same version) and the
 * events to publish once it is stored.
 *
 * <p>Polish: <i>wynik wykonanej czynności</i>.
 *
 * @param grant the changed grant
 * @param events the events, in order
 */
public record Changed(SmallGrant grant, Seq<SmallGrantEvent> events) {

  /** Refuses nulls. */
  public Changed {
    Objects.requireNonNull(grant, "grant");
    events = List.ofAll(Objects.requireNonNull(events, "events"));
  }

  /** A change with one event. */
  public static Changed of(SmallGrant grant, SmallGrantEvent event) {
    return new Changed(grant, List.of(event));
  }
}
