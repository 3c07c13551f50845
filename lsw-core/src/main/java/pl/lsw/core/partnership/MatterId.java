package pl.lsw.core.partnership;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a raised matter within a partnership, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator zgłoszonej sprawy</i>.
 *
 * @param value the UUID
 */
public record MatterId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator zgłoszonej sprawy", "a raised matter id");

  /** Refuses a null UUID. */
  public MatterId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static MatterId of(UUID value) {
    return new MatterId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, MatterId> parse(CharSequence text) {
    return UuidIds.parse(text, "MATTER_ID", WHAT).map(MatterId::new);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the text is not a UUID
   */
  public static MatterId of(CharSequence text) {
    return new MatterId(UuidIds.parseOrThrow(text, "MATTER_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
