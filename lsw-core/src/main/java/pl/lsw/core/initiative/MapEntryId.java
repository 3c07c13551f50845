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
 * The id of an entry of the Map of Local Potentials, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator pozycji Mapy Potencjałów Lokalnych</i>.
 *
 * @param value the UUID
 */
public record MapEntryId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator pozycji mapy", "a map entry id");

  /** Refuses a null UUID. */
  public MapEntryId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static MapEntryId of(UUID value) {
    return new MapEntryId(value);
  }

  /**
   * Parses the canonical text form of a UUID ({@code 8-4-4-4-12} hexadecimal digits).
   *
   * @return the id, or the problem with the text ({@code MAP_ENTRY_ID_MISSING} or
   *     {@code MAP_ENTRY_ID_FORMAT})
   */
  public static Validation<Seq<Problem>, MapEntryId> parse(CharSequence text) {
    return UuidIds.parse(text, "MAP_ENTRY_ID", WHAT).map(MapEntryId::new);
  }

  /**
   * Parses the text form of a UUID.
   *
   * @throws InvalidInputException when the text is not a UUID
   */
  public static MapEntryId of(CharSequence text) {
    return new MapEntryId(UuidIds.parseOrThrow(text, "MAP_ENTRY_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
