package pl.lsw.core.financing.competition;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a competition, a UUID given by the embedding system's id source.
 *
 * <p>Polish: <i>identyfikator konkursu</i>.
 *
 * @param value the UUID
 */
public record CompetitionId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator konkursu", "a competition id");

  /** Refuses a null UUID. */
  public CompetitionId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static CompetitionId of(UUID value) {
    return new CompetitionId(value);
  }

  /** Parses the canonical text form of a UUID. */
  public static Validation<Seq<Problem>, CompetitionId> parse(CharSequence text) {
    return UuidIds.parse(text, "COMPETITION_ID", WHAT).map(CompetitionId::new);
  }

  /** The canonical text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
