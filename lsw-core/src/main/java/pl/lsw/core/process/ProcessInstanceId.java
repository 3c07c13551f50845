package pl.lsw.core.process;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.UUID;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.UuidIds;

/**
 * The id of a process instance, a UUID given by the embedding system's {@link
 * pl.lsw.core.kernel.port.IdSource}.
 *
 * <p>Polish: <i>identyfikator przebiegu procesu</i>.
 *
 * @param value the UUID
 */
public record ProcessInstanceId(UUID value) {

  private static final Label WHAT = Label.of("identyfikator przebiegu procesu", "a process instance id");

  /** Refuses a null UUID. */
  public ProcessInstanceId {
    Objects.requireNonNull(value, "value");
  }

  /** Wraps a UUID. */
  public static ProcessInstanceId of(UUID value) {
    return new ProcessInstanceId(value);
  }

  /** Parses the canonical text form of a UUID, or returns the problem with the text. */
  public static Validation<Seq<Problem>, ProcessInstanceId> parse(CharSequence text) {
    return UuidIds.parse(text, "PROCESS_INSTANCE_ID", WHAT).map(ProcessInstanceId::new);
  }

  /**
   * Parses the canonical text form of a UUID.
   *
   * @throws pl.lsw.core.kernel.InvalidInputException when the text is not a UUID
   */
  public static ProcessInstanceId of(CharSequence text) {
    return new ProcessInstanceId(
        UuidIds.parseOrThrow(text, "PROCESS_INSTANCE_ID", WHAT));
  }

  /** The canonical lower-case text form of the UUID. */
  @Override
  public String toString() {
    return value.toString();
  }
}
