package pl.lsw.core.basket;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a service of the Local Service Basket, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator usługi Lokalnego Koszyka Usług</i>.
 *
 * @param value the UUID
 */
public record BasketServiceId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator usługi koszyka", "a basket service id");

  /** Refuses a null UUID. */
  public BasketServiceId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static BasketServiceId of(UUID value) {
    return new BasketServiceId(value);
  }

  /**
   * Parses the canonical text form of a UUID ({@code 8-4-4-4-12} hexadecimal digits).
   *
   * @return the id, or the problem with the text ({@code BASKET_SERVICE_ID_MISSING} or
   *     {@code BASKET_SERVICE_ID_FORMAT})
   */
  public static Validation<Seq<Problem>, BasketServiceId> parse(CharSequence text) {
    return UuidIds.parse(text, "BASKET_SERVICE_ID", WHAT).map(BasketServiceId::new);
  }

  /**
   * Parses the text form of a UUID.
   *
   * @throws InvalidInputException when the text is not a UUID
   */
  public static BasketServiceId of(CharSequence text) {
    return new BasketServiceId(UuidIds.parseOrThrow(text, "BASKET_SERVICE_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
