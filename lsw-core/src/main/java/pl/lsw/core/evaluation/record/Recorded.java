package pl.lsw.core.evaluation.record;

import pl.lsw.core.kernel.TextChecks;

import java.time.Instant;
import java.util.Objects;

/**
 * One record of a partnership's evaluation: its content (an assessment, a survey, a review …)
 * with its id and who recorded it when (the last correction, if it was corrected).
 *
 * <p>Immutable. Polish: <i>zapis ewaluacji</i>.
 *
 * @param id the record's id
 * @param content what was recorded
 * @param recordedBy the reference of the actor who recorded it (e.g. {@code person:<id>/<role>})
 * @param recordedAt when it was recorded
 * @param <T> the type of the content
 */
public record Recorded<T>(EvaluationRecordId id, T content, String recordedBy,
    Instant recordedAt) {

  /** Refuses nulls and a blank actor. */
  public Recorded {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (TextChecks.isBlank(recordedBy)) {
      throw new IllegalArgumentException("a record names who recorded it");
    }
  }

  /**
   * A record.
   *
   * @param id the id
   * @param content the content
   * @param recordedBy who recorded it
   * @param recordedAt when
   * @param <T> the type of the content
   * @return the record
   */
  public static <T> Recorded<T> of(EvaluationRecordId id, T content, String recordedBy,
      Instant recordedAt) {
    return new Recorded<>(id, content, recordedBy, recordedAt);
  }
}
