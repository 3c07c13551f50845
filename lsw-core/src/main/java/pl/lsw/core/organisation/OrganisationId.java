package pl.lsw.core.organisation;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;

/**
 * The id of an organisation in the registry, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator organizacji</i>.
 *
 * @param value the UUID
 */
public record OrganisationId(UUID value) {

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
   * @return the id, or the problem with the text
   */
  public static Validation<Seq<Problem>, OrganisationId> parse(CharSequence text) {
    if (text == null) {
      return Validation.invalid(List.of(Problem.of("ORGANISATION_ID_MISSING",
          "an organisation id is required")));
    }
    String s = text.toString().trim();
    if (!s.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
      return Validation.invalid(List.of(Problem.of("ORGANISATION_ID_FORMAT",
          "'" + text + "' is not an organisation id (a UUID such as "
              + "123e4567-e89b-12d3-a456-426614174000)")));
    }
    return Validation.valid(new OrganisationId(UUID.fromString(s)));
  }

  /**
   * Parses the text form of a UUID.
   *
   * @throws InvalidInputException when the text is not a UUID
   */
  public static OrganisationId of(CharSequence text) {
    Validation<Seq<Problem>, OrganisationId> result = parse(text);
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError());
    }
    return result.get();
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
