package pl.lsw.core.family.plan;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of an individual plan, a UUID given by the embedding system's {@link
 * pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator planu indywidualnego</i>.
 *
 * @param value the UUID
 */
public record PlanId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator planu", "a plan id");

  /** Refuses a null UUID. */
  public PlanId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Wraps a UUID.
   *
   * @param value the UUID
   * @return the id
   */
  public static PlanId of(UUID value) {
    return new PlanId(value);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @param text the text
   * @return the id, or the problem ({@code PLAN_ID_MISSING} or {@code PLAN_ID_FORMAT})
   */
  public static Validation<Seq<Problem>, PlanId> parse(CharSequence text) {
    return UuidIds.parse(text, "PLAN_ID", WHAT).map(PlanId::new);
  }

  /**
   * Parses the text form of a UUID.
   *
   * @param text the text
   * @return the id
   * @throws InvalidInputException when the text is not a UUID
   */
  public static PlanId of(CharSequence text) {
    return new PlanId(UuidIds.parseOrThrow(text, "PLAN_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
