package pl.lsw.core.evaluation.record;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of one record of a partnership's evaluation (an assessment, a survey, a review …), a
 * UUID given by the embedding system's {@link pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator zapisu ewaluacji</i>.
 *
 * @param value the UUID
 */
public record EvaluationRecordId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator zapisu ewaluacji",
      "an evaluation record id");

  /** Refuses a null UUID. */
  public EvaluationRecordId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Wraps a UUID.
   *
   * @param value the UUID
   * @return the id
   */
  public static EvaluationRecordId of(UUID value) {
    return new EvaluationRecordId(value);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @param text the text
   * @return the id, or the problem ({@code EVALUATION_RECORD_ID_MISSING} or {@code
   *     EVALUATION_RECORD_ID_FORMAT})
   */
  public static Validation<Seq<Problem>, EvaluationRecordId> parse(CharSequence text) {
    return UuidIds.parse(text, "EVALUATION_RECORD_ID", WHAT).map(EvaluationRecordId::new);
  }

  /**
   * Parses the text form of a UUID.
   *
   * @param text the text
   * @return the id
   * @throws InvalidInputException when the text is not a UUID
   */
  public static EvaluationRecordId of(CharSequence text) {
    return new EvaluationRecordId(UuidIds.parseOrThrow(text, "EVALUATION_RECORD_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
