package pl.lsw.core.information;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a dispatch, a UUID given by the embedding system's {@link
 * pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator wysyłki</i>.
 *
 * @param value the UUID
 */
public record DispatchId(UUID value) {

  /** Refuses a null UUID. */
  public DispatchId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static DispatchId of(UUID value) {
    return new DispatchId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, DispatchId> parse(CharSequence text) {
    return UuidIds.parse(text, "DISPATCH_ID",
        pl.lsw.core.kernel.Label.of("identyfikator wysyłki", "a dispatch id")).map(DispatchId::new);
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
