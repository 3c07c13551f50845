package pl.lsw.core.financing.offer;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of an offer, a UUID given by the embedding system's id source.
 *
 * <p>Polish: <i>identyfikator oferty</i>.
 *
 * @param value the UUID
 */
public record OfferId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator oferty", "an offer id");

  /** Refuses a null UUID. */
  public OfferId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static OfferId of(UUID value) {
    return new OfferId(value);
  }

  /** Parses the canonical text form of a UUID. */
  public static Validation<Seq<Problem>, OfferId> parse(CharSequence text) {
    return UuidIds.parse(text, "OFFER_ID", WHAT).map(OfferId::new);
  }

  /** The canonical text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
