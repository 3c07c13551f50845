package pl.lsw.core.partnership.governance;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a governance body within a partnership, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator organu (ciała) partnerstwa</i>.
 *
 * @param value the UUID
 */
public record BodyId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator organu", "a governance body id");

  /** Refuses a null UUID. */
  public BodyId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static BodyId of(UUID value) {
    return new BodyId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, BodyId> parse(CharSequence text) {
    return UuidIds.parse(text, "BODY_ID", WHAT).map(BodyId::new);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the text is not a UUID
   */
  public static BodyId of(CharSequence text) {
    return new BodyId(UuidIds.parseOrThrow(text, "BODY_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
