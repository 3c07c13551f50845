package pl.lsw.core.partnership.governance;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a person, a UUID given by the embedding system's {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator osoby</i>.
 *
 * @param value the UUID
 */
public record PersonId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator osoby", "a person id");

  /** Refuses a null UUID. */
  public PersonId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static PersonId of(UUID value) {
    return new PersonId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, PersonId> parse(CharSequence text) {
    return UuidIds.parse(text, "PERSON_ID", WHAT).map(PersonId::new);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the text is not a UUID
   */
  public static PersonId of(CharSequence text) {
    return new PersonId(UuidIds.parseOrThrow(text, "PERSON_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
