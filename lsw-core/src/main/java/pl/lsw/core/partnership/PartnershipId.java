package pl.lsw.core.partnership;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a partnership, a UUID given by the embedding system's {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator partnerstwa</i>.
 *
 * @param value the UUID
 */
public record PartnershipId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator partnerstwa", "a partnership id");

  /** Refuses a null UUID. */
  public PartnershipId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static PartnershipId of(UUID value) {
    return new PartnershipId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, PartnershipId> parse(CharSequence text) {
    return UuidIds.parse(text, "PARTNERSHIP_ID", WHAT).map(PartnershipId::new);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the text is not a UUID
   */
  public static PartnershipId of(CharSequence text) {
    return new PartnershipId(UuidIds.parseOrThrow(text, "PARTNERSHIP_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
