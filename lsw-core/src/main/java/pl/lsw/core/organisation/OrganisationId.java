package pl.lsw.core.organisation;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of an organisation in the registry, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator organizacji</i>.
 *
 * @param value the UUID
 */
public record OrganisationId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator organizacji", "an organisation id");

  /** Refuses a null UUID. */
  public OrganisationId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static OrganisationId of(UUID value) {
    return new OrganisationId(value);
  }

  /**
   * Parses the canonical text form of a UUID ({@code 8-4-4-4-12} hexadecimal digits).
   *
   * @return the id, or the problem with the text ({@code ORGANISATION_ID_MISSING} or
   *     {@code ORGANISATION_ID_FORMAT})
   */
  public static Validation<Seq<Problem>, OrganisationId> parse(CharSequence text) {
    return UuidIds.parse(text, "ORGANISATION_ID", WHAT).map(OrganisationId::new);
  }

  /**
   * Parses the text form of a UUID.
   *
   * @throws InvalidInputException when the text is not a UUID
   */
  public static OrganisationId of(CharSequence text) {
    return new OrganisationId(UuidIds.parseOrThrow(text, "ORGANISATION_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
