package pl.lsw.core.financing;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a grant (a small grant, or a grant awarded in a competition), a UUID given by the
 * embedding system's {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator dotacji</i>.
 *
 * @param value the UUID
 */
public record GrantId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator dotacji", "a grant id");

  /** Refuses a null UUID. */
  public GrantId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static GrantId of(UUID value) {
    return new GrantId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, GrantId> parse(CharSequence text) {
    return UuidIds.parse(text, "GRANT_ID", WHAT).map(GrantId::new);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the text is not a UUID
   */
  public static GrantId of(CharSequence text) {
    return new GrantId(UuidIds.parseOrThrow(text, "GRANT_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
