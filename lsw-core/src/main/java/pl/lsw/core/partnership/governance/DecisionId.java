package pl.lsw.core.partnership.governance;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a decision within a partnership, a UUID given by the embedding system's
 * {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator decyzji</i>.
 *
 * @param value the UUID
 */
public record DecisionId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator decyzji", "a decision id");

  /** Refuses a null UUID. */
  public DecisionId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static DecisionId of(UUID value) {
    return new DecisionId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, DecisionId> parse(CharSequence text) {
    return UuidIds.parse(text, "DECISION_ID", WHAT).map(DecisionId::new);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the text is not a UUID
   */
  public static DecisionId of(CharSequence text) {
    return new DecisionId(UuidIds.parseOrThrow(text, "DECISION_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
