package pl.lsw.core.initiative;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of an action of the LSW Action Base, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator działania Bazy Działań LSW</i>.
 *
 * @param value the UUID
 */
public record ActionId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator działania", "an action id");

  /** Refuses a null UUID. */
  public ActionId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static ActionId of(UUID value) {
    return new ActionId(value);
  }

  /**
   * Parses the canonical text form of a UUID ({@code 8-4-4-4-12} hexadecimal digits).
   *
   * @return the id, or the problem with the text ({@code ACTION_ID_MISSING} or
   *     {@code ACTION_ID_FORMAT})
   */
  public static Validation<Seq<Problem>, ActionId> parse(CharSequence text) {
    return UuidIds.parse(text, "ACTION_ID", WHAT).map(ActionId::new);
  }

  /**
   * Parses the text form of a UUID.
   *
   * @throws InvalidInputException when the text is not a UUID
   */
  public static ActionId of(CharSequence text) {
    return new ActionId(UuidIds.parseOrThrow(text, "ACTION_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
